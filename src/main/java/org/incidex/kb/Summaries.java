package org.incidex.kb;

import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Titles and one-sentence summaries made from an incident's fields. Thread-safe: stateless. */
public final class Summaries {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Summaries() {}

    /** "Armed Assault in Sévaré, Mali, August 2015" — for incidents no article is about. */
    public static String title(Incident i) {
        String what = i.attackTypes().isEmpty() ? "Attack" : i.attackTypes().get(0);
        StringBuilder sb = new StringBuilder(what);
        String place = i.place().label();
        if (!place.isEmpty()) sb.append(" in ").append(place);
        String date = humanDate(i.date());
        if (date != null) sb.append(", ").append(date);
        return sb.toString();
    }

    /** "20 November 2015, Bamako, Mali: Armed Assault on Business; 20 killed, 170 hostages; claimed by Al-Mourabitoun." */
    public static String summary(Incident i) {
        StringBuilder sb = new StringBuilder();
        String date = humanDate(i.date());
        String place = i.place().label();
        if (date != null) sb.append(date);
        if (!place.isEmpty()) sb.append(sb.isEmpty() ? "" : ", ").append(place);
        if (!sb.isEmpty()) sb.append(": ");
        sb.append(i.attackTypes().isEmpty() ? "Attack" : String.join(" and ", i.attackTypes()));
        if (!i.targets().isEmpty()) sb.append(" on ").append(String.join(" and ", i.targets()).toLowerCase(Locale.ROOT));
        List<String> figures = new ArrayList<>();
        if (i.killed() != null) figures.add(i.killed() + " killed");
        if (i.injured() != null) figures.add(i.injured() + " injured");
        if (i.hostages() != null) figures.add(i.hostages() + " hostages");
        if (!figures.isEmpty()) sb.append("; ").append(String.join(", ", figures));
        List<String> by = new ArrayList<>();
        for (GroupRef g : i.groups()) {
            if (g.role() == GroupRole.MENTIONED) continue;
            by.add(g.role().wireName() + (g.role() == GroupRole.SUSPECTED ? ": " : " by ") + g.name());
        }
        if (!by.isEmpty()) sb.append("; ").append(String.join("; ", by));
        return sb.append('.').toString();
    }

    static String humanDate(String date) {
        if (date == null) return null;
        return switch (date.length()) {
            case 10 -> LocalDate.parse(date).format(DAY);
            case 7 -> Month.of(Integer.parseInt(date.substring(5))).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + date.substring(0, 4);
            default -> date;
        };
    }
}
