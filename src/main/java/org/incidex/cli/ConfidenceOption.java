package org.incidex.cli;

import org.incidex.extract.event.AttackJudge;
import picocli.CommandLine.Option;

/** The shared {@code --min-confidence X} option: which incidents the knowledge base keeps. */
final class ConfidenceOption {
    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "" + AttackJudge.DEFAULT_MIN_CONFIDENCE,
            description = "Keep only incidents judged attacks with at least this confidence, 0 to 1 (default: "
                    + "${DEFAULT-VALUE}; 0 keeps every candidate). See the README's \"What counts as an attack\".")
    double value;

    /** The value, checked: a usage error naming the option when it is outside [0, 1]. */
    double get(picocli.CommandLine.Model.CommandSpec spec) {
        if (!(value >= 0 && value <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--min-confidence must be between 0 and 1, not " + value);
        }
        return value;
    }
}
