package org.incidex.extract.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a Wikipedia-style incident list, read into gold values. Unknown or unreadable values are null, and the
 * evaluator leaves that field of that row out. Public for {@code kb}'s incident-list import, which reads rows the same
 * way. Immutable.
 *
 * @param country     the Location's last part ("Pakistan"), or the whole Location when it has no comma
 * @param place       the Location's first part when it has more than one ("Chaman"), else null
 * @param places      every place the Location lists where it lists several ("Kilis and Reyhanlı, Turkey"; "Los
 *                    Álamos, Los Sauces and Santa Bárbara, Chile"), else just {@code place}; empty when that is null
 * @param dead        victims killed: the number before "(+N)"; "+N" alone means no victim; blank means 0
 * @param injured     the first number; blank means 0; words ("Several", "Kidnapped") make it unknown
 * @param perpetrator the perpetrator without "(suspected)" and the like, or null
 * @param attackTypes GTD attack types the row's Type names
 */
public record Gold(int row, LocalDate date, String country, String place, Integer dead, Integer injured, String perpetrator,
            Set<String> attackTypes, String details, java.util.List<String> places) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern LEADING = Pattern.compile("^\\s*(\\d+)");
    private static final Pattern CITATION = Pattern.compile("\\[\\s*(?:\\d+|citation needed|note \\d+)\\s*]");

    public static Gold of(int row, String date, String type, String dead, String injured, String location, String details,
                   String perpetrator) {
        String[] parts = location.split(",");
        String country = parts[parts.length - 1].strip();
        String place = parts.length > 1 ? parts[0].strip().replaceFirst("(?i)^near\\s+", "") : null;
        if (place != null && place.isEmpty()) place = null;
        return new Gold(row, date(date), country.isEmpty() ? null : country, place,
                dead(dead), injured(injured), perpetrator(perpetrator), attackTypes(type),
                CITATION.matcher(details).replaceAll("").strip(), places(parts, place));
    }

    /**
     * The places a Location lists: when a part before the country holds " and " the parts before the country are one
     * list ("A, B and C, Country" → A, B, C); otherwise only the first part names the place (the others contain it:
     * "Balbalan, Kalinga, Philippines").
     */
    static java.util.List<String> places(String[] parts, String first) {
        if (first == null) return java.util.List.of();
        java.util.List<String> out = new java.util.ArrayList<>();
        boolean list = false;
        for (int i = 0; i < parts.length - 1; i++) list |= parts[i].matches("(?i).*\\sand\\s.*");
        if (!list) return java.util.List.of(first);
        for (int i = 0; i < parts.length - 1; i++) {
            for (String p : parts[i].split("(?i)\\s+and\\s+")) {
                String t = p.strip().replaceFirst("(?i)^(?:and|near)\\s+", "");
                if (!t.isEmpty()) out.add(t);
            }
        }
        return java.util.List.copyOf(out);
    }

    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer dead(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0;
        if (t.startsWith("+")) return 0;
        Matcher m = LEADING.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static Integer injured(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0;
        if (t.replaceAll("\\(\\+\\d+\\)", "").matches(".*[A-Za-z].*")) return null;
        if (t.startsWith("+")) return 0;
        Matcher m = LEADING.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static String perpetrator(String s) {
        String t = s.replaceAll("\\((?i:suspected|alleged|claimed|presumed|disputed|unconfirmed)\\)", "").strip();
        if (t.isEmpty() || t.equalsIgnoreCase("unknown") || t.equalsIgnoreCase("none")) return null;
        return t;
    }

    /** GTD attack types named by a Type value such as "Shooting, arson" or "Suicide car bombing". */
    static Set<String> attackTypes(String type) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : type.toLowerCase(Locale.ROOT).split("[,/;&]|\\band\\b")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (p.matches(".*(bomb|explos|grenade|rocket|mortar|\\bied\\b|shell|missile|landmine|mine).*")) out.add("Bombing/Explosion");
            else if (p.matches(".*(kidnap|abduct).*")) out.add("Hostage Taking (Kidnapping)");
            else if (p.matches(".*(hostage|siege).*")) out.add("Hostage Taking (Barricade Incident)");
            else if (p.matches(".*(assassinat|execution|beheading).*")) out.add("Assassination");
            else if (p.matches(".*(hijack).*")) out.add("Hijacking");
            else if (p.matches(".*(arson|fire|sabotage|vandal|destruction).*")) out.add("Facility/Infrastructure Attack");
            else if (p.matches(".*(vehicle|ramming|poison|chemical|acid|beating|lynch).*")) out.add("Unarmed Assault");
            else if (p.matches(".*(shoot|ambush|stab|massacre|gun|raid|attack|assault|knife|machete|clash).*")) out.add("Armed Assault");
        }
        return out;
    }
}
