package org.incidex.ingest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.incidex.model.RawDocument;

/**
 * The bundled demo corpus: one rendered news page per row of the facts table
 * ({@code /org/incidex/demo/facts.tsv} on the classpath) plus a hand-written live blog of the 2015 Bamako hotel
 * siege ({@code /org/incidex/demo/pages/bamako-radisson-live-blog.html}).
 *
 * <p>Contract: {@link #documents()} returns one {@link RawDocument} per fact, in table order, named
 * {@code demo:<site-slug>/<fact-id>.html}, then the live blog as {@value #LIVE_BLOG_SOURCE}. Pages are rendered
 * by {@link PageRenderer} with a seed derived from the fact id, so the same facts always give the same bytes.
 * {@link #fingerprint()} changes whenever any page would change.
 *
 * <p>Immutable and thread-safe: pages are rendered once, on first use, and every call returns fresh copies.
 */
public final class DemoCorpus {

    /** Classpath location of the facts table. */
    public static final String FACTS_RESOURCE = "/org/incidex/demo/facts.tsv";
    /** Classpath location of the hand-written live blog. */
    public static final String LIVE_BLOG_RESOURCE = "/org/incidex/demo/pages/bamako-radisson-live-blog.html";
    /** Source name of the live blog in {@link #documents()}. */
    public static final String LIVE_BLOG_SOURCE = "demo:live/bamako-radisson-live-blog.html";

    private static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private final List<Fact> facts;
    private final byte[] liveBlog;
    private final PageRenderer renderer;
    private final String fingerprint;
    private volatile List<RawDocument> rendered;

    private DemoCorpus(List<Fact> facts, byte[] liveBlog) {
        this.facts = facts;
        this.liveBlog = liveBlog;
        this.renderer = new PageRenderer(facts);
        this.fingerprint = computeFingerprint(facts, liveBlog);
    }

    /**
     * The bundled corpus.
     *
     * @throws IllegalStateException when the facts table or live blog is missing, or a row is invalid; the
     *                               message names the resource and line
     */
    public static DemoCorpus load() {
        DemoCorpus c = bundled;
        if (c == null) {
            synchronized (DemoCorpus.class) {
                c = bundled;
                if (c == null) bundled = c = load(FACTS_RESOURCE);
            }
        }
        return c;
    }

    /** The bundled corpus is immutable, so it is read (and its pages rendered) once per process. */
    private static volatile DemoCorpus bundled;

    /** The corpus from another facts resource; for tests. */
    static DemoCorpus load(String factsResource) {
        String source = "classpath:" + factsResource;
        try (InputStream in = DemoCorpus.class.getResourceAsStream(factsResource)) {
            if (in == null) throw new IllegalStateException(source + ": facts table not found on the classpath");
            return new DemoCorpus(parseFacts(new InputStreamReader(in, StandardCharsets.UTF_8), source), readLiveBlog());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(source + ": cannot read facts table", e);
        }
    }

    /**
     * A corpus of the given facts plus the bundled live blog; for tests and the benchmark generator.
     *
     * @throws IllegalArgumentException when {@code facts} is null, holds null, or repeats an id
     */
    public static DemoCorpus fromFacts(List<Fact> facts) {
        Objects.requireNonNull(facts, "facts");
        Set<String> ids = new HashSet<>();
        for (Fact f : facts) {
            if (f == null) throw new IllegalArgumentException("facts holds null");
            if (!ids.add(f.id())) throw new IllegalArgumentException("facts repeats id '" + f.id() + "'");
        }
        return new DemoCorpus(List.copyOf(facts), readLiveBlog());
    }

    /**
     * Reads and validates a facts table: UTF-8 TSV whose first line is exactly the header
     * {@code id date city region country country_code groups group_role killed injured hostages attack_type
     * target_type target name} (tab-separated). Blank lines are skipped.
     *
     * @param tsv        the table; read to the end, not closed
     * @param sourceName how to name the input in messages ("facts.tsv")
     * @return the facts in table order
     * @throws IllegalArgumentException "SOURCE:LINE: what is wrong" on the first bad line
     * @throws UncheckedIOException     when reading fails
     */
    public static List<Fact> parseFacts(Reader tsv, String sourceName) {
        return FactsTsv.parse(tsv, sourceName);
    }

    /** The facts, in table order. */
    public List<Fact> facts() {
        return facts;
    }

    /**
     * Every page: one per fact, in table order, then the live blog. Rendered once on first call (well under a
     * second for a few hundred facts); each call returns new {@link RawDocument}s with their own byte arrays.
     */
    public List<RawDocument> documents() {
        List<RawDocument> docs = rendered;
        if (docs == null) {
            synchronized (this) {
                docs = rendered;
                if (docs == null) rendered = docs = render();
            }
        }
        List<RawDocument> copies = new ArrayList<>(docs.size());
        for (RawDocument d : docs) copies.add(new RawDocument(d.source(), d.bytes().clone(), d.contentType()));
        return List.copyOf(copies);
    }

    /**
     * Writes {@link #documents()} under {@code dir} as files named by their source without the "demo:" prefix
     * ({@code dir/sahel-wire/<id>.html}, {@code dir/live/bamako-radisson-live-blog.html}), creating directories
     * and replacing existing files.
     */
    public void writeTo(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Path root = dir.toAbsolutePath().normalize();
        for (RawDocument d : documents()) {
            Path file = root.resolve(d.source().substring("demo:".length())).normalize();
            if (!file.startsWith(root)) throw new IllegalStateException("page path escapes " + root + ": " + d.source());
            Files.createDirectories(file.getParent());
            Files.write(file, d.bytes());
        }
    }

    /**
     * SHA-256 (lower-case hex) over the facts, {@link PageRenderer#VERSION} and the live blog's bytes: equal
     * fingerprints mean equal pages.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** The seed of a fact's page: a stable hash of its id. */
    static long seed(Fact f) {
        return Site.hash(f.id());
    }

    private List<RawDocument> render() {
        List<RawDocument> docs = new ArrayList<>(facts.size() + 1);
        for (Fact f : facts) {
            byte[] html = renderer.render(f, seed(f)).getBytes(StandardCharsets.UTF_8);
            docs.add(new RawDocument("demo:" + PageRenderer.path(f), html, CONTENT_TYPE));
        }
        docs.add(new RawDocument(LIVE_BLOG_SOURCE, liveBlog.clone(), CONTENT_TYPE));
        return List.copyOf(docs);
    }

    private static byte[] readLiveBlog() {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(LIVE_BLOG_RESOURCE)) {
            if (in == null) throw new IllegalStateException("classpath:" + LIVE_BLOG_RESOURCE + ": live blog not found");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + LIVE_BLOG_RESOURCE + ": cannot read live blog", e);
        }
    }

    private static String computeFingerprint(List<Fact> facts, byte[] liveBlog) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        StringBuilder sb = new StringBuilder(facts.size() * 200);
        sb.append("incidex-demo renderer=").append(PageRenderer.VERSION).append('\n').append(FactsTsv.HEADER).append('\n');
        for (Fact f : facts) sb.append(FactsTsv.row(f)).append('\n');
        sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        sha.update(("live-blog " + liveBlog.length + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(liveBlog);
        return HexFormat.of().formatHex(sha.digest());
    }
}
