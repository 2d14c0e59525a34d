package org.incidex.ingest;

import org.incidex.model.DocumentFailure;
import org.incidex.model.FailureReason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns the SOURCE arguments of {@code reindex} into a list of {@link Input}s: an HTML file is one input, a directory is
 * every file below it (recursively, in a stable sorted order, hidden files and folders skipped), {@code demo} is the
 * bundled corpus, {@code gtd:FILE.csv} and {@code wikipedia-list:FILE.csv} are tables of coded incidents (read by the
 * knowledge base, not cleaned). A source that names nothing is reported as a failure, not thrown, so the others still
 * run.
 *
 * <p>Thread-safe: stateless.
 */
public final class SourceResolver {
    /** The source argument that stands for the bundled demo corpus. */
    public static final String DEMO = "demo";

    /** One thing to read: a file, or the demo corpus. */
    public sealed interface Input permits FileInput, DemoInput, TableInput {}

    /** Prefixes of table sources: {@code PREFIX + path}. */
    public static final List<String> TABLE_PREFIXES = List.of("gtd:", "wikipedia-list:");

    /**
     * A table of coded incidents.
     *
     * @param format the prefix that named it ("gtd:" or "wikipedia-list:")
     * @param path   the file
     * @param source the argument as given
     */
    public record TableInput(String format, Path path, String source) implements Input {
        public TableInput {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }

    /** A file, and the name to report it by. */
    public record FileInput(Path path, String source) implements Input {
        public FileInput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The bundled demo corpus. */
    public record DemoInput() implements Input {}

    /** What the arguments resolved to: inputs in order, and arguments that named nothing usable. */
    public record Resolved(List<Input> inputs, List<DocumentFailure> failures) {
        public Resolved {
            inputs = List.copyOf(inputs);
            failures = List.copyOf(failures);
        }
    }

    public Resolved resolve(List<String> sources) {
        Objects.requireNonNull(sources, "sources");
        List<Input> inputs = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (String s : sources) {
            if (DEMO.equals(s)) {
                inputs.add(new DemoInput());
                continue;
            }
            String prefix = TABLE_PREFIXES.stream().filter(s::startsWith).findFirst().orElse(null);
            if (prefix != null) {
                Path t = Path.of(s.substring(prefix.length()));
                if (Files.isRegularFile(t)) inputs.add(new TableInput(prefix, t, s));
                else failures.add(new DocumentFailure(s, FailureReason.UNREADABLE, "no such file: " + t));
                continue;
            }
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                try {
                    for (Path f : listFiles(p)) inputs.add(new FileInput(f, f.toString()));
                } catch (IOException | UncheckedIOException e) {
                    failures.add(new DocumentFailure(s, FailureReason.UNREADABLE, "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.exists(p)) {
                inputs.add(new FileInput(p, s));
            } else {
                failures.add(new DocumentFailure(s, FailureReason.UNREADABLE, "no such file or directory"));
            }
        }
        return new Resolved(inputs, failures);
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !isHidden(dir.relativize(f)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.toLowerCase(Locale.ROOT).equals("thumbs.db")) return true;
        }
        return false;
    }
}
