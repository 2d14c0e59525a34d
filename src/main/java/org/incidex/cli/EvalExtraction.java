package org.incidex.cli;

import org.incidex.extract.eval.ExtractionEvaluator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code incidex eval extraction FILE.csv}: per-field accuracy of the main incident against a Wikipedia-style list. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Evaluate extraction on a CSV laid out like Wikipedia's incident lists (Date, Type, Dead, "
                + "Injured, Location, Details, Perpetrator): each Details text is an article published on its Date.",
                "Prints the accuracy of the main incident's country, place, dead, injured, attack type and "
                        + "perpetrator (rows whose text names it), the share of rows that yield an incident, and the "
                        + "time per article. --min-confidence 0 scores the fields of every candidate, whatever the "
                        + "attack judge says."})
final class EvalExtraction implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.csv", description = "The labelled incident list.")
    Path csv;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every miss (row, field, expected, got, text) as TSV.")
    Path errors;

    @picocli.CommandLine.Mixin
    ConfidenceOption confidence;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(csv)) throw new Cli.UserException("eval extraction: " + csv + " is not a file");
        ExtractionEvaluator.Report r;
        try {
            ExtractionEvaluator ev = ExtractionEvaluator.createDefault();
            double min = confidence.get(spec);
            ev.evaluate(csv, min); // warm-up, so the time per article is the steady one
            r = ev.evaluate(csv, min);
        } catch (IllegalArgumentException e) {
            throw new Cli.UserException("eval extraction: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %8s %7s %7s%n", "field", "accuracy", "right", "rows");
        for (ExtractionEvaluator.FieldScore f : r.fields()) {
            out.printf(Locale.ROOT, "%-12s %8.3f %7d %7d%s%n", f.field(), f.accuracy(), f.correct(), f.total(),
                    f.field().equals("perpetrator") ? "   (rows whose text names the perpetrator)" : "");
        }
        out.printf(Locale.ROOT, "%d articles, %.3f ms per article (extraction only, one thread, warm)%n", r.rows(), r.msPerArticle());
        out.printf(Locale.ROOT, "%d of %d rows yield a main incident judged an attack with confidence >= %.2f (%.3f)%n",
                r.yielded(), r.rows(), r.minConfidence(), r.yield());
        if (errors != null) {
            StringBuilder sb = new StringBuilder("row\tfield\texpected\tgot\ttext\n");
            for (ExtractionEvaluator.Miss m : r.misses()) {
                sb.append(m.row()).append('\t').append(m.field()).append('\t').append(m.expected()).append('\t')
                        .append(m.got()).append('\t').append(m.text().replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
            Files.writeString(errors, sb.toString(), StandardCharsets.UTF_8);
            out.println(r.misses().size() + " misses written to " + errors);
        }
        return Cli.OK;
    }
}
