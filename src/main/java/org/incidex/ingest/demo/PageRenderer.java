package org.incidex.ingest.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Renders one fact as a complete news page on one of four fictional sites ("The Meridian Ledger", "Sahel Wire",
 * "Global Desk", "Courier Online"), each with its own markup, metadata conventions and boilerplate.
 *
 * <p>Contract: {@link #render} is a pure function of {@code (fact, seed)} for a given renderer: the same inputs
 * always give the same string, on any JVM. The site, publication moment (the attack day or the next) and URL
 * depend on the fact's id only; the seed chooses the prose, byline, related links and reader comments. Every
 * figure on the page is the fact's own; related links and context lines name other facts of the corpus given to
 * the constructor, never with their figures.
 *
 * <p>Immutable and thread-safe; reuse one instance.
 */
public final class PageRenderer {

    /**
     * Version of the page templates. Bump it whenever a change would alter any rendered byte, so
     * {@link DemoCorpus#fingerprint()} changes too (a test pins the output for each version).
     */
    public static final int VERSION = 2;

    private static final List<String> USERS = List.of("mariam_k", "J. Okafor", "tomvdb", "Sahel watcher", "ana.r",
            "kwame88", "Lena", "DesertRose", "pjharris", "Observer2", "n.diallo", "quietreader");
    private static final List<String> COMMENTS = List.of("Thoughts with everyone affected.",
            "Terrible news. Stay safe, everyone.", "When will this end?", "Praying for the families.",
            "Thank you for the clear reporting.", "Solidarity from abroad.",
            "Heartbreaking. My condolences to all the families.",
            "Let's wait for the official investigation before jumping to conclusions.",
            "The security services have questions to answer.", "Such a senseless act.");

    private final List<Fact> corpus;

    /** A renderer whose related links and context lines draw on {@code corpus} (the page's own fact excluded). */
    public PageRenderer(List<Fact> corpus) {
        this.corpus = List.copyOf(Objects.requireNonNull(corpus, "corpus"));
    }

    /** A renderer with no other facts: pages have no related links and no recall of earlier attacks. */
    public PageRenderer() {
        this(List.of());
    }

    /**
     * The page for {@code fact} as UTF-8-ready HTML.
     *
     * @param fact the attack; need not be in the corpus
     * @param seed chooses among phrasings and page furniture
     * @return a complete HTML document, typically 10–20 KB
     */
    public String render(Fact fact, long seed) {
        Objects.requireNonNull(fact, "fact");
        Random r = new Random(seed);
        Site site = Site.of(fact);
        LocalDateTime published = Site.published(fact);
        ArticleWriter.Story story = ArticleWriter.write(fact, r, published.toLocalDate(), site.britishDates(), corpus);
        String author = Prose.pick(r, site.staff());
        Page page = new Page(site, fact, story, site.url(fact), published, author, related(fact, site, r),
                comments(published, r), r);
        return Layout.of(site).render(page);
    }

    /** The corpus-relative path of the fact's page: "sahel-wire/2015-11-20-bamako-hotel.html". */
    static String path(Fact fact) {
        return Site.of(fact).slug() + "/" + fact.id() + ".html";
    }

    private List<Page.Link> related(Fact fact, Site site, Random r) {
        List<Fact> others = new ArrayList<>(corpus.size());
        for (Fact o : corpus) {
            if (!o.id().equals(fact.id())) others.add(o);
        }
        // A partial Fisher-Yates shuffle: only the first n picks are needed.
        int n = Math.min(others.size(), 3 + r.nextInt(3));
        List<Page.Link> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Collections.swap(others, i, i + r.nextInt(others.size() - i));
            Fact o = others.get(i);
            links.add(new Page.Link(Prose.capitalize(o.name()), site.url(o)));
        }
        return links;
    }

    private static List<Page.Comment> comments(LocalDateTime published, Random r) {
        int n = 1 + r.nextInt(3);
        List<String> pool = new ArrayList<>(COMMENTS);
        List<Page.Comment> out = new ArrayList<>(n);
        LocalDateTime at = published;
        for (int i = 0; i < n; i++) {
            at = at.plusMinutes(7 + r.nextInt(180));
            out.add(new Page.Comment(Prose.pick(r, USERS), at, pool.remove(r.nextInt(pool.size()))));
        }
        return out;
    }
}
