package org.incidex.extract.eval;

import org.incidex.extract.group.GroupFinder;
import org.incidex.extract.group.GroupLexicon;
import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.text.Tokens;
import org.incidex.extract.gazetteer.City;
import org.incidex.extract.gazetteer.Country;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;
import org.incidex.model.Article;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.Place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures extraction on a CSV laid out like Wikipedia's incident lists (Date, Type, Dead, Injured, Location, Details,
 * Perpetrator): each Details text (citation marks removed) becomes an article published on the row's Date, and the
 * main incident extracted from it is compared with the row — country, place (the Location's first part: a city or
 * region), dead (victims; an extracted null counts as 0), injured, attack type, and perpetrator (only rows whose
 * Details text names the perpetrator). Rows whose gold value is unknown are left out of that field.
 * Not thread-safe: one per run.
 */
public final class ExtractionEvaluator {
    /** Fields in report order. */
    public static final List<String> FIELDS = List.of("country", "place", "dead", "injured", "attackType", "perpetrator");

    private final IncidentExtractor extractor;
    private final Gazetteer gazetteer;
    private final GroupLexicon groups;
    private final GroupFinder groupFinder;

    public ExtractionEvaluator(IncidentExtractor extractor, Gazetteer gazetteer, GroupLexicon groups) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.groupFinder = new GroupFinder(groups);
    }

    public static ExtractionEvaluator createDefault() {
        return new ExtractionEvaluator(IncidentExtractor.shared(), Gazetteer.shared(), GroupLexicon.shared());
    }

    /** One field's score. */
    public record FieldScore(String field, int correct, int total) {
        public double accuracy() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }

    /** A wrong value: the row (1-based, header excluded), the field, what the row says, what was extracted. */
    public record Miss(int row, String field, String expected, String got, String text) {}

    /** The whole run. */
    public record Report(int rows, List<FieldScore> fields, double msPerArticle, List<Miss> misses, int yielded,
                         double minConfidence) {
        /** The share of rows that yield a main incident judged an attack with at least {@link #minConfidence}. */
        public double yield() {
            return rows == 0 ? 0 : (double) yielded / rows;
        }

        public FieldScore field(String name) {
            return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
        }
    }

    /** {@link #evaluate(Path, double)} with the knowledge base's default minimum confidence. */
    public Report evaluate(Path csv) throws IOException {
        return evaluate(csv, org.incidex.extract.event.AttackJudge.DEFAULT_MIN_CONFIDENCE);
    }

    /**
     * Every row's Details text extracted as an article published on its Date; the main incident is the first one
     * judged an attack with at least {@code minConfidence} (0: the first candidate, however unsure: the fields as
     * read, whatever the judge says).
     */
    public Report evaluate(Path csv, double minConfidence) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        if (rows.isEmpty()) throw new IllegalArgumentException(csv + " is empty");
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) col.put(rows.get(0).get(i).strip(), i);
        for (String need : List.of("Date", "Type", "Dead", "Injured", "Location", "Details", "Perpetrator")) {
            if (!col.containsKey(need)) throw new IllegalArgumentException(csv + ": no '" + need + "' column in the header");
        }
        Map<String, int[]> score = new LinkedHashMap<>();
        FIELDS.forEach(f -> score.put(f, new int[2]));
        List<Miss> misses = new ArrayList<>();
        long nanos = 0;
        int n = 0;
        int yielded = 0;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() < col.size()) continue;
            Gold g = Gold.of(r, get(row, col, "Date"), get(row, col, "Type"), get(row, col, "Dead"),
                    get(row, col, "Injured"), get(row, col, "Location"), get(row, col, "Details"), get(row, col, "Perpetrator"));
            Article a = new Article("row-" + r, csv.getFileName() + ":" + r, null, null, null, "en",
                    g.date() == null ? null : g.date().toString(), null, g.details());
            long t0 = System.nanoTime();
            List<Incident> found = extractor.extract(a, minConfidence);
            nanos += System.nanoTime() - t0;
            n++;
            Incident main = found.isEmpty() ? null : found.get(0);
            if (main != null) yielded++;
            Place p = main == null ? Place.UNKNOWN : main.place();
            check(score, misses, g, "country", countryCode(g.country()), p.countryCode());
            if (g.place() != null) {
                boolean ok = samePlace(g.places(), p);
                count(score, misses, g, "place", ok, String.join(" | ", g.places()), describe(p));
            }
            int killed = main == null || main.killed() == null ? 0 : main.killed();
            int injured = main == null || main.injured() == null ? 0 : main.injured();
            if (g.dead() != null) check(score, misses, g, "dead", g.dead(), killed);
            if (g.injured() != null) check(score, misses, g, "injured", g.injured(), injured);
            if (!g.attackTypes().isEmpty()) {
                String got = main == null || main.attackTypes().isEmpty() ? null : main.attackTypes().get(0);
                count(score, misses, g, "attackType", g.attackTypes().contains(got), String.join("|", g.attackTypes()), got);
            }
            String named = namedPerpetrator(g);
            if (named != null) {
                List<String> got = main == null ? List.of() : main.groups().stream()
                        .filter(x -> x.role() != GroupRole.MENTIONED).map(GroupRef::name).toList();
                boolean ok = got.stream().anyMatch(x -> Tokens.key(x).equals(Tokens.key(named)));
                count(score, misses, g, "perpetrator", ok, named, String.join("|", got));
            }
        }
        List<FieldScore> fields = new ArrayList<>();
        score.forEach((f, v) -> fields.add(new FieldScore(f, v[0], v[1])));
        return new Report(n, fields, n == 0 ? 0 : nanos / 1e6 / n, misses, yielded, minConfidence);
    }

    /** "Sokolo < Niono Cercle < Ségou": the extracted city, district and region that were compared; null when none. */
    static String describe(Place p) {
        List<String> parts = new ArrayList<>();
        for (String x : java.util.Arrays.asList(p.city(), p.district(), p.region())) if (x != null) parts.add(x);
        return parts.isEmpty() ? null : String.join(" < ", parts);
    }

    private static String get(List<String> row, Map<String, Integer> col, String name) {
        return row.get(col.get(name));
    }

    String countryCode(String name) {
        if (name == null) return null;
        return gazetteer.country(name).map(Country::code2).orElse(null);
    }

    /**
     * The gold place (any of them, when the row lists several) is the extracted city, district or region: the same
     * name ignoring accents, case and words like "District" ({@link #sameName}), or a gazetteer entry of that name.
     */
    boolean samePlace(List<String> golds, Place p) {
        for (String gold : golds) if (samePlace(gold, p)) return true;
        return false;
    }

    boolean samePlace(String gold, Place p) {
        for (String part : java.util.Arrays.asList(p.city(), p.district(), p.region())) {
            if (part != null && sameName(gold, part)) return true;
        }
        String g = bare(gold);
        // The gold name as written and without its administrative word ("Hawija District" is Hawija's district).
        for (String name : java.util.Set.of(gold, g)) {
            if (name.isEmpty()) continue;
            for (City c : gazetteer.cities(name)) {
                if (c.name().equals(p.city()) && c.countryCode().equals(p.countryCode())) return true;
            }
            for (Region r : gazetteer.regions(name)) {
                if (r.name().equals(p.region()) && p.city() == null && r.countryCode().equals(p.countryCode())) return true;
            }
        }
        return false;
    }

    /**
     * Two spellings of one place name: equal once accents, case and administrative words are dropped, or equal up to
     * the variation of romanised names ({@link #loose}: "Qaysar"/"Qaisar", "Rawah"/"Rawa", "Pusht Rod"/"Pusht-e
     * Rod", "Saydabad"/"Sayeed Abad"), or, for names of five letters or more, one letter apart (one added, dropped,
     * changed or two swapped: "Gereshk"/"Greshk", "Badghis"/"Baghdis", "Afgooye"/"Afgoye").
     */
    static boolean sameName(String a, String b) {
        String x = bare(a), y = bare(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.equals(y)) return true;
        String lx = loose(x), ly = loose(y);
        if (lx.equals(ly)) return lx.length() >= 3;
        return Math.max(lx.length(), ly.length()) >= 5 && editDistanceAtMostOne(lx, ly);
    }

    /**
     * A bare name's romanisation-neutral form: one-letter connectors ("Pusht-e Rod", "Qala-i-Zal") and leading
     * Arabic articles dropped, then spaces removed, "y" as "i", "q" as "k", "oo"/"ou" as "u", "ee" as "i", a final
     * "h" after a vowel dropped, and doubled letters written once.
     */
    static String loose(String bare) {
        String s = (" " + bare + " ").replaceAll(" (?:[a-z]) ", " ").replaceAll("^ (?:al|el|ad|an|ar|as|ash|at|az) ", " ")
                .replace(" ", "");
        s = s.replace('y', 'i').replace('q', 'k').replace("oo", "u").replace("ou", "u").replace("ee", "i")
                .replaceAll("(?<=[aeiou])h$", "");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1)) continue;
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    /** Optimal-string-alignment distance of at most one: one insertion, deletion, substitution or swap. */
    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (i == a.length() && i == b.length()) return true;
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;                  // one changed
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));                         // two swapped
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    static String bare(String name) {
        return Tokens.key(name).replaceAll("\\b(?:district|province|state|region|governorate|county|department|city"
                + "|municipality|prefecture|division|oblast|territory|area|town|village|tehsil|subdivision|agency|cercle"
                + "|township|commune|regency|canton|lga|local government(?: area| council)?|sub ?district|upazila)\\b", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** A name with its short form in brackets: "Islamic State Khorasan (ISIS-K)". */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("^(.+?)\\s*\\((.+)\\)$");

    /**
     * A gold group name and an extracted one: the same group of the list (by any of its names, and by the name and
     * the short name of "Islamic State Khorasan (ISIS-K)" each), or the same words.
     */
    boolean sameGroup(String gold, String got) {
        List<String> names = new ArrayList<>(List.of(gold));
        java.util.regex.Matcher m = BRACKETED.matcher(gold.strip());
        if (m.matches()) names.addAll(List.of(m.group(1), m.group(2)));
        for (String name : names) {
            String canonical = groups.find(name).map(x -> x.name()).orElse(name);
            if (Tokens.key(canonical).equals(Tokens.key(got)) || Tokens.key(name).equals(Tokens.key(got))) return true;
        }
        return false;
    }

    /** The canonical name of the row's perpetrator when the Details text names it, else null. */
    String namedPerpetrator(Gold g) {
        if (g.perpetrator() == null) return null;
        var inList = groups.find(g.perpetrator());
        if (inList.isPresent()) {
            String canonical = inList.get().name();
            boolean named = groupFinder.find(g.details()).stream().anyMatch(m -> m.name().equals(canonical));
            return named ? canonical : null;
        }
        return Tokens.key(g.details()).contains(Tokens.key(g.perpetrator())) ? g.perpetrator() : null;
    }

    private static void check(Map<String, int[]> score, List<Miss> misses, Gold g, String field, Object want, Object got) {
        if (want == null) return;
        count(score, misses, g, field, Objects.equals(want, got), String.valueOf(want), got == null ? null : String.valueOf(got));
    }

    private static void count(Map<String, int[]> score, List<Miss> misses, Gold g, String field, boolean ok, String want,
                              String got) {
        int[] v = score.get(field);
        v[1]++;
        if (ok) v[0]++;
        else misses.add(new Miss(g.row(), field, want, got, g.details()));
    }
}
