package org.incidex.index;

import org.incidex.index.FaultyDirectory.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * I/O faults while a generation is written (a full disk at several points, a failing fsync, a failing rename of
 * Lucene's segments file during the commit): the live generation stays live and served, the failure names the
 * generation and the cause, the half-written generation is removed and the next writer succeeds.
 */
class IoFaultTest {
    @TempDir
    Path root;

    @ParameterizedTest(name = "{0} after {1} bytes")
    @CsvSource({"DISK_FULL, 0", "DISK_FULL, 300", "DISK_FULL, 3000", "DISK_FULL, 20000", "SYNC, 0", "RENAME, 0",
            "SYNC_METADATA, 0"})
    void aFailingWriteLeavesTheLiveGenerationServed(Fault fault, long bytes) throws Exception {
        IndexStore good = IndexStore.at(root);
        IndexStoreTest.publish(good, "a", "b");
        Path live = good.currentGeneration().orElseThrow();
        try (LiveIndex served = new LiveIndex(good)) {
            served.refresh();
            IndexStore faulty = FaultyDirectory.store(root, fault, bytes);
            assertThatThrownBy(() -> {
                try (GenerationWriter w = faulty.beginGeneration("test")) {
                    for (int i = 0; i < 200; i++) w.add(IndexStoreTest.incident("x" + i, "Gao"));
                    w.publish("fp");
                }
            }).isInstanceOf(IndexStoreException.class)
                    .hasMessageContaining(root.resolve("gen-000002").toString())
                    .hasMessageContaining(fault == Fault.DISK_FULL ? "No space left on device" : "Input/output error")
                    .hasMessageContaining("the live generation is unchanged");
            assertThat(good.currentGeneration()).contains(live);
            assertThat(good.generations()).containsExactly(live); // the failed generation was removed
            assertThat(served.refresh()).isFalse();
            IndexSnapshot s = served.acquire().orElseThrow();
            try {
                assertThat(s.generationName()).isEqualTo("gen-000001");
                assertThat(s.incidentCount()).isEqualTo(2);
            } finally {
                s.release();
            }
        }
        assertThat(IndexStoreTest.count(good)).isEqualTo(2);
        IndexStoreTest.publish(good, "a", "b", "c"); // the lock was released; the next writer works
        assertThat(IndexStoreTest.count(good)).isEqualTo(3);
    }

    @ParameterizedTest(name = "DISK_FULL after {0} bytes")
    @CsvSource({"0", "20000", "60000"})
    void addingOnEveryCoreFailsAsCleanlyAndOtherwiseAddsEverything(long bytes) throws Exception {
        IndexStore good = IndexStore.at(root);
        IndexStoreTest.publish(good, "a", "b");
        java.util.List<org.incidex.model.IncidentRecord> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) many.add(IndexStoreTest.incident("x" + i, "Gao"));
        assertThatThrownBy(() -> {
            try (GenerationWriter w = FaultyDirectory.store(root, Fault.DISK_FULL, bytes).beginGeneration("test")) {
                w.addAll(many);
                w.flush(); // a segment written while adding, as a large reindex does
                w.publish("fp");
            }
        }).isInstanceOf(IndexStoreException.class).hasMessageContaining("No space left on device")
                .hasMessageContaining("the live generation is unchanged");
        assertThat(IndexStoreTest.count(good)).isEqualTo(2);
        try (GenerationWriter w = good.beginGeneration("test")) {
            w.addAll(many);
            w.publish("fp");
        }
        assertThat(IndexStoreTest.count(good)).isEqualTo(3000);
    }

    @Test
    void aFullDiskBeforeTheFirstGenerationLeavesNoIndex() {
        IndexStore faulty = FaultyDirectory.store(root, Fault.DISK_FULL, 100);
        assertThatThrownBy(() -> IndexStoreTest.publish(faulty, "a"))
                .isInstanceOf(IndexStoreException.class).hasMessageContaining("No space left on device");
        assertThat(IndexStore.at(root).currentGeneration()).isEmpty();
        assertThat(IndexStore.at(root).generations()).isEmpty();
    }
}
