package org.incidex.cli;

import org.incidex.extract.eval.IncidentsEvaluator;
import org.incidex.model.Incident;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code incidex eval incidents DIR}: each attack of long pages whole, and nothing of one in another. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"Evaluate the incidents of long articles against gold. DIR holds HTML pages and a gold TSV "
                + "(columns page, incident = main | 2 | 3 …, and optionally date, country, city, killed, injured, "
                + "hostages, perpetrators_killed, group, note; one row per attack a page reports or recalls).",
                "Prints the main incident's fields, the other incidents found, extra incidents, and leaks (a main "
                        + "incident's figure, place or year that is another attack's)."})
final class EvalIncidents implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The directory of pages.")
    Path dir;

    @Option(names = "--gold", paramLabel = "FILE", description = "The gold TSV (default: DIR/gold.tsv).")
    Path gold;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Keep incidents judged attacks with at least "
            + "this confidence, 0 to 1 (default: ${DEFAULT-VALUE}).", defaultValue = "0.5")
    double minConfidence;

    @Option(names = "--pages", description = "Also print what is wrong on every page.")
    boolean pages;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new Cli.UserException("eval incidents: " + dir + " is not a directory");
        Path tsv = gold != null ? gold : dir.resolve("gold.tsv");
        if (!Files.isRegularFile(tsv)) throw new Cli.UserException("eval incidents: no gold file " + tsv);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new Cli.UserException("eval incidents: --min-confidence must be between 0 and 1, not "
                    + minConfidence);
        }
        IncidentsEvaluator.Report r;
        try {
            r = IncidentsEvaluator.createDefault().evaluate(dir, IncidentsEvaluator.readGold(tsv), minConfidence);
        } catch (IllegalArgumentException e) {
            throw new Cli.UserException("eval incidents: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        for (IncidentsEvaluator.PageResult p : r.pages()) {
            if (p.error() != null) {
                out.println("unreadable: " + p.error());
                failed = true;
                continue;
            }
            if (!pages || p.wrong().isEmpty() && p.leaks().isEmpty() && p.extra() == 0
                    && p.othersFound() == p.others()) {
                continue;
            }
            out.printf(Locale.ROOT, "%s: %d incidents, others found %d/%d, extra %d%n", p.page(),
                    p.incidents().size(), p.othersFound(), p.others(), p.extra());
            for (String w : p.wrong()) out.println("  main " + w);
            for (String l : p.leaks()) out.println("  leak: " + l);
            for (Incident i : p.incidents()) out.println("  - " + EvalRelevance.describe(i));
        }
        out.printf(Locale.ROOT, "Pages: %d%n", r.pages().size());
        IncidentsEvaluator.FieldScore all = r.mainFields();
        out.printf(Locale.ROOT, "Main incident fields %.3f (%d/%d)%n", all.accuracy(), all.correct(), all.total());
        for (IncidentsEvaluator.FieldScore f : r.fields()) {
            if (f.total() > 0) out.printf(Locale.ROOT, "  %-18s %.3f (%d/%d)%n", f.field(), f.accuracy(),
                    f.correct(), f.total());
        }
        out.printf(Locale.ROOT, "Other incidents found %.3f (%d/%d); extra incidents %d%n",
                r.others() == 0 ? 0 : (double) r.othersFound() / r.others(), r.othersFound(), r.others(), r.extra());
        out.printf(Locale.ROOT, "Leaks %d (pages with a leak: %d)%n", r.leaks(),
                r.pages().stream().filter(p -> !p.leaks().isEmpty()).count());
        out.printf(Locale.ROOT, "(min confidence %.2f)%n", r.minConfidence());
        return failed ? Cli.FAILED : Cli.OK;
    }
}
