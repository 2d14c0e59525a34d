package org.incidex.ingest;

import org.incidex.model.DocumentFailure;
import org.incidex.model.FailureReason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the SOURCE arguments of {@code reindex} into a list of {@link Input}s: an HTML file is one input, a directory is
 * every file below it (recursively, following links to folders, in a stable sorted order, hidden files and folders
 * skipped; a folder that cannot be read, or a link back to a folder above it, is a failure named by its path and the
 * rest is read), {@code demo} is the
 * bundled corpus, {@code gtd:FILE.csv} and {@code wikipedia-list:FILE.csv} are tables of coded incidents (read by the
 * knowledge base, not cleaned). A source that names nothing, or a directory that holds no file, is reported as a
 * failure, not thrown, so the others still run.
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
                    int failed = failures.size();
                    List<Path> files = listFiles(p, failures);
                    for (Path f : files) inputs.add(new FileInput(f, f.toString()));
                    if (files.isEmpty() && failures.size() == failed) {
                        failures.add(new DocumentFailure(s, FailureReason.EMPTY,
                                "the directory holds no file to read (hidden files and folders are skipped)"));
                    }
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

    /** The regular files below {@code dir}, sorted; what cannot be visited is added to {@code failures}. */
    private static List<Path> listFiles(Path dir, List<DocumentFailure> failures) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return d.equals(dir) || !isHidden(dir.relativize(d)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(dir.relativize(f))) files.add(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                if (isHidden(dir.relativize(f))) return FileVisitResult.CONTINUE;
                String why = e instanceof FileSystemLoopException
                        ? "a link back to a folder above it (a loop), not followed"
                        : "cannot read: " + e.getMessage();
                failures.add(new DocumentFailure(f.toString(), FailureReason.UNREADABLE, why));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.toLowerCase(Locale.ROOT).equals("thumbs.db")) return true;
        }
        return false;
    }
}
