package org.incidex.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code incidex reindex demo} as a separate JVM and kills it with SIGKILL part-way, at several moments: the
 * published generation must stay the live one, readable and unchanged, and the next reindex must succeed.
 */
class KillDuringReindexTest {
    @TempDir
    Path root;

    private Process reindex() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "org.incidex.cli.Main", "reindex", "--index", root.toString(), "demo"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File(root.toFile(), "../reindex.log")).start();
    }

    @Test
    void killedReindexLeavesThePublishedGenerationServing() throws Exception {
        Process first = reindex();
        assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(0);
        IndexStore store = IndexStore.at(root);
        Path live = store.currentGeneration().orElseThrow();
        int before = IndexStoreTest.count(store);
        assertThat(before).isGreaterThan(0);

        for (long delayMs : new long[] {300, 1200, 2500}) {
            Process p = reindex();
            Thread.sleep(delayMs);
            p.destroyForcibly(); // SIGKILL on POSIX
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(store.currentGeneration().orElseThrow()).as("after kill at %d ms", delayMs).isEqualTo(live);
            assertThat(IndexStoreTest.count(store)).isEqualTo(before);
        }
        Process again = reindex();
        assertThat(again.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isEqualTo(0);
        assertThat(store.currentGeneration().orElseThrow()).isNotEqualTo(live);
        assertThat(IndexStoreTest.count(store)).isEqualTo(before);
        try (var dirs = Files.list(root)) {
            assertThat(dirs.filter(d -> d.getFileName().toString().startsWith("gen-")).count()).isLessThanOrEqualTo(2);
        }
    }
}
