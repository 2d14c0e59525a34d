package org.incidex.kb;

import org.incidex.index.IndexStore;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.FailureReason;
import org.incidex.model.FigureRange;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableImporterTest {
    static final Path TABLES = Path.of("src/test/resources/org/incidex/kb/tables");
    static final String GTD = "gtd:" + TABLES.resolve("gtd-sample.csv");
    static final String LIST = "wikipedia-list:" + TABLES.resolve("wikipedia-list-sample.csv");

    @TempDir
    Path tmp;

    @Test
    void gtdRowsKeepTheirCodedValuesAndBadRowsAreNamed() {
        TableImporter.Result r = TableImporter.createDefault().read("gtd:", TABLES.resolve("gtd-sample.csv"), GTD);
        assertThat(r.rows()).extracting(a -> a.article().id())
                .containsExactly("gtd-202306100001", "gtd-201508070001", "gtd-201903020001", "gtd-202306100002");
        Incident maiduguri = r.rows().get(0).incidents().get(0);
        assertThat(maiduguri).isEqualTo(new Incident("2023-06-10",
                new Place("Maiduguri", "Borno State", "Nigeria", "NG", 11.846, 13.160),
                List.of(new GroupRef("Boko Haram", GroupRole.BLAMED, true)), 17, 42, null, null,
                List.of("Bombing/Explosion"), List.of("Private Citizens & Property"), List.of(), 1.0)); // coded: an attack
        ExtractedArticle m = r.rows().get(0);
        assertThat(m.article().source()).isEqualTo(GTD + "#202306100001");
        assertThat(m.article().site()).isEqualTo("GTD");
        assertThat(m.article().text()).startsWith("06/10/2023: A female suicide bomber detonated explosives at the Baga Road");

        Incident sevare = r.rows().get(1).incidents().get(0);
        assertThat(sevare.date()).isEqualTo("2015-08"); // iday 0: day unknown
        assertThat(IncidentMerger.fold(sevare.place().city())).isEqualTo("sevare");
        assertThat(sevare.place().countryCode()).isEqualTo("ML");
        assertThat(sevare.groups()).containsExactly(new GroupRef("Al-Mourabitoun", GroupRole.CLAIMED, true));
        assertThat(sevare.killed()).isEqualTo(13);
        assertThat(sevare.injured()).isNull();
        assertThat(sevare.hostages()).isEqualTo(4);

        Incident unknowns = r.rows().get(2).incidents().get(0);
        assertThat(unknowns.place().city()).isNull();
        assertThat(unknowns.place().region()).isEqualTo("Kandahar"); // the gazetteer's spelling of provstate
        assertThat(unknowns.groups()).isEmpty(); // gname "Unknown"
        assertThat(unknowns.killed()).isNull();  // blank
        assertThat(unknowns.injured()).isNull(); // -99

        assertThat(r.failures()).allSatisfy(f -> assertThat(f.reason()).isEqualTo(FailureReason.BAD_ROW));
        assertThat(r.failures()).extracting(f -> f.source() + ": " + f.detail()).containsExactly(
                GTD + " line 5 (eventid 201903330001): iday 33 is outside 0..31",
                GTD + " line 6 (eventid 201904010001): nkill 'many' is not a number",
                GTD + " line 7: eventid '' is not a number");
    }

    @Test
    void missingColumnsAreAllowed() {
        TableImporter.Result r = TableImporter.createDefault().read("gtd:", TABLES.resolve("gtd-few-columns.csv"), "few");
        assertThat(r.failures()).isEmpty();
        Incident i = r.rows().get(0).incidents().get(0);
        assertThat(i.date()).isEqualTo("1998");
        assertThat(i.place().city()).isEqualTo("Nairobi");
        assertThat(i.place().countryCode()).isEqualTo("KE");
        assertThat(i.killed()).isEqualTo(213);
        assertThat(i.attackTypes()).isEmpty();
    }

    @Test
    void wikipediaListRowsAreReadAsTheEvaluationReadsThem() {
        TableImporter.Result r = TableImporter.createDefault()
                .read("wikipedia-list:", TABLES.resolve("wikipedia-list-sample.csv"), LIST);
        assertThat(r.rows()).hasSize(3);
        Incident kabul = r.rows().get(2).incidents().get(0);
        assertThat(kabul.date()).isEqualTo("2018-01-20"); // a day range is dated by its first day
        assertThat(kabul.killed()).isNull();               // "Unknown"
        assertThat(kabul.injured()).isNull();              // "Several"
        Incident m = r.rows().get(0).incidents().get(0);
        assertThat(m.date()).isEqualTo("2023-06-10");
        assertThat(m.place().city()).isEqualTo("Maiduguri");
        assertThat(m.place().countryCode()).isEqualTo("NG");
        assertThat(m.killed()).isEqualTo(17);
        assertThat(m.perpetratorsKilled()).isEqualTo(1);
        assertThat(m.injured()).isEqualTo(40);
        assertThat(m.groups()).containsExactly(new GroupRef("Boko Haram", GroupRole.SUSPECTED, true));
        assertThat(m.attackTypes()).containsExactly("Bombing/Explosion");
        assertThat(r.rows().get(0).article().text()).isEqualTo("A female suicide bomber blew herself up at a fish market in Maiduguri.");
        assertThat(r.rows().get(1).incidents().get(0).injured()).isEqualTo(0);
        assertThat(r.failures()).extracting(f -> f.source() + ": " + f.detail())
                .containsExactly(LIST + " line 4: Date '31 February 2018' is not a date like '1 January 2018'");
        // Row identity does not depend on where the file lies, only on its name and the row.
        String id = r.rows().get(0).article().id();
        assertThat(TableImporter.createDefault().read("wikipedia-list:", TABLES.resolve("wikipedia-list-sample.csv"), "x")
                .rows().get(0).article().id()).isEqualTo(id).startsWith("wl-");
    }

    /** The check: importing the same GTD file twice leaves the count unchanged; articles merge onto rows. */
    @Test
    void importingTwiceChangesNothingAndArticlesMergeOntoRows() throws Exception {
        IndexStore store = IndexStore.at(tmp.resolve("index"));
        KnowledgeBase kb = KnowledgeBaseTest.KB;
        KnowledgeBase.Change first = kb.rebuild(store, List.of(GTD), "gtd", KnowledgeBase.Progress.NONE);
        assertThat(first.incidents()).isEqualTo(4); // two Maiduguri bombings the same day: two rows, two incidents
        assertThat(first.failures()).hasSize(3);
        KnowledgeBase.Change second = kb.importSources(store, List.of(GTD), KnowledgeBase.Progress.NONE);
        assertThat(second.added()).isEmpty();
        assertThat(second.replaced()).hasSize(4);
        assertThat(second.incidents()).isEqualTo(4);
        assertThat(KnowledgeBaseTest.incidents(store)).hasSize(4);

        KnowledgeBase.Change withArticles = kb.importSources(store,
                List.of(KnowledgeBaseTest.REPORTS.toString(), LIST), KnowledgeBase.Progress.NONE);
        assertThat(withArticles.added()).hasSize(6);
        List<IncidentRecord> all = KnowledgeBaseTest.incidents(store);
        assertThat(all).hasSize(6); // + the list's Kandahar police shooting and Kabul siege
        assertThat(all).filteredOn(i -> "Maiduguri".equals(i.fields().place().city())).hasSize(2);
        IncidentRecord m = all.stream().filter(i -> "Maiduguri".equals(i.fields().place().city()))
                .filter(i -> i.sources().size() > 1).findFirst().orElseThrow();
        assertThat(m.sources()).hasSize(5); // the GTD row, the list row and the three articles
        assertThat(m.sources()).extracting(s -> s.id()).contains("gtd-202306100001");
        assertThat(m.killedRange()).isEqualTo(new FigureRange(16, 19));
        assertThat(m.fields().killed()).isEqualTo(18); // the latest article; coded rows carry no publication time
    }
}
