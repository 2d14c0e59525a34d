package org.incidex.kb;

import org.incidex.model.Article;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentMergerTest {
    static final Place BAMAKO = new Place("Bamako", "Bamako", "Mali", "ML", 12.65, -8.0);
    static final Place SEVARE = new Place("Sévaré", "Mopti", "Mali", "ML", 14.5, -4.1);

    static Incident inc(String date, Place p, Integer killed, GroupRef... groups) {
        return new Incident(date, p, List.of(groups), killed, null, null, null, List.of("Armed Assault"), List.of(), List.of());
    }

    static ExtractedArticle art(String id, String title, String published, Incident... incidents) {
        return new ExtractedArticle(new Article(id, id + ".html", title, null, "Site", "en", published, null, "text of " + id),
                List.of(incidents));
    }

    @Test
    void reportsOfOneIncidentMergeAndARecallAttachesAsSource() {
        var a = art("a1", "Bamako siege", "2015-11-20", inc("2015-11-20", BAMAKO, 19), inc("2015-08", SEVARE, 13));
        var b = art("b1", "Bamako toll rises", "2015-11-21", inc("2015-11-21", BAMAKO, 20));
        var c = art("c1", "Sevare siege ends", "2015-08-08", inc("2015-08-07", SEVARE, 13,
                new GroupRef("Al-Mourabitoun", GroupRole.CLAIMED, true)));
        List<IncidentRecord> r = new IncidentMerger().merge(List.of(a, b, c));
        assertThat(r).hasSize(2);
        IncidentRecord bamako = r.stream().filter(i -> i.fields().place().city().equals("Bamako")).findFirst().orElseThrow();
        assertThat(bamako.sources()).extracting(s -> s.id()).containsExactly("a1", "b1");
        assertThat(bamako.fields().killed()).isEqualTo(20); // the latest report about it
        assertThat(bamako.title()).isEqualTo("Bamako siege");
        IncidentRecord sevare = r.stream().filter(i -> i.fields().place().city().equals("Sévaré")).findFirst().orElseThrow();
        assertThat(sevare.fields().date()).isEqualTo("2015-08-07");
        assertThat(sevare.sources()).extracting(s -> s.id()).containsExactly("c1", "a1");
        assertThat(sevare.title()).isEqualTo("Sevare siege ends");
    }

    @Test
    void theSameArticleTwiceCountsOnce() {
        var a = art("a1", "A", "2015-11-20", inc("2015-11-20", BAMAKO, 19));
        var unknownPlace = art("u1", "U", "2015-11-20", inc("2015-11-20", Place.UNKNOWN, 2));
        List<IncidentRecord> r = new IncidentMerger().merge(List.of(a, unknownPlace, a, unknownPlace));
        assertThat(r).hasSize(2);
        assertThat(r).allSatisfy(i -> assertThat(i.sources()).hasSize(1));
    }

    @Test
    void idsAreStableAcrossOrderAndRuns() {
        var a = art("a1", "A", "2015-11-20", inc("2015-11-20", BAMAKO, 19));
        var c = art("c1", "C", "2015-08-08", inc("2015-08-07", SEVARE, 13));
        var one = new IncidentMerger().merge(List.of(a, c)).stream().map(IncidentRecord::id).toList();
        var two = new IncidentMerger().merge(List.of(c, a)).stream().map(IncidentRecord::id).toList();
        assertThat(one).isEqualTo(two).allMatch(id -> id.startsWith("inc-"));
    }

    @Test
    void differentClaimsOrDistantDatesStaySeparate() {
        var a = art("a1", "A", "2015-11-20", inc("2015-11-20", BAMAKO, 19, new GroupRef("X", GroupRole.CLAIMED, true)));
        var b = art("b1", "B", "2015-11-20", inc("2015-11-20", BAMAKO, 3, new GroupRef("Y", GroupRole.CLAIMED, true)));
        var c = art("c1", "C", "2015-11-25", inc("2015-11-25", BAMAKO, 2));
        assertThat(new IncidentMerger().merge(List.of(a, b, c))).hasSize(3);
        assertThat(IncidentMerger.datesCompatible("2015-08", "2015-08-07")).isTrue();
        assertThat(IncidentMerger.datesCompatible("2015-11-20", "2015-11-21")).isTrue();
        assertThat(IncidentMerger.datesCompatible("2015-11-20", "2015-11-22")).isFalse();
    }

    @Test
    void summariesAndGeneratedTitles() {
        Incident i = inc("2015-08", SEVARE, 13, new GroupRef("Al-Mourabitoun", GroupRole.CLAIMED, true));
        assertThat(Summaries.title(i)).isEqualTo("Armed Assault in Sévaré, Mali, August 2015");
        assertThat(Summaries.summary(i)).isEqualTo("August 2015, Sévaré, Mali: Armed Assault; 13 killed; claimed by Al-Mourabitoun.");
    }

    @Test
    void attackTypesOfDifferentKindsStaySeparateAndSiegesMergeWithShootings() {
        Incident bombing = new Incident("2015-11-20", BAMAKO, List.of(), 3, null, null, null,
                List.of("Bombing/Explosion"), List.of(), List.of());
        Incident shooting = new Incident("2015-11-20", BAMAKO, List.of(), 20, null, null, null,
                List.of("Armed Assault"), List.of(), List.of());
        Incident siege = new Incident("2015-11-20", BAMAKO, List.of(), 19, null, 170, null,
                List.of("Hostage Taking (Barricade Incident)"), List.of(), List.of());
        Incident untyped = new Incident("2015-11-21", BAMAKO, List.of(), 21, null, null, null, List.of(), List.of(), List.of());
        assertThat(IncidentMerger.compatible(bombing, shooting)).isFalse();
        assertThat(IncidentMerger.compatible(siege, shooting)).isTrue();
        assertThat(IncidentMerger.compatible(untyped, bombing)).isTrue();
        List<IncidentRecord> r = new IncidentMerger().merge(List.of(art("b", "B", "2015-11-20", bombing),
                art("s", "S", "2015-11-20T10:00", shooting), art("h", "H", "2015-11-21", siege)));
        assertThat(r).hasSize(2);
        IncidentRecord assault = r.stream().filter(i -> i.sources().size() == 2).findFirst().orElseThrow();
        assertThat(assault.fields().killed()).isEqualTo(19); // the later report
        assertThat(assault.killedRange()).isEqualTo(new org.incidex.model.FigureRange(19, 20));
        assertThat(assault.hostagesRange()).isEqualTo(new org.incidex.model.FigureRange(170, 170));
        assertThat(assault.figures()).extracting(f -> f.sourceId() + "=" + f.killed()).containsExactlyInAnyOrder("s=20", "h=19");
        IncidentRecord single = r.stream().filter(i -> i.sources().size() == 1).findFirst().orElseThrow();
        assertThat(single.killedRange()).isEqualTo(new org.incidex.model.FigureRange(3, 3));
    }

    @Test
    void recordsWrittenBeforeRangesExistedStillRead() {
        String old = "{\"id\":\"inc-1\",\"title\":\"T\",\"summary\":\"S\",\"fields\":{\"date\":\"2015-11-20\","
                + "\"place\":{\"city\":\"Bamako\"},\"groups\":[],\"killed\":20},\"evidence\":[],\"sources\":[]}";
        IncidentRecord r = org.incidex.model.Json.read(old, IncidentRecord.class);
        assertThat(r.fields().killed()).isEqualTo(20);
        assertThat(r.killedRange()).isNull();
        assertThat(r.figures()).isEmpty();
        assertThat(org.incidex.model.Json.read(org.incidex.model.Json.write(r), IncidentRecord.class)).isEqualTo(r);
    }

    @Test
    void theIndexedClusteringFindsWhatComparingWithEveryClusterFinds() {
        java.util.Random rnd = new java.util.Random(7);
        Place[] places = {BAMAKO, SEVARE, new Place(null, "Mopti", "Mali", "ML", 14.5, -4.1),
                new Place(null, "Bamako", "Mali", "ML", 12.6, -8.0), new Place("Bamako", "Koulikoro", "Mali", "ML", 12.6, -8.0),
                new Place(null, null, "Mali", "ML", null, null), new Place("Kano", "Kano", "Nigeria", "NG", 12.0, 8.5),
                new Place("Sevare", "Mopti", "Mali", "ML", 14.5, -4.1), Place.UNKNOWN};
        String[] dates = {"2015-12-31", "2016-01-01", "2016-01-02", "2015-12", "2016-01", "2015", "2016", "2016-02-29",
                "2016-03-01", null};
        String[] types = {"Armed Assault", "Bombing/Explosion", "Hostage Taking (Kidnapping)"};
        for (int round = 0; round < 20; round++) {
            List<ExtractedArticle> arts = new java.util.ArrayList<>();
            for (int a = 0; a < 60; a++) {
                List<Incident> incs = new java.util.ArrayList<>();
                for (int k = 0; k <= rnd.nextInt(2); k++) {
                    List<GroupRef> g = rnd.nextInt(4) == 0
                            ? List.of(new GroupRef(rnd.nextBoolean() ? "X" : "Y", GroupRole.CLAIMED, true)) : List.of();
                    incs.add(new Incident(dates[rnd.nextInt(dates.length)], places[rnd.nextInt(places.length)], g,
                            rnd.nextInt(30), null, null, null, List.of(types[rnd.nextInt(types.length)]), List.of(), List.of()));
                }
                arts.add(new ExtractedArticle(new Article("r" + round + "-" + a, "x.html", "T" + a, null, "S", "en",
                        "2016-01-0" + (1 + rnd.nextInt(9)), null, "text " + a), incs));
            }
            assertThat(new IncidentMerger().merge(arts)).isEqualTo(new IncidentMerger(true).merge(arts));
        }
    }
}
