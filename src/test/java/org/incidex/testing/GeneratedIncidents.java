package org.incidex.testing;

import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Generated incidents for size and safety tests: written straight into a generation (no pipeline), so thousands
 * index in seconds. Incident {@code i} is deterministic: country {@code i % 5}, a group for two in three, a date for
 * all but every tenth, coordinates for all but every seventh, {@code i % 100} killed.
 */
public final class GeneratedIncidents {
    private static final String[][] PLACES = {
            {"Bamako", "Bamako", "Mali", "ML", "12.65", "-8.0"},
            {"Kabul", "Kabul", "Afghanistan", "AF", "34.52", "69.18"},
            {"Nairobi", "Nairobi County", "Kenya", "KE", "-1.29", "36.82"},
            {"Maiduguri", "Borno State", "Nigeria", "NG", "11.85", "13.16"},
            {"Lima", "Lima", "Peru", "PE", "-12.05", "-77.04"}};
    private static final String[] GROUPS = {"Al-Mourabitoun", "Boko Haram", "Al-Shabaab"};
    private static final String[] WORDS = {"bombing", "market", "convoy", "checkpoint", "hotel", "embassy", "bus",
            "mosque", "police", "village"};

    private GeneratedIncidents() {}

    public static IncidentRecord incident(int i) {
        String[] p = PLACES[i % PLACES.length];
        boolean located = i % 7 != 0;
        Place place = new Place(p[0], p[1], p[2], p[3], located ? Double.valueOf(p[4]) : null,
                located ? Double.valueOf(p[5]) : null);
        String date = i % 10 == 0 ? null : LocalDate.of(1970, 1, 1).plusDays(i * 7L % 20_000).toString();
        List<GroupRef> groups = i % 3 == 2 ? List.of() : List.of(new GroupRef(GROUPS[i % GROUPS.length], GroupRole.CLAIMED, true));
        String word = WORDS[i % WORDS.length];
        String title = "Synthetic " + word + " attack " + i + " in " + p[0];
        String text = "Report " + i + ": a " + word + " attack in " + p[0] + ", " + p[2] + ". " + (i % 100)
                + " people were killed, officials said, and the " + word + " was closed.";
        Incident f = new Incident(date, place, groups, i % 100, i % 13, null, null, List.of("Armed Assault"),
                List.of("Business"), List.of());
        SourceRef src = new SourceRef("src-" + i, title, "Synthetic Wire", date, null,
                "https://synthetic.example/" + i, text);
        return new IncidentRecord(String.format("inc-syn%07d", i), title, text, f, List.of(), List.of(src));
    }

    /** Publishes a generation of incidents {@code 0..count-1} into {@code root}. */
    public static void index(Path root, int count) throws IOException {
        try (GenerationWriter w = IndexStore.at(root).beginGeneration("synthetic")) {
            for (int i = 0; i < count; i++) w.add(incident(i));
            w.publish("synthetic-" + count);
        }
    }

    /** Publishes exactly these records into {@code root}. */
    public static void index(Path root, List<IncidentRecord> records) throws IOException {
        try (GenerationWriter w = IndexStore.at(root).beginGeneration("test")) {
            for (IncidentRecord r : records) w.add(r);
            w.publish("records-" + records.size());
        }
    }
}
