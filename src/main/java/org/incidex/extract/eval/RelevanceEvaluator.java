package org.incidex.extract.eval;

import org.incidex.clean.ArticleCleaner;
import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.rules.RuleTable;
import org.incidex.model.Incident;
import org.incidex.model.RejectedDocumentException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Does the extractor find attacks only where a reader does? Reads pages labelled {@code attack} / {@code no-attack}
 * in a TSV ({@code page, label, incidents, country, place, killed, note}: page relative to the pages directory;
 * incidents the number of attacks a reader finds; country, place and killed the main attack's, optional), cleans and
 * extracts each, and counts false incidents (any incident on a no-attack page), missed pages (an attack page with
 * none), pages whose number of incidents differs from the label, and the main incident's country, place and killed
 * where labelled. Thread-safe if the extractor is; one evaluation at a time per instance is simplest.
 */
public final class RelevanceEvaluator {
    /** One page's label. */
    public record Label(String page, boolean attack, int incidents, String country, String place, Integer killed,
                        String note) {}

    /** What one page yielded. {@code error} is set when the page could not be read or cleaned. */
    public record PageResult(Label label, List<Incident> incidents, String error) {
        public boolean falseIncident() {
            return !label.attack() && !incidents.isEmpty();
        }

        public boolean missed() {
            return label.attack() && incidents.isEmpty();
        }
    }

    /** A field compared on the attack pages that label it. */
    public record FieldScore(String field, int correct, int total) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** The whole run. */
    public record Report(List<PageResult> pages, List<FieldScore> fields, double minConfidence) {
        public long attackPages() {
            return pages.stream().filter(p -> p.label().attack()).count();
        }

        public long noAttackPages() {
            return pages.size() - attackPages();
        }

        public List<PageResult> falseIncidents() {
            return pages.stream().filter(PageResult::falseIncident).toList();
        }

        public List<PageResult> missed() {
            return pages.stream().filter(PageResult::missed).toList();
        }

        /** Attack pages whose number of incidents is not the labelled one. */
        public List<PageResult> countsOff() {
            return pages.stream().filter(p -> p.label().attack() && !p.incidents().isEmpty()
                    && p.incidents().size() != p.label().incidents()).toList();
        }

        public FieldScore field(String name) {
            return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
        }
    }

    private final IncidentExtractor extractor;
    private final ArticleCleaner cleaner;
    private final ExtractionEvaluator places;

    public RelevanceEvaluator(IncidentExtractor extractor, ArticleCleaner cleaner, ExtractionEvaluator places) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.places = Objects.requireNonNull(places, "places");
    }

    public static RelevanceEvaluator createDefault() {
        return new RelevanceEvaluator(IncidentExtractor.shared(), new ArticleCleaner(),
                ExtractionEvaluator.createDefault());
    }

    /** Reads a label file; a bad row is an {@link IllegalArgumentException} naming the file and line. */
    public static List<Label> readLabels(Path tsv) throws IOException {
        RuleTable t = LabelledPages.read(tsv, "page", "label");
        List<Label> out = new ArrayList<>();
        for (RuleTable.Row row : t.rows()) {
            String label = row.get("label");
            if (!label.equals("attack") && !label.equals("no-attack")) {
                throw new IllegalArgumentException(row.where() + ": label must be 'attack' or 'no-attack', not '"
                        + label + "'");
            }
            boolean attack = label.equals("attack");
            int incidents = attack ? 1 : 0;
            Integer killed = null;
            try {
                if (t.columns().contains("incidents") && !row.get("incidents").isEmpty()) {
                    incidents = Integer.parseInt(row.get("incidents"));
                }
                if (t.columns().contains("killed") && !row.get("killed").isEmpty()) {
                    killed = Integer.parseInt(row.get("killed"));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(row.where() + ": incidents and killed must be whole numbers", e);
            }
            if (attack != incidents > 0) {
                throw new IllegalArgumentException(row.where() + ": an attack page has at least one incident, "
                        + "a no-attack page none");
            }
            out.add(new Label(row.require("page"), attack, incidents, LabelledPages.optional(t, row, "country"), LabelledPages.optional(t, row, "place"),
                    killed, LabelledPages.optional(t, row, "note")));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(tsv + ": no labelled pages");
        return out;
    }

    /** Evaluates the pages of {@code labels} under {@code dir}, keeping incidents of at least {@code minConfidence}. */
    public Report evaluate(Path dir, List<Label> labels, double minConfidence) {
        List<PageResult> results = new ArrayList<>();
        int[] country = new int[2];
        int[] place = new int[2];
        int[] killed = new int[2];
        for (Label l : labels) {
            Path file = dir.resolve(l.page());
            List<Incident> found;
            try {
                found = LabelledPages.incidents(cleaner, extractor, dir, l.page(), minConfidence);
            } catch (IOException | RejectedDocumentException e) {
                results.add(new PageResult(l, List.of(), file + ": " + e.getMessage()));
                continue;
            }
            results.add(new PageResult(l, found, null));
            if (!l.attack()) continue;
            Incident main = found.isEmpty() ? null : found.get(0);
            if (l.country() != null) {
                String code = places.countryCode(l.country());
                tally(country, main != null && code != null && code.equals(main.place().countryCode()));
            }
            if (l.place() != null) tally(place, main != null && places.samePlace(List.of(l.place()), main.place()));
            if (l.killed() != null) tally(killed, main != null && l.killed().equals(main.killed()));
        }
        return new Report(results, List.of(new FieldScore("country", country[0], country[1]),
                new FieldScore("place", place[0], place[1]), new FieldScore("killed", killed[0], killed[1])),
                minConfidence);
    }

    private static void tally(int[] score, boolean ok) {
        score[1]++;
        if (ok) score[0]++;
    }
}
