package org.incidex.ingest;

import org.incidex.model.FailureReason;
import org.incidex.model.RejectedDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestTest {
    @TempDir
    Path dir;

    @Test
    void readerRejectsWithTypedReasonsNamingTheFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "  \n");
        Path png = Files.write(dir.resolve("x.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        Path big = Files.writeString(dir.resolve("big.html"), "<p>" + "x".repeat(200) + "</p>");
        Path ok = Files.writeString(dir.resolve("ok.html"), "<p>hello</p>");
        assertReason(new DocumentReader(), empty, FailureReason.EMPTY);
        assertReason(new DocumentReader(), png, FailureReason.BINARY);
        assertReason(new DocumentReader(100), big, FailureReason.TOO_LARGE);
        assertReason(new DocumentReader(), dir.resolve("gone.html"), FailureReason.UNREADABLE);
        assertThat(new DocumentReader().read(ok, "ok.html").bytes()).hasSize(12);
        // UTF-16 with a BOM is text, not binary
        assertThat(DocumentReader.binaryKind(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0, 'p', 0})).isNull();
    }

    static void assertReason(DocumentReader r, Path p, FailureReason reason) {
        assertThatThrownBy(() -> r.read(p, p.toString()))
                .isInstanceOfSatisfying(RejectedDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(p.getFileName().toString());
                });
    }

    @Test
    void resolverWalksDirectoriesSortedSkipsHiddenAndReportsMissing() throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/2.html"), "x");
        Files.writeString(dir.resolve("b/.git/config"), "x");
        Files.writeString(dir.resolve("a.html"), "x");
        var r = new SourceResolver().resolve(List.of(dir.toString(), "demo", dir.resolve("nope").toString()));
        assertThat(r.inputs()).hasSize(3);
        assertThat(((SourceResolver.FileInput) r.inputs().get(0)).path().getFileName().toString()).isEqualTo("a.html");
        assertThat(((SourceResolver.FileInput) r.inputs().get(1)).path().getFileName().toString()).isEqualTo("2.html");
        assertThat(r.inputs().get(2)).isInstanceOf(SourceResolver.DemoInput.class);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.UNREADABLE);
            assertThat(f.source()).endsWith("nope");
        });
    }

    @Test
    void resolverFollowsLinkedFoldersReportsLoopsAndEmptyDirectories() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("linked.html"), "x");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("own.html"), "x");
        Files.createSymbolicLink(root.resolve("day-1"), outside);
        Files.createSymbolicLink(root.resolve("loop"), root);
        Path empty = Files.createDirectories(dir.resolve("empty/.hidden"));
        Files.writeString(empty.resolve("skipped.html"), "x");
        var r = new SourceResolver().resolve(List.of(root.toString(), dir.resolve("empty").toString()));
        assertThat(r.inputs()).extracting(in -> ((SourceResolver.FileInput) in).path().getFileName().toString())
                .containsExactly("linked.html", "own.html");
        assertThat(r.failures()).hasSize(2);
        assertThat(r.failures().get(0).source()).endsWith("loop");
        assertThat(r.failures().get(0).reason()).isEqualTo(FailureReason.UNREADABLE);
        assertThat(r.failures().get(0).detail()).contains("loop");
        assertThat(r.failures().get(1).source()).endsWith("empty");
        assertThat(r.failures().get(1).reason()).isEqualTo(FailureReason.EMPTY);
        assertThat(r.failures().get(1).detail()).contains("no file");
    }
}
