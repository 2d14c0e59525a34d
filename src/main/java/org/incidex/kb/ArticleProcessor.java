package org.incidex.kb;

import org.incidex.clean.ArticleCleaner;
import org.incidex.clean.CleanedPage;
import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.event.AttackJudge;
import org.incidex.model.Article;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.FailureReason;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One document through clean and extract: raw bytes in, an article with its incidents out, or a typed rejection.
 * Any unexpected failure of a stage on one document becomes {@link FailureReason#PROCESSING_ERROR} for that
 * document, so one bad page never stops a run. An article keeps the incidents judged attacks with at least its
 * minimum confidence. Thread-safe: the cleaner and extractor are.
 */
public final class ArticleProcessor {
    private final ArticleCleaner cleaner;
    private final IncidentExtractor extractor;
    private final double minConfidence;

    public ArticleProcessor(ArticleCleaner cleaner, IncidentExtractor extractor) {
        this(cleaner, extractor, AttackJudge.DEFAULT_MIN_CONFIDENCE);
    }

    /** @param minConfidence the least confidence an incident needs to be kept, 0 to 1 */
    public ArticleProcessor(ArticleCleaner cleaner, IncidentExtractor extractor, double minConfidence) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, not " + minConfidence);
        }
        this.minConfidence = minConfidence;
    }

    /** Over the default cleaner and the bundled gazetteer and group list. */
    public static ArticleProcessor createDefault() {
        return createDefault(AttackJudge.DEFAULT_MIN_CONFIDENCE);
    }

    /** The default processor keeping incidents of at least {@code minConfidence}. */
    public static ArticleProcessor createDefault(double minConfidence) {
        return new ArticleProcessor(new ArticleCleaner(), IncidentExtractor.shared(), minConfidence);
    }

    /**
     * @param publishedOverride publication date to use when the page has none (or to override it), or null
     */
    public ExtractedArticle process(RawDocument doc, String publishedOverride) throws RejectedDocumentException {
        CleanedPage page = cleaner.clean(doc);
        return extract(doc.source(), page, publishedOverride);
    }

    ExtractedArticle extract(String source, CleanedPage page, String publishedOverride) throws RejectedDocumentException {
        String published = publishedOverride != null ? publishedOverride : page.published();
        Article article = new Article(articleId(page), source, page.title(), page.byline(), page.site(), page.lang(),
                published, page.canonicalUrl(), page.text(), page.entries());
        try {
            return new ExtractedArticle(article, extractor.extract(article, minConfidence));
        } catch (RuntimeException e) {
            throw new RejectedDocumentException(source, FailureReason.PROCESSING_ERROR, "extraction failed: " + e, e);
        }
    }

    /** Stable article id: a hash of the canonical URL when the page has one, else of its text. */
    static String articleId(CleanedPage page) {
        String basis = page.canonicalUrl() != null && !page.canonicalUrl().isBlank()
                ? "url:" + page.canonicalUrl().strip() : "text:" + page.text();
        return "a-" + sha256(basis).substring(0, 16);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
