package org.incidex.model;

import java.util.Objects;

/** One document that was skipped, and why. */
public record DocumentFailure(String source, FailureReason reason, String detail) {
    public DocumentFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
