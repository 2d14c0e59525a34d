package org.incidex.cli;

import org.incidex.extract.eval.RelevanceEvaluator;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code incidex eval relevance DIR}: false and missed incidents on pages labelled attack / no attack. */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = {"Evaluate whether incidents come only from pages that report attacks. DIR holds HTML pages and "
                + "a labels TSV (columns page, label = attack | no-attack, and optionally incidents, country, place, "
                + "killed, note; page relative to DIR).",
                "Prints the false incidents (any incident from a no-attack page), the missed pages (an attack page "
                        + "that yields none), pages whose number of incidents differs from the label, and the main "
                        + "incident's country, place and killed accuracy where labelled."})
final class EvalRelevance implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The directory of labelled pages.")
    Path dir;

    @Option(names = "--labels", paramLabel = "FILE", description = "The labels TSV (default: DIR/labels.tsv).")
    Path labels;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Keep incidents judged attacks with at least "
            + "this confidence, 0 to 1 (default: ${DEFAULT-VALUE}).", defaultValue = "0.5")
    double minConfidence;

    @Option(names = "--pages", description = "Also print a line for every page.")
    boolean pages;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new Cli.UserException("eval relevance: " + dir + " is not a directory");
        Path tsv = labels != null ? labels : dir.resolve("labels.tsv");
        if (!Files.isRegularFile(tsv)) throw new Cli.UserException("eval relevance: no labels file " + tsv);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new Cli.UserException("eval relevance: --min-confidence must be between 0 and 1, not "
                    + minConfidence);
        }
        RelevanceEvaluator.Report r;
        try {
            r = RelevanceEvaluator.createDefault().evaluate(dir, RelevanceEvaluator.readLabels(tsv), minConfidence);
        } catch (IllegalArgumentException e) {
            throw new Cli.UserException("eval relevance: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (pages) {
            for (RelevanceEvaluator.PageResult p : r.pages()) {
                out.printf(Locale.ROOT, "%-10s %2d/%-2d %s%s%n", p.label().attack() ? "attack" : "no-attack",
                        p.incidents().size(), p.label().incidents(), p.label().page(),
                        p.incidents().isEmpty() ? "" : "  " + describe(p.incidents().get(0)));
            }
            out.println();
        }
        List<RelevanceEvaluator.PageResult> errors = r.pages().stream().filter(p -> p.error() != null).toList();
        for (RelevanceEvaluator.PageResult p : errors) out.println("unreadable: " + p.error());
        out.printf(Locale.ROOT, "False incidents: %d of %d no-attack pages yield one (%.1f %%)%n",
                r.falseIncidents().size(),
                r.noAttackPages(), 100.0 * r.falseIncidents().size() / Math.max(1, r.noAttackPages()));
        for (RelevanceEvaluator.PageResult p : r.falseIncidents()) {
            for (Incident i : p.incidents()) out.println("  " + p.label().page() + ": " + describe(i));
        }
        long attack = r.attackPages();
        out.printf(Locale.ROOT, "Missed: %d of %d attack pages yield no incident (yield %.3f)%n", r.missed().size(),
                attack, attack == 0 ? 0 : 1 - (double) r.missed().size() / attack);
        for (RelevanceEvaluator.PageResult p : r.missed()) {
            out.println("  " + p.label().page() + ": " + p.label().note());
        }
        out.printf(Locale.ROOT, "Incident counts: %d of %d attack pages yield the labelled number%n",
                attack - r.missed().size() - r.countsOff().size(), attack);
        for (RelevanceEvaluator.PageResult p : r.countsOff()) {
            out.printf("  %s: %d, labelled %d%n", p.label().page(), p.incidents().size(), p.label().incidents());
        }
        for (RelevanceEvaluator.FieldScore f : r.fields()) {
            if (f.total() > 0) out.printf(Locale.ROOT, "Main incident %-8s %.3f (%d/%d)%n", f.field(), f.accuracy(),
                    f.correct(), f.total());
        }
        out.printf(Locale.ROOT, "(min confidence %.2f)%n", r.minConfidence());
        return errors.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    /** "Bamako, ML, 20 killed (0.93): the trigger sentence". */
    static String describe(Incident i) {
        StringBuilder sb = new StringBuilder();
        String where = i.place().city() != null ? i.place().city() : i.place().region() != null ? i.place().region()
                : i.place().countryCode();
        sb.append(where == null ? "(no place)" : where);
        if (i.place().countryCode() != null && where != null && !where.equals(i.place().countryCode())) {
            sb.append(", ").append(i.place().countryCode());
        }
        if (i.date() != null) sb.append(", ").append(i.date());
        if (i.killed() != null) sb.append(", ").append(i.killed()).append(" killed");
        sb.append(String.format(Locale.ROOT, " (%.2f)", i.confidence() == null ? 0 : i.confidence()));
        for (Evidence e : i.evidence()) {
            if (e.field().equals("attack")) {
                String t = e.text().replaceAll("\\s+", " ");
                sb.append(": \"").append(t.length() > 110 ? t.substring(0, 110) + "…" : t).append('"');
                break;
            }
        }
        return sb.toString();
    }
}
