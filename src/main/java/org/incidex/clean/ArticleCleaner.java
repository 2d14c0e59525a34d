package org.incidex.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.clean.internal.Text;
import org.incidex.model.FailureReason;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Front door of the clean stage: news HTML in, {@link CleanedPage} (metadata and main text) out.
 *
 * <p>Steps: charset detection ({@link HtmlDecoder}), rejection of unusable input, Jsoup parsing, metadata
 * ({@link MetadataExtractor}: JSON-LD, Open Graph, meta tags, then the page itself), main text (a Readability-style
 * scorer, see {@link ContentExtractor}). Blocks whose text equals the title (or, near the top, only states the
 * byline) are dropped so the headline is not
 * repeated at the top of the text. When the strict pass finds less than {@value #RETRY_BELOW_CHARS} characters, a
 * relaxed pass (no removal by class names, no conditional cleaning) is tried on a fresh parse and the longer result
 * kept. When no publication date is found in the metadata or the URL, a news dateline at the start of the text
 * ("BAMAKO, Mali, Nov. 20 (Reuters) -") is used.
 *
 * <p>Outcomes: a page, or a {@link RejectedDocumentException} with reason {@code EMPTY} (no bytes or only white
 * space), {@code BINARY} (NUL characters, control characters, or a PDF/PNG/JPEG/GIF/ZIP/gzip/... signature),
 * {@code NOT_HTML} (text without any known HTML tag), {@code NO_TEXT} (HTML without main text) or
 * {@code PROCESSING_ERROR} (an unexpected failure, cause attached). No other exception escapes for any document
 * content; null arguments are programming errors and throw {@link NullPointerException}.
 *
 * <p>Work is bounded: input beyond {@code maxChars} decoded characters is truncated (not rejected), and Jsoup caps
 * tree depth, so no step recurses deeply.
 *
 * <p>Thread-safe and stateless apart from its configuration; create once and reuse.
 */
public final class ArticleCleaner {
    /** Default cap on decoded characters processed per page. */
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    static final int RETRY_BELOW_CHARS = 500;
    /** Pages longer than this are not parsed a second time by the relaxed retry. */
    private static final int RETRY_MAX_INPUT = 3_000_000;
    private static final Pattern TAG = Pattern.compile("<(?:(!doctype|!--)|/?([a-zA-Z][a-zA-Z0-9]*)(?=[\\s/>]))",
            Pattern.CASE_INSENSITIVE);
    private static final int[][] BINARY_SIGNATURES = {
        {'%', 'P', 'D', 'F', '-'}, {0x89, 'P', 'N', 'G'}, {0xFF, 0xD8, 0xFF}, {'G', 'I', 'F', '8'},
        {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {0x1F, 0x8B}, {'B', 'Z', 'h'}, {'7', 'z', 0xBC, 0xAF},
        {0xFD, '7', 'z', 'X', 'Z'}, {'R', 'a', 'r', '!'}, {0x7F, 'E', 'L', 'F'}, {'O', 'g', 'g', 'S'},
        {'I', 'D', '3'}, {0x00, 'a', 's', 'm'}, {0xCA, 0xFE, 0xBA, 0xBE}, {'w', 'O', 'F', 'F'},
        {'w', 'O', 'F', '2'}, {0xD0, 0xCF, 0x11, 0xE0}, {'R', 'I', 'F', 'F'}, {'I', 'I', '*', 0}, {'M', 'M', 0, '*'},
    };

    private final int maxChars;

    /** A cleaner with the default cap of {@value #DEFAULT_MAX_CHARS} characters. */
    public ArticleCleaner() {
        this(DEFAULT_MAX_CHARS);
    }

    /**
     * A cleaner with a cap on work per page.
     *
     * @param maxChars decoded characters processed per page; larger input is truncated, not rejected; must be &gt; 0
     * @throws IllegalArgumentException if {@code maxChars} is not positive
     */
    public ArticleCleaner(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be > 0, got " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /**
     * Decodes, parses and cleans one document.
     *
     * @param doc the raw document
     * @return the cleaned page
     * @throws RejectedDocumentException when the document cannot be used (see the class comment for reasons)
     * @throws NullPointerException      if {@code doc} is null
     */
    public CleanedPage clean(RawDocument doc) throws RejectedDocumentException {
        Objects.requireNonNull(doc, "doc");
        try {
            byte[] bytes = doc.bytes();
            if (bytes.length == 0) {
                throw new RejectedDocumentException(doc.source(), FailureReason.EMPTY, "0 bytes");
            }
            String signature = binarySignature(bytes);
            if (signature != null) {
                throw new RejectedDocumentException(doc.source(), FailureReason.BINARY, signature + " signature");
            }
            HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, doc.contentType());
            return cleanText(doc.source(), decoded.text(), decoded.charset());
        } catch (RejectedDocumentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new RejectedDocumentException(doc.source(), FailureReason.PROCESSING_ERROR, e.toString(), e);
        }
    }

    /**
     * Parses and cleans an already decoded page; the result's charset is null.
     *
     * @param source how the caller names the page (path or URL); a http(s) URL also resolves relative links
     * @param html   the page text
     * @return the cleaned page
     * @throws RejectedDocumentException when the document cannot be used (see the class comment for reasons)
     * @throws NullPointerException      if an argument is null
     */
    public CleanedPage clean(String source, String html) throws RejectedDocumentException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(html, "html");
        try {
            return cleanText(source, html, null);
        } catch (RejectedDocumentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new RejectedDocumentException(source, FailureReason.PROCESSING_ERROR, e.toString(), e);
        }
    }

    private CleanedPage cleanText(String source, String input, String charset) throws RejectedDocumentException {
        String html = truncate(input);
        if (html.isBlank()) {
            throw new RejectedDocumentException(source, FailureReason.EMPTY, "only white space");
        }
        String control = controlCharacters(html);
        if (control != null) {
            throw new RejectedDocumentException(source, FailureReason.BINARY, control);
        }
        if (html.startsWith("%PDF-")) {
            throw new RejectedDocumentException(source, FailureReason.BINARY, "PDF signature");
        }
        if (!hasMarkup(html)) {
            throw new RejectedDocumentException(source, FailureReason.NOT_HTML, "no HTML tags");
        }
        String baseUri = source.toLowerCase(Locale.ROOT).matches("https?://.*") ? source : "";
        Document doc = parse(html, baseUri);
        MetadataExtractor.Metadata meta = MetadataExtractor.extract(doc);
        // Before the main-text pass, which prunes the document in place.
        List<org.incidex.model.TimedEntry> rawEntries = LiveBlog.entries(doc, meta.published());
        MainText strict = mainText(doc, meta.title(), meta.byline(), ContentExtractor.Options.STRICT);
        List<String> blocks = strict.blocks();
        // Whether the strict pass found the article is judged on the text it found, furniture included, so that a
        // short article is not swapped for a relaxed pass that brings back the comments; unless what it found was
        // mostly furniture.
        int kept = length(blocks);
        boolean little = strict.foundChars() < RETRY_BELOW_CHARS
                || (kept < RETRY_BELOW_CHARS && kept < strict.foundChars() / 2);
        if (little && html.length() <= RETRY_MAX_INPUT) {
            List<String> relaxed = mainText(parse(html, baseUri), meta.title(), meta.byline(),
                    ContentExtractor.Options.RELAXED).blocks();
            if (length(relaxed) > length(blocks)) {
                blocks = relaxed;
            }
        }
        if (blocks.isEmpty()) {
            throw new RejectedDocumentException(source, FailureReason.NO_TEXT, "no main text found");
        }
        String published = meta.published();
        if (published == null) {
            String url = meta.canonicalUrl() != null ? meta.canonicalUrl() : source;
            published = MetadataExtractor.dateFromDateline(blocks.get(0), url).orElse(null);
        }
        String text = String.join("\n\n", blocks);
        List<org.incidex.model.TimedEntry> entries = LiveBlog.locate(rawEntries, text);
        return new CleanedPage(meta.title(), meta.byline(), meta.site(), meta.lang(), published, meta.canonicalUrl(),
                text, blocks, charset, entries);
    }

    /**
     * A heading-sized block at the top that says what the title says, in other words or with the site name cut
     * (Readability drops a header more than 75% similar to the title).
     */
    static boolean repeatsTitle(String block, String title) {
        if (title == null || block.length() > title.length() * 3 / 2 + 10) {
            return false;
        }
        return Titles.similarity(title, block) > 0.75;
    }

    /**
     * A short block near the top that only states the byline ("By Ann Lee", "By Ann Lee, Staff Reporter"): metadata,
     * not article text, like the headline.
     */
    static boolean isBylineLine(String block, String byline) {
        if (byline == null || byline.isBlank() || block.length() > byline.length() + 40) {
            return false;
        }
        String b = Text.key(block);
        String name = Text.key(byline);
        return b.equals(name) || b.equals("by " + name)
                || (b.startsWith("by " + name) && b.length() <= name.length() + 40);
    }

    private static Document parse(String html, String baseUri) {
        return Parser.htmlParser().parseInput(html, baseUri);
    }

    /** A pass's main text, and the characters it found before captions, boxes and lines were left out. */
    private record MainText(List<String> blocks, int foundChars) {
    }

    private MainText mainText(Document doc, String title, String byline, ContentExtractor.Options options) {
        BlockWriter writer = new BlockWriter(maxChars);
        ContentExtractor.Content content = ContentExtractor.contentRoots(doc, options);
        for (var root : content.roots()) {
            writer.write(root);
        }
        String titleKey = title == null ? null : Text.key(title);
        List<String> out = new ArrayList<>();
        List<String> kept = BoilerplateText.bundled().filter(writer.blocks());
        int furniture = content.furnitureChars() + length(writer.blocks()) - length(kept);
        for (String block : kept) {
            // Blocks are already normalized; lower-casing at most halves a length, so a block more than twice as long
            // as the title cannot equal it and need not be lower-cased.
            boolean isTitle = titleKey != null && block.length() <= 2 * titleKey.length()
                    && Text.key(block).equals(titleKey);
            if (!isTitle && !(out.size() < 3 && isBylineLine(block, byline))
                    && !(out.size() < 2 && repeatsTitle(block, title))) {
                out.add(block);
            }
        }
        return new MainText(out, length(out) + furniture);
    }

    private String truncate(String s) {
        if (s.length() <= maxChars) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return s.substring(0, end);
    }

    private static int length(List<String> blocks) {
        int n = 0;
        for (String b : blocks) {
            n += b.length();
        }
        return n;
    }

    /** True when the text contains a doctype, a comment or a tag with a name HTML knows. */
    static boolean hasMarkup(String s) {
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            if (m.group(1) != null || Tag.isKnownTag(m.group(2).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A description when the text has NUL characters or is mostly control characters, else null. */
    static String controlCharacters(String s) {
        int limit = Math.min(s.length(), 65_536);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "NUL character at offset " + i;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > limit / 10 ? control + " control characters in the first " + limit : null;
    }

    private static String binarySignature(byte[] bytes) {
        String[] names = {"PDF", "PNG", "JPEG", "GIF", "ZIP", "ZIP", "gzip", "bzip2", "7z", "xz", "RAR", "ELF", "Ogg",
            "MP3", "WebAssembly", "Java class", "WOFF", "WOFF2", "OLE2", "RIFF", "TIFF", "TIFF"};
        for (int s = 0; s < BINARY_SIGNATURES.length; s++) {
            int[] sig = BINARY_SIGNATURES[s];
            if (bytes.length < sig.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < sig.length && match; i++) {
                match = (bytes[i] & 0xFF) == sig[i];
            }
            if (match) {
                return names[s];
            }
        }
        return null;
    }
}
