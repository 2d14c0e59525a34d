package org.incidex.search;

import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;

import java.nio.file.Path;
import java.util.List;

/**
 * Eight hand-written incidents whose every word is known, so query-language tests can state exact counts. Written
 * straight into an index (no extraction), so the counts do not move when the extractor changes. Public for the
 * query fuzz test ({@code org.incidex.fuzz.QueryFuzzTest}).
 */
public final class QueryFixtures {
    private QueryFixtures() {}

    public static final List<IncidentRecord> INCIDENTS = List.of(
            incident("q-bamako", "Gunmen storm Radisson Blu hotel in Bamako",
                    "Gunmen stormed the Radisson Blu hotel in Bamako and took 170 hostages. Al-Mourabitoun claimed the siege.",
                    "2015-11-20", new Place("Bamako", "Bamako", "Mali", "ML", 12.65, -8.0), "Al-Mourabitoun", 20, null,
                    "Hostage Taking (Barricade Incident)", "Business"),
            incident("q-sevare", "Hostages taken at Byblos hotel in Sévaré",
                    "Attackers took hostages at the Byblos hotel in Sévaré, in central Mali. Thirteen people died.",
                    "2015-08-07", new Place("Sévaré", "Mopti", "Mali", "ML", 14.53, -4.1), "Al-Mourabitoun", 13, null,
                    "Hostage Taking (Barricade Incident)", "Business"),
            incident("q-paris", "Coordinated attacks in Paris",
                    "Gunmen attacked the Bataclan concert hall and cafés in Paris. The Islamic State group claimed the attacks.",
                    "2015-11-13", new Place("Paris", "Île-de-France", "France", "FR", 48.85, 2.35), "Islamic State", 130, 416,
                    "Armed Assault", "Private Citizens & Property"),
            incident("q-brussels", "Bombings at Brussels airport and metro",
                    "ISIL claimed two suicide bombings at Zaventem airport and a bomb in the metro.",
                    "2016-03-22", new Place("Brussels", "Brussels Capital", "Belgium", "BE", 50.85, 4.35), "Islamic State", 32, 340,
                    "Bombing/Explosion", "Airports & Aircraft"),
            incident("q-kabul", "Suicide bomber strikes shrine in Kabul",
                    "A suicide bomber killed 33 people near a shrine in Kabul. Daesh said it carried out the bombing.",
                    "2018-03-21", new Place("Kabul", "Kabul", "Afghanistan", "AF", 34.5, 69.2), "Islamic State", 33, 65,
                    "Bombing/Explosion", "Religious Figures/Institutions"),
            incident("q-nairobi", "Gunmen attack Westgate mall in Nairobi",
                    "Al-Shabaab gunmen attacked the Westgate shopping mall in Nairobi. Kenyan forces ended the siege. "
                            + "Shoppers hid in a hotel nearby.",
                    "2013-09-21", new Place("Nairobi", "Nairobi", "Kenya", "KE", -1.28, 36.8), "Al-Shabaab", 67, null,
                    "Armed Assault", "Business"),
            incident("q-maiduguri", "Market bombing in Maiduguri",
                    "Two bombs exploded in a crowded market in Maiduguri. Officials blamed Boko Haram; a Malian trader was "
                            + "among the injured.",
                    "2014-07-01", new Place("Maiduguri", "Borno", "Nigeria", "NG", 11.85, 13.16), "Boko Haram", 56, null,
                    "Bombing/Explosion", "Business"),
            incident("q-undated", "Arson at a forestry depot",
                    "Trucks were set on fire at a forestry depot; nobody was hurt.",
                    null, Place.UNKNOWN, null, null, null, "Facility/Infrastructure Attack", "Business"));

    static IncidentRecord incident(String id, String title, String text, String date, Place place, String group,
                                   Integer killed, Integer injured, String attackType, String target) {
        List<GroupRef> groups = group == null ? List.of() : List.of(new GroupRef(group, GroupRole.CLAIMED, true));
        Incident f = new Incident(date, place, groups, killed, injured, null, null, List.of(attackType), List.of(target),
                List.of());
        SourceRef src = new SourceRef("a-" + id, title, "fixture.example", date, null, "fixtures/" + id + ".html", text);
        return new IncidentRecord(id, title, place.label(), f, List.of(), List.of(src));
    }

    public static void index(Path root) throws Exception {
        try (GenerationWriter w = IndexStore.at(root).beginGeneration("test")) {
            for (IncidentRecord r : INCIDENTS) w.add(r);
            w.publish("query-fixtures");
        }
    }

    /** The fixtures indexed under {@code root} and opened; the caller closes the live index. */
    public static LiveIndex open(Path root) throws Exception {
        index(root);
        LiveIndex live = new LiveIndex(IndexStore.at(root));
        live.refresh();
        return live;
    }
}
