package org.incidex.index;

import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexStoreTest {
    @TempDir
    Path root;

    static IncidentRecord incident(String id, String city) {
        Incident f = new Incident("2015-11-20", new Place(city, null, "Mali", "ML", 12.6, -8.0), List.of(), 3, null,
                null, null, List.of("Armed Assault"), List.of(), List.of());
        return new IncidentRecord(id, "Attack in " + city, "summary", f, List.of(), List.of());
    }

    static void publish(IndexStore store, String... ids) throws Exception {
        try (GenerationWriter w = store.beginGeneration("test")) {
            for (String id : ids) w.add(incident(id, "Bamako"));
            w.publish("fp-" + ids.length);
        }
    }

    static int count(IndexStore store) {
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            var s = live.acquire().orElseThrow();
            try {
                return s.incidentCount();
            } finally {
                s.release();
            }
        }
    }

    @Test
    void emptyStoreHasNoGeneration() {
        assertThat(IndexStore.at(root.resolve("nothing")).currentGeneration()).isEmpty();
        assertThat(IndexStore.at(root).currentCommitData()).isEmpty();
    }

    @Test
    void publishSwitchesAndKeepsOnlyThePreviousGeneration() throws Exception {
        IndexStore store = IndexStore.at(root);
        publish(store, "a");
        publish(store, "a", "b");
        publish(store, "a", "b", "c");
        assertThat(store.currentGeneration().orElseThrow().getFileName().toString()).isEqualTo("gen-000003");
        assertThat(store.generations()).extracting(p -> p.getFileName().toString()).containsExactly("gen-000002", "gen-000003");
        assertThat(count(store)).isEqualTo(3);
        assertThat(store.currentCommitData()).containsEntry(Fields.COMMIT_FINGERPRINT, "fp-3");
    }

    @Test
    void closingWithoutPublishLeavesTheLiveGenerationAlone() throws Exception {
        IndexStore store = IndexStore.at(root);
        publish(store, "a", "b");
        try (GenerationWriter w = store.beginGeneration("test")) {
            w.add(incident("x", "Gao"));
            // no publish: as if the run failed
        }
        assertThat(count(store)).isEqualTo(2);
        assertThat(store.generations()).hasSize(1);
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedByTheNextWriter() throws Exception {
        IndexStore store = IndexStore.at(root);
        publish(store, "a");
        Path half = root.resolve("gen-000007");
        Files.createDirectories(half);
        Files.writeString(half.resolve("_0.cfs"), "half-written");
        Files.writeString(root.resolve("CURRENT.tmp"), "gen-000007");
        assertThat(count(store)).isEqualTo(1);
        publish(store, "a", "b");
        assertThat(Files.exists(half)).isFalse();
        assertThat(Files.exists(root.resolve("CURRENT.tmp"))).isFalse();
        assertThat(store.currentGeneration().orElseThrow().getFileName().toString()).isEqualTo("gen-000002");
    }

    @Test
    void secondWriterGetsAClearLockedError() throws Exception {
        IndexStore store = IndexStore.at(root);
        try (GenerationWriter w = store.beginGeneration("first")) {
            assertThatThrownBy(() -> store.beginGeneration("second"))
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("is locked by pid " + ProcessHandle.current().pid() + " (first, since ");
        }
        publish(store, "a"); // the lock is free again
    }

    @Test
    void corruptCurrentIsReportedNotIgnored() throws Exception {
        Files.createDirectories(root);
        Files.writeString(root.resolve("CURRENT"), "../../etc");
        assertThatThrownBy(() -> IndexStore.at(root).currentGeneration())
                .isInstanceOf(IndexStoreException.class).hasMessageContaining("corrupt");
    }

    @Test
    void liveIndexFollowsNewGenerationsWhileOldSnapshotsStayUsable() throws Exception {
        IndexStore store = IndexStore.at(root);
        publish(store, "a");
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            IndexSnapshot old = live.acquire().orElseThrow();
            publish(store, "a", "b");
            assertThat(live.refresh()).isTrue();
            IndexSnapshot fresh = live.acquire().orElseThrow();
            assertThat(fresh.incidentCount()).isEqualTo(2);
            assertThat(old.incidentCount()).isEqualTo(1);
            assertThat(old.searcher().count(new org.apache.lucene.search.MatchAllDocsQuery())).isEqualTo(1);
            old.release();
            fresh.release();
            assertThat(live.refresh()).isFalse();
        }
    }
}
