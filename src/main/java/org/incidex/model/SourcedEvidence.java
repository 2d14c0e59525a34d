package org.incidex.model;

import java.util.Objects;

/** {@link Evidence} plus the id of the source whose text the offsets point into. */
public record SourcedEvidence(String field, String text, int start, int end, String sourceId, double confidence) {
    public SourcedEvidence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    public static SourcedEvidence of(Evidence e, String sourceId) {
        return new SourcedEvidence(e.field(), e.text(), e.start(), e.end(), sourceId, e.confidence());
    }
}
