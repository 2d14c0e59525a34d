package org.incidex.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The shared {@code --index DIR} option. */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:INCIDEX_INDEX:-index}",
            description = "Index directory (default: $INCIDEX_INDEX, else ./index; the launcher sets <repo>/index).")
    Path dir;
}
