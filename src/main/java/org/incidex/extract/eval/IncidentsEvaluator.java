package org.incidex.extract.eval;

import org.incidex.clean.ArticleCleaner;
import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.rules.RuleTable;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.Place;
import org.incidex.model.RejectedDocumentException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Does each attack of a long article come out whole, with nothing of another in it? Reads pages with a gold TSV of
 * every incident each page reports or recalls ({@code page, incident, date, country, city, killed, injured,
 * hostages, perpetrators_killed, group, note}; incident {@code main} for the article's main attack, {@code 2},
 * {@code 3} … for the others), cleans and extracts each page, and measures: the main incident's fields (where the
 * gold gives them), the other incidents found (an extracted incident after the first with the gold place and year),
 * extra incidents (extracted after the first, matching no gold row), and leaks: a main-incident value that is not the
 * main attack's but one of another attack the page names (a figure, a place, a year).
 */
public final class IncidentsEvaluator {
    /** The main incident's fields, in the order they are printed. */
    public static final List<String> FIELDS = List.of("date", "country", "place", "killed", "injured", "hostages",
            "perpetratorsKilled", "group");

    /** One gold incident; empty fields are null. */
    public record GoldIncident(String page, String id, String date, String country, String city, Integer killed,
                               Integer injured, Integer hostages, Integer perpetratorsKilled, String group,
                               String note) {
        public boolean main() {
            return id.equals("main");
        }
    }

    /** What one page yielded, what of it was wrong, and what leaked. */
    public record PageResult(String page, List<Incident> incidents, List<String> wrong, List<String> leaks,
                             int othersFound, int others, int extra, String error) {}

    /** A field compared on the pages whose gold gives it. */
    public record FieldScore(String field, int correct, int total) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** The whole run. */
    public record Report(List<PageResult> pages, List<FieldScore> fields, double minConfidence) {
        public int othersFound() {
            return pages.stream().mapToInt(PageResult::othersFound).sum();
        }

        public int others() {
            return pages.stream().mapToInt(PageResult::others).sum();
        }

        public int extra() {
            return pages.stream().mapToInt(PageResult::extra).sum();
        }

        public int leaks() {
            return pages.stream().mapToInt(p -> p.leaks().size()).sum();
        }

        /** All main-incident fields together: right values over compared values. */
        public FieldScore mainFields() {
            return new FieldScore("main", fields.stream().mapToInt(FieldScore::correct).sum(),
                    fields.stream().mapToInt(FieldScore::total).sum());
        }

        public FieldScore field(String name) {
            return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
        }
    }

    private final IncidentExtractor extractor;
    private final ArticleCleaner cleaner;
    private final ExtractionEvaluator places;

