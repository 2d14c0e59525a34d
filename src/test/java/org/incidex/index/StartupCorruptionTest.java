package org.incidex.index;

import io.javalin.Javalin;
import org.incidex.api.IncidexServer;
import org.incidex.cli.Cli;
import org.incidex.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A corrupt or half-written live generation found when a reader or the server starts: named in the error, and the
 * last good generation served instead (or a clear error when there is none).
 */
class StartupCorruptionTest {
    @TempDir
    Path root;
    IndexStore store;
    Path gen2;

    @BeforeEach
    void twoGenerations() throws Exception {
        store = IndexStore.at(root);
        IndexStoreTest.publish(store, "a");
        IndexStoreTest.publish(store, "a", "b");
        gen2 = root.resolve("gen-000002");
        assertThat(store.currentGeneration()).contains(gen2);
    }

    private Path file(Path gen, String glob) throws IOException {
        try (Stream<Path> s = Files.list(gen)) {
            return s.filter(p -> root.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + glob + " in " + gen));
        }
    }

    /** A fresh reader serves gen-000001 and says why, naming {@code named}. */
    private void servesTheLastGoodGeneration(String problem, Path named) {
        try (LiveIndex live = new LiveIndex(store)) {
            assertThat(live.refresh()).isTrue();
            IndexSnapshot s = live.acquire().orElseThrow();
            try {
                assertThat(s.generationName()).isEqualTo("gen-000001");
                assertThat(s.incidentCount()).isEqualTo(1);
            } finally {
                s.release();
            }
            assertThat(live.lastError()).contains(named.toString()).contains(problem)
                    .contains("serving the last good generation " + root.resolve("gen-000001"));
            assertThat(live.refresh()).as("a bad generation is not retried").isFalse();
        }
    }

    @Test
    void truncatedSegmentsFile() throws Exception {
        Path segments = file(gen2, "segments_*");
        try (RandomAccessFile f = new RandomAccessFile(segments.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        servesTheLastGoodGeneration("is corrupt or incomplete", gen2);
    }

    @Test
    void missingSegmentsFile() throws Exception {
        Files.delete(file(gen2, "segments_*"));
        servesTheLastGoodGeneration("is corrupt or incomplete", gen2);
    }

    @Test
    void missingSegmentInfo() throws Exception {
        Files.delete(file(gen2, "*.si"));
        servesTheLastGoodGeneration("is corrupt or incomplete", gen2);
    }

    @Test
    void missingCompoundFile() throws Exception {
        Files.delete(file(gen2, "*.cfs"));
        servesTheLastGoodGeneration("is corrupt or incomplete", gen2);
    }

    @Test
    void garbageInsideTheCompoundFileFailsItsChecksum() throws Exception {
        Path cfs = file(gen2, "*.cfs");
        try (RandomAccessFile f = new RandomAccessFile(cfs.toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write("garbage!".getBytes(StandardCharsets.US_ASCII));
        }
        servesTheLastGoodGeneration("is corrupt or incomplete", gen2);
    }

    @Test
    void generationDirectoryHoldingOnlyGarbage() throws Exception {
        Path gen3 = Files.createDirectories(root.resolve("gen-000003"));
        Files.writeString(gen3.resolve("_0.cfs"), "not an index");
        Files.writeString(root.resolve("CURRENT"), "gen-000003\n");
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            assertThat(live.lastError()).contains(gen3.toString()).contains("serving the last good generation " + gen2);
        }
    }

    @Test
    void garbageCurrentServesTheNewestGenerationThatOpens() throws Exception {
        Files.write(root.resolve("CURRENT"), new byte[] {0, (byte) 0xff, 'x', '\n'});
        try (LiveIndex live = new LiveIndex(store)) {
            assertThat(live.refresh()).isTrue();
            assertThat(live.lastError()).contains(root.resolve("CURRENT").toString()).contains("is corrupt")
                    .contains("serving the last good generation " + gen2);
        }
    }

    @Test
    void currentNamingAMissingDirectory() throws Exception {
        Files.writeString(root.resolve("CURRENT"), "gen-000009\n");
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            assertThat(live.lastError()).contains("gen-000009, which does not exist")
                    .contains("serving the last good generation " + gen2);
        }
    }

    @Test
    void noGoodGenerationIsAClearError() throws Exception {
        Files.delete(file(gen2, "segments_*"));
        Files.delete(file(root.resolve("gen-000001"), "segments_*"));
        try (LiveIndex live = new LiveIndex(store)) {
            assertThatThrownBy(live::refresh).isInstanceOf(IndexStoreException.class)
                    .hasMessageContaining(gen2 + " is corrupt or incomplete")
                    .hasMessageContaining("no earlier generation to serve instead")
                    .hasMessageContaining("gen-000001 (");
            assertThat(live.acquire()).isEmpty();
        }
    }

    @Test
    void serverStartsOnTheLastGoodGenerationAndHealthSaysWhy() throws Exception {
        Files.delete(file(gen2, "*.si"));
        try (LiveIndex live = new LiveIndex(store)) {
            live.start(100);
            Javalin app = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
            try {
                var health = KillRig.getJson("http://127.0.0.1:" + app.port() + "/health");
                assertThat(health.get("generation").asText()).isEqualTo("gen-000001");
                assertThat(health.get("incidents").asInt()).isEqualTo(1);
                assertThat(health.get("warning").asText()).contains(gen2.toString());
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aServingReaderKeepsItsGenerationWhenANewOneIsBad() throws Exception {
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            IndexStoreTest.publish(store, "a", "b", "c");
            Files.delete(file(root.resolve("gen-000003"), "*.cfs"));
            assertThatThrownBy(live::refresh).hasMessageContaining("gen-000003 is corrupt")
                    .hasMessageContaining("still serving gen-000002");
            assertThat(live.refresh()).isFalse();
        }
    }

    @Test
    void searchCliWarnsAndAWriterRepairsCurrent() throws Exception {
        Files.writeString(root.resolve("CURRENT"), "garbage");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new Cli().run(new String[] {"search", "--index", root.toString(), "Bamako"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning").contains("CURRENT is corrupt");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 incidents");
        IndexStoreTest.publish(store, "a", "b", "c"); // a writer is not stopped by a corrupt CURRENT and rewrites it
        assertThat(store.currentGeneration()).contains(root.resolve("gen-000003"));
        assertThat(IndexStoreTest.count(store)).isEqualTo(3);
    }
}
