package org.incidex.cli;

import org.incidex.clean.ArticleCleaner;
import org.incidex.clean.eval.CleaningEvaluator;
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

/** {@code incidex eval ...}: quality reports on labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on labelled data.",
        subcommands = {EvalCommand.Cleaning.class, EvalExtraction.class, EvalIncidents.class, EvalRelevance.class,
                EvalSearch.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name what to evaluate: cleaning, extraction, relevance or search");
    }

    /** {@code incidex eval cleaning DIR}: body P/R/F1, title, byline and date per case, means, pages/s. */
    @Command(name = "cleaning", mixinStandardHelpOptions = true,
            description = {"Evaluate article cleaning on DIR, laid out as CASE/source.html, CASE/expected.html and "
                    + "CASE/expected-metadata.json (like Mozilla Readability's test pages).",
                    "Body F1 uses the article-extraction benchmark's metric: 4-token shingles of \\w+ tokens, per-page "
                    + "TP/FP/FN normalised by their sum, precision and recall averaged over pages, F1 of the two means."})
    static final class Cleaning implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Directory of cases.")
        Path dir;

        @Option(names = "--warmup", defaultValue = "2",
                description = "Untimed passes before the measured one, so pages/s is the warm speed (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--quiet", description = "Print only the means, not a row per case.")
        boolean quiet;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir)) throw new Cli.UserException("eval cleaning: " + dir + " is not a directory");
            if (warmup < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be >= 0");
            CleaningEvaluator evaluator = new CleaningEvaluator(new ArticleCleaner());
            for (int i = 0; i < warmup; i++) evaluator.evaluate(dir);
            CleaningEvaluator.Report r = evaluator.evaluate(dir);
            if (r.cases().isEmpty()) throw new Cli.UserException("eval cleaning: no CASE/source.html under " + dir);
            PrintWriter out = spec.commandLine().getOut();
            if (!quiet) {
                out.printf("%-48s %6s %6s %6s  %-5s %-6s %-4s%n", "case", "P", "R", "F1", "title", "byline", "date");
                for (CleaningEvaluator.CaseResult c : r.cases()) {
                    out.printf(Locale.ROOT, "%-48s %6.3f %6.3f %6.3f  %-5s %-6s %-4s%s%n", trim(c.caseName()),
                            c.precision(), c.recall(), c.f1(), mark(c.titleMatch()), mark(c.bylineMatch()),
                            c.dateMatch() == null ? "-" : mark(c.dateMatch()),
                            c.failure() == null ? "" : "  rejected: " + c.failure());
                }
                out.println();
            }
            long dated = r.cases().stream().filter(c -> c.dateMatch() != null).count();
            out.printf(Locale.ROOT, "cases          %d%n", r.cases().size());
            out.printf(Locale.ROOT, "body P/R/F1    %.3f / %.3f / %.3f   (plain per-page means P %.3f, R %.3f)%n",
                    r.precision(), r.recall(), r.f1(), r.macroPrecision(), r.macroRecall());
            out.printf(Locale.ROOT, "title exact    %.3f%n", r.titleAccuracy());
            out.printf(Locale.ROOT, "byline         %.3f%n", r.bylineAccuracy());
            out.printf(Locale.ROOT, "date           %s  (%d cases have one)%n",
                    Double.isNaN(r.dateAccuracy()) ? "n/a" : String.format(Locale.ROOT, "%.3f", r.dateAccuracy()), dated);
            out.printf(Locale.ROOT, "pages/s        %.0f  (one thread, after %d warm-up passes)%n", r.pagesPerSecond(), warmup);
            return Cli.OK;
        }

        private static String mark(boolean b) {
            return b ? "yes" : "no";
        }

        private static String trim(String s) {
            return s.length() <= 48 ? s : s.substring(0, 45) + "...";
        }
    }
}
