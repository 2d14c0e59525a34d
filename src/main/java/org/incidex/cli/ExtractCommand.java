package org.incidex.cli;

import org.incidex.ingest.DocumentReader;
import org.incidex.kb.ArticleProcessor;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.Json;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code incidex extract}: clean and extract only, touching no index; one JSON object per input per line, in input
 * order. An input that cannot be used still gets its line, with an "error" field, and the exit code is 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Clean and extract FILEs (HTML; '-' reads standard input) without touching any index.",
                "Prints one JSON object per input per line."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) to resolve relative dates against, overriding the page's.")
    String published;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML files; '-' for standard input.")
    List<String> files;

    @picocli.CommandLine.Mixin
    ConfidenceOption confidence;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where "-" reads from; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--published '" + published + "' is not a date; use YYYY-MM-DD");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleProcessor processor = ArticleProcessor.createDefault(confidence.get(spec));
        DocumentReader reader = new DocumentReader();
        int code = Cli.OK;
        for (String f : files) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("source", f);
            try {
                RawDocument doc = f.equals("-") ? reader.check(readStdin()) : reader.read(Path.of(f), f);
                ExtractedArticle a = processor.process(doc, published);
                var art = a.article();
                line.put("id", art.id());
                line.put("title", art.title());
                line.put("byline", art.byline());
                line.put("site", art.site());
                line.put("lang", art.lang());
                line.put("published", art.published());
                line.put("canonicalUrl", art.canonicalUrl());
                line.put("text", art.text());
                if (!art.entries().isEmpty()) line.put("entries", art.entries());
                line.put("incidents", a.incidents());
            } catch (RejectedDocumentException e) {
                line.put("error", e.reason().label() + ": " + e.getMessage());
                code = Cli.FAILED;
            }
            out.println(Json.write(line));
            out.flush();
        }
        return code;
    }

    private RawDocument readStdin() throws RejectedDocumentException {
        try {
            return new RawDocument("-", stdin.readNBytes((int) DocumentReader.DEFAULT_MAX_BYTES + 1), null);
        } catch (IOException e) {
            throw new RejectedDocumentException("-", org.incidex.model.FailureReason.UNREADABLE, e.toString(), e);
        }
    }
}
