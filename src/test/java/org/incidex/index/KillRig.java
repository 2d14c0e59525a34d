package org.incidex.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.incidex.api.IncidexServer;
import org.incidex.ingest.demo.DemoCorpus;
import org.incidex.model.Json;
import org.incidex.model.RawDocument;
import org.incidex.search.SearchService;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * What the kill test and {@link KillHarnessMain} share: starting {@code incidex} commands as separate JVMs (with the
 * {@link CrashPoints} hook), killing them with SIGKILL, and checking what is left: the live generation's content
 * fingerprint, a clean {@link CheckIndex}, a server answering over it, and the cleanup of leftovers by the next writer.
 */
public final class KillRig {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A crash point announced by a child, and when (ms after its start). */
    public record Marker(String point, long atMillis) {}

    /** A started child: its process, the crash points it announced so far, its output file. */
    public record Child(Process process, long startNanos, List<Marker> markers, List<String> stdout, Path log) {
        long elapsedMillis() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }

        /** The last crash point announced, or "none". */
        String lastPoint() {
            return markers.isEmpty() ? "none" : markers.get(markers.size() - 1).point();
        }
    }

    /** What a generation holds: its name, incident count and a SHA-256 over every (id, stored JSON), sorted. */
    public record State(String generation, int incidents, String fingerprint, TreeSet<String> ids) {
        boolean sameContent(State o) {
            return o != null && fingerprint.equals(o.fingerprint);
        }
    }

    final Path index;
    private final Path logs;

    public KillRig(Path index, Path logs) {
        this.index = index;
        this.logs = logs;
    }

    public IndexStore store() {
        return IndexStore.at(index);
    }

    /**
     * Starts {@code incidex ARGS --index INDEX} in a new JVM with {@code -Dincidex.crashpoint=crashPoint} (null: off).
     * Its stderr is scanned for crash-point markers; stdout lines are kept.
     */
    public Child start(String crashPoint, Map<String, String> env, String... args) throws IOException {
        return start(List.of(), crashPoint, env, args);
    }

    /** As {@link #start(String, Map, String...)}, the java command run by {@code wrapper} (e.g. a shell setting a limit). */
    public Child start(List<String> wrapper, String crashPoint, Map<String, String> env, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.addAll(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:-UsePerfData"));
        if (crashPoint != null) cmd.add("-D" + CrashPoints.PROPERTY + "=" + crashPoint);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.incidex.cli.Main"));
        cmd.add(args[0]);
        cmd.addAll(List.of("--index", index.toString()));
        cmd.addAll(List.of(args).subList(1, args.length));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Files.createDirectories(logs);
        Path log = Files.createTempFile(logs, args[0] + "-", ".log");
        Process p = pb.start();
        Child c = new Child(p, System.nanoTime(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), log);
        pump(p.getErrorStream(), c, true);
        pump(p.getInputStream(), c, false);
        return c;
    }

    private static void pump(java.io.InputStream in, Child c, boolean err) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (err && line.startsWith(CrashPoints.MARKER)) {
                        c.markers().add(new Marker(line.substring(CrashPoints.MARKER.length()), c.elapsedMillis()));
                    } else if (!err) {
                        c.stdout().add(line);
                    }
                    Files.writeString(c.log(), line + "\n", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                // the child was killed: its pipes close under the reader; the log keeps what came before
                c.stdout().add("[pipe closed: " + e.getMessage() + "]");
            }
        }, "kill-rig-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Waits until the child announces {@code point} (or exits); returns whether it did. */
    public static boolean awaitMarker(Child c, String point, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (c.markers().stream().anyMatch(m -> m.point().equals(point))) return true;
            if (!c.process().isAlive()) return false;
            Thread.sleep(2);
        }
        return false;
    }

    /** SIGKILL (destroyForcibly on Linux) and wait for the process to be gone. */
    public static void kill(Child c) throws InterruptedException {
        c.process().destroyForcibly();
        if (!c.process().waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("process did not die: " + c.log());
    }

    /** Waits for a child to finish by itself; fails unless it exits 0. */
    public static void finish(Child c) throws Exception {
        if (!c.process().waitFor(300, TimeUnit.SECONDS)) throw new AssertionError("still running after 300 s: " + c.log());
        if (c.process().exitValue() != 0) {
            throw new AssertionError("exit " + c.process().exitValue() + ", see " + c.log() + ":\n" + Files.readString(c.log()));
        }
    }

    /** The live generation as a fresh reader sees it; null when there is none. */
    public State state() throws IOException {
        try (LiveIndex live = new LiveIndex(store())) {
            live.refresh();
            IndexSnapshot s = live.acquire().orElse(null);
            if (s == null) return null;
            try {
                if (live.lastError() != null) throw new AssertionError("reader fell back: " + live.lastError());
                return stateOf(s);
            } finally {
                s.release();
            }
        }
    }

    static State stateOf(IndexSnapshot s) throws IOException {
        IndexReader r = s.searcher().getIndexReader();
        Bits liveDocs = MultiBits.getLiveDocs(r);
        StoredFields stored = r.storedFields();
        TreeSet<String> rows = new TreeSet<>();
        TreeSet<String> ids = new TreeSet<>();
        for (int i = 0; i < r.maxDoc(); i++) {
            if (liveDocs != null && !liveDocs.get(i)) continue;
            var d = stored.document(i);
            ids.add(d.get(Fields.ID));
            rows.add(d.get(Fields.ID) + "\t" + d.get(Fields.JSON));
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String row : rows) md.update((row + "\n").getBytes(StandardCharsets.UTF_8));
            return new State(s.generationName(), r.numDocs(), HexFormat.of().formatHex(md.digest()), ids);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lucene's CheckIndex over the live generation: fails unless clean. */
    public void checkIndexClean() throws IOException {
        Path gen = store().currentGeneration().orElseThrow();
        try (FSDirectory d = FSDirectory.open(gen); CheckIndex ci = new CheckIndex(d)) {
            ci.setInfoStream(null);
            CheckIndex.Status st = ci.checkIndex();
            if (!st.clean) throw new AssertionError("CheckIndex is not clean on " + gen);
        }
    }

    /** A server over a fresh LiveIndex answers /health and a match-all search with exactly {@code expected}. */
    public void checkServed(State expected) throws Exception {
        try (LiveIndex live = new LiveIndex(store())) {
            live.refresh();
            Javalin app = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
            try {
                checkHttp("http://127.0.0.1:" + app.port(), expected);
            } finally {
                app.stop();
            }
        }
    }

    /** /health names {@code expected}'s generation and count; a match-all search finds that many. */
    public static void checkHttp(String base, State expected) throws Exception {
        JsonNode health = getJson(base + "/health");
        if (!health.get("generation").asText().equals(expected.generation())
                || health.get("incidents").asInt() != expected.incidents() || health.has("warning")) {
            throw new AssertionError("/health says " + health + ", expected " + expected.generation() + " with "
                    + expected.incidents());
        }
        JsonNode search = getJson(base + "/api/v1/search?size=1");
        if (search.get("total").asInt() != expected.incidents()) {
            throw new AssertionError("search total " + search.get("total") + ", expected " + expected.incidents());
        }
    }

    static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new AssertionError("GET " + url + " → " + r.statusCode() + ": " + r.body());
        return Json.mapper().readTree(r.body());
    }

    /** What a killed writer left: unpublished generation directories and CURRENT.tmp. */
    public List<String> leftovers() {
        IndexStore store = store();
        long live = store.currentGeneration().map(IndexStore::generationNumber).orElse(0L);
        List<String> out = new ArrayList<>();
        for (Path g : store.generations()) if (IndexStore.generationNumber(g) > live) out.add(g.getFileName().toString());
        if (Files.exists(index.resolve(IndexStore.CURRENT + ".tmp"))) out.add(IndexStore.CURRENT + ".tmp");
        return out;
    }

    /** Starts and discards a writer (what the next reindex or import does first): leftovers must be gone after. */
    public void checkNextWriterCleansUp() {
        store().beginGeneration("kill-rig probe").close();
        List<String> left = leftovers();
        if (!left.isEmpty()) throw new AssertionError("leftovers after the next writer started: " + left);
    }

    /** Writes demo pages {@code from} (inclusive) to {@code to} (exclusive), in table order, as files in {@code dir}. */
    public static Path writePages(Path dir, int from, int to) throws IOException {
        Files.createDirectories(dir);
        List<RawDocument> docs = DemoCorpus.load().documents();
        for (RawDocument d : docs.subList(from, to)) {
            Files.write(dir.resolve(d.source().substring(d.source().lastIndexOf('/') + 1)), d.bytes());
        }
        return dir;
    }

    /** Demo page {@code i}'s HTML. */
    public static byte[] page(int i) {
        return DemoCorpus.load().documents().get(i).bytes();
    }
}
