package org.incidex.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fast part of the kill harness ({@code scripts/kill-harness.sh} runs the long one): {@code incidex reindex} in
 * its own JVM, held at each step of the commit and switch and SIGKILLed there. Before the rename of CURRENT the old
 * generation is served, after it the new one; CheckIndex is clean, a server agrees, the next writer removes the
 * leftovers. While held, the run owns the write lock: a second writer is told which process holds it. And a real
 * full disk ({@code ulimit -f}) makes {@code incidex reindex} exit 1 with a clear message, the live index untouched.
 */
class KillAtCrashPointsTest {
    @TempDir
    Path tmp;

    @Test
    void killedAtEachStepOfTheSwitchServesTheOldOrTheNewGeneration() throws Exception {
        KillRig rig = new KillRig(tmp.resolve("index"), tmp.resolve("logs"));
        Path a = KillRig.writePages(tmp.resolve("a"), 0, 8);
        Path b = KillRig.writePages(tmp.resolve("b"), 8, 16);
        KillRig.finish(rig.start(null, Map.of(), "reindex", a.toString()));
        KillRig.State old = rig.state();

        for (String point : List.of("before-commit", "after-commit", "before-rename")) {
            KillRig.Child c = rig.start(point, Map.of(), "reindex", b.toString());
            assertThat(KillRig.awaitMarker(c, point, 180_000)).as("reached %s; see %s", point, c.log()).isTrue();
            if (point.equals("before-commit")) {
                assertThatThrownBy(() -> rig.store().beginGeneration("a second writer"))
                        .isInstanceOf(IndexLockedException.class)
                        .hasMessageContaining("is locked by pid " + c.process().pid() + " (incidex reindex, since ");
            }
            KillRig.kill(c);
            KillRig.State now = rig.state();
            assertThat(now).as("after a kill at %s", point).isEqualTo(old);
            checkAndClean(rig, now, point);
        }

        KillRig.Child c = rig.start("after-rename", Map.of(), "reindex", b.toString());
        assertThat(KillRig.awaitMarker(c, "after-rename", 180_000)).as("see %s", c.log()).isTrue();
        KillRig.kill(c);
        KillRig.State switched = rig.state();
        assertThat(switched.generation()).isNotEqualTo(old.generation());
        assertThat(switched.ids()).doesNotContainAnyElementsOf(old.ids()).hasSize(8);
        checkAndClean(rig, switched, "after-rename");
        assertThat(rig.store().generations()).hasSize(2); // the killed run did not prune; the next writer keeps 2
    }

    private static void checkAndClean(KillRig rig, KillRig.State now, String point) throws Exception {
        rig.checkIndexClean();
        rig.checkServed(now);
        if (!point.equals("after-rename")) assertThat(rig.leftovers()).as("left by a kill at %s", point).isNotEmpty();
        rig.checkNextWriterCleansUp();
    }

    @Test
    void reindexOnAFullDiskExitsOneAndLeavesTheLiveGeneration() throws Exception {
        KillRig rig = new KillRig(tmp.resolve("index"), tmp.resolve("logs"));
        IndexStoreTest.publish(rig.store(), "a", "b");
        KillRig.State old = rig.state();
        Path pages = KillRig.writePages(tmp.resolve("pages"), 0, 8);
        // RLIMIT_FSIZE of 8 KiB: writing past it fails with EFBIG ("File too large"), as a full disk fails with ENOSPC
        KillRig.Child c = rig.start(List.of("bash", "-c", "ulimit -f 8; exec \"$0\" \"$@\""), null, Map.of(),
                "reindex", pages.toString());
        assertThat(c.process().waitFor()).isEqualTo(1);
        String log = Files.readString(c.log());
        assertThat(log).contains("incidex: cannot").contains("gen-000002").contains("File too large")
                .contains("the live generation is unchanged").doesNotContain("\tat ");
        assertThat(rig.state()).isEqualTo(old);
        rig.checkIndexClean();
        assertThat(rig.leftovers()).isEmpty(); // the failed generation was removed by the failing run itself
    }
}