    public IncidentsEvaluator(IncidentExtractor extractor, ArticleCleaner cleaner, ExtractionEvaluator places) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.places = Objects.requireNonNull(places, "places");
    }

    public static IncidentsEvaluator createDefault() {
        return new IncidentsEvaluator(IncidentExtractor.shared(), new ArticleCleaner(),
                ExtractionEvaluator.createDefault());
    }

    /** Reads a gold file; a bad row is an {@link IllegalArgumentException} naming the file and line. */
    public static List<GoldIncident> readGold(Path tsv) throws IOException {
        RuleTable t = LabelledPages.read(tsv, "page", "incident");
        List<GoldIncident> out = new ArrayList<>();
        Map<String, Integer> mains = new LinkedHashMap<>();
        for (RuleTable.Row row : t.rows()) {
            String id = row.require("incident");
            if (!id.equals("main") && !id.matches("[1-9]\\d*")) {
                throw new IllegalArgumentException(row.where() + ": incident must be 'main' or a number, not '" + id
                        + "'");
            }
            String date = LabelledPages.optional(t, row, "date");
            if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException(row.where() + ": date must be YYYY, YYYY-MM or YYYY-MM-DD");
            }
            GoldIncident g = new GoldIncident(row.require("page"), id, date, LabelledPages.optional(t, row, "country"),
                    LabelledPages.optional(t, row, "city"), number(t, row, "killed"), number(t, row, "injured"),
                    number(t, row, "hostages"), number(t, row, "perpetrators_killed"), LabelledPages.optional(t, row, "group"),
                    LabelledPages.optional(t, row, "note"));
            if (g.main()) mains.merge(g.page(), 1, Integer::sum);
            out.add(g);
        }
        if (out.isEmpty()) throw new IllegalArgumentException(tsv + ": no gold incidents");
        for (GoldIncident g : out) {
            if (mains.getOrDefault(g.page(), 0) != 1) {
                throw new IllegalArgumentException(tsv + ": page " + g.page() + " needs exactly one 'main' row");
            }
        }
        return out;
    }

    private static Integer number(RuleTable t, RuleTable.Row row, String column) {
        String v = LabelledPages.optional(t, row, column);
        if (v == null) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(row.where() + ": " + column + " must be a whole number, not '" + v
                    + "'", e);
        }
    }

    /** Evaluates the pages of {@code gold} under {@code dir}, keeping incidents of at least {@code minConfidence}. */
    public Report evaluate(Path dir, List<GoldIncident> gold, double minConfidence) {
        Map<String, List<GoldIncident>> byPage = new LinkedHashMap<>();
        for (GoldIncident g : gold) byPage.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g);
        Map<String, int[]> score = new LinkedHashMap<>();
        for (String f : FIELDS) score.put(f, new int[2]);
        List<PageResult> results = new ArrayList<>();
        for (Map.Entry<String, List<GoldIncident>> e : byPage.entrySet()) {
            Path file = dir.resolve(e.getKey());
            List<Incident> found;
            try {
                found = LabelledPages.incidents(cleaner, extractor, dir, e.getKey(), minConfidence);
            } catch (IOException | RejectedDocumentException ex) {
                results.add(new PageResult(e.getKey(), List.of(), List.of(), List.of(), 0, 0, 0,
                        file + ": " + ex.getMessage()));
                continue;
            }
            results.add(page(e.getKey(), e.getValue(), found, score));
        }
        List<FieldScore> fields = new ArrayList<>();
        score.forEach((f, v) -> fields.add(new FieldScore(f, v[0], v[1])));
        return new Report(results, fields, minConfidence);
    }

    private PageResult page(String name, List<GoldIncident> gold, List<Incident> found, Map<String, int[]> score) {
        GoldIncident want = gold.stream().filter(GoldIncident::main).findFirst().orElseThrow();
        List<GoldIncident> others = gold.stream().filter(g -> !g.main()).toList();
        Incident got = found.isEmpty() ? null : found.get(0);
        Place p = got == null ? Place.UNKNOWN : got.place();
        List<String> wrong = new ArrayList<>();
        compare(score, wrong, "date", want.date(), got == null ? null : got.date(), (w, g) -> sameDate(w, g));
        compare(score, wrong, "country", want.country(), p.countryCode(),
                (w, g) -> Objects.equals(places.countryCode(w), g));
        compare(score, wrong, "place", want.city(), describe(p), (w, g) -> places.samePlace(w, p));
        compare(score, wrong, "killed", want.killed(), got == null ? null : got.killed(), Objects::equals);
        compare(score, wrong, "injured", want.injured(), got == null ? null : got.injured(), Objects::equals);
        compare(score, wrong, "hostages", want.hostages(), got == null ? null : got.hostages(), Objects::equals);
        compare(score, wrong, "perpetratorsKilled", want.perpetratorsKilled(),
                got == null ? null : got.perpetratorsKilled(), Objects::equals);
        List<String> groups = got == null ? List.of() : got.groups().stream()
                .filter(g -> g.role() != GroupRole.MENTIONED).map(GroupRef::name).toList();
        compare(score, wrong, "group", want.group(), String.join("|", groups),
                (w, g) -> groups.stream().anyMatch(x -> places.sameGroup(w, x)));
        List<String> leaks = got == null ? List.of() : leaks(want, others, got);
        int othersFound = 0;
        List<Incident> rest = found.size() > 1 ? found.subList(1, found.size()) : List.of();
        boolean[] used = new boolean[rest.size()];
        for (GoldIncident o : others) {
            for (int i = 0; i < rest.size(); i++) {
                if (!used[i] && matches(o, rest.get(i))) {
                    used[i] = true;
                    othersFound++;
                    break;
                }
            }
        }
        int extra = 0;
        for (boolean u : used) if (!u) extra++;
        return new PageResult(name, found, wrong, leaks, othersFound, others.size(), extra, null);
    }

    private static <T> void compare(Map<String, int[]> score, List<String> wrong, String field, T want, Object got,
                                    java.util.function.BiPredicate<T, Object> same) {
        if (want == null) return;
        int[] v = score.get(field);
        v[1]++;
        if (got != null && same.test(want, got)) v[0]++;
        else wrong.add(field + ": want " + want + ", got " + got);
    }

    /** A gold date and an extracted one: the same at the gold's precision (an extracted day within a gold month). */
    static boolean sameDate(String want, Object got) {
        String g = String.valueOf(got);
        return g.length() >= want.length() && g.startsWith(want);
    }

    /** Another incident of the page is this extracted one: the same place (or country) and year where gold has them. */
    private boolean matches(GoldIncident o, Incident i) {
        Place p = i.place();
        boolean place = o.city() != null ? places.samePlace(o.city(), p)
                : o.country() != null && Objects.equals(places.countryCode(o.country()), p.countryCode());
        boolean year = o.date() == null || i.date() != null && i.date().startsWith(o.date().substring(0, 4));
        return place && year;
    }

    /** Values of the main incident that are not the main attack's but another's on the page. */
    private List<String> leaks(GoldIncident want, List<GoldIncident> others, Incident got) {
        List<String> out = new ArrayList<>();
        leak(out, "killed", want, others, got.killed(), GoldIncident::killed);
        leak(out, "injured", want, others, got.injured(), GoldIncident::injured);
        leak(out, "hostages", want, others, got.hostages(), GoldIncident::hostages);
        for (GoldIncident o : others) {
            if (o.city() != null && places.samePlace(o.city(), got.place())
                    && (want.city() == null || !places.samePlace(want.city(), got.place()))) {
                out.add("place " + o.city() + " of incident " + o.id());
            }
            if (o.date() != null && want.date() != null && got.date() != null
                    && !o.date().substring(0, 4).equals(want.date().substring(0, 4))
                    && got.date().startsWith(o.date().substring(0, 4))) {
                out.add("year " + o.date().substring(0, 4) + " of incident " + o.id());
            }
        }
        return out;
    }

    private static void leak(List<String> out, String field, GoldIncident want, List<GoldIncident> others,
                             Integer got, Function<GoldIncident, Integer> value) {
        if (got == null || got.equals(value.apply(want))) return;
        for (GoldIncident o : others) {
            if (got.equals(value.apply(o))) {
                out.add(field + " " + got + " of incident " + o.id());
                return;
            }
        }
    }

    private static String describe(Place p) {
        return p.city() != null ? p.city() : p.region() != null ? p.region() : p.country();
    }
}
