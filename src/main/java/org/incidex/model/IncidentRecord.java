package org.incidex.model;

import java.util.List;
import java.util.Objects;

/**
 * One incident of the knowledge base: merged fields, the evidence for them per source, and its sources.
 *
 * @param id      stable id derived from the merged key (place and date), not from insertion order
 * @param title   headline of its main article, or a title made from its fields
 * @param summary one generated sentence of its key facts
 * @param fields  the merged incident fields (their evidence list holds the main source's evidence)
 * @param evidence evidence from every source
 * @param sources  the articles that report it, main article first
 */
public record IncidentRecord(String id, String title, String summary, Incident fields, List<SourcedEvidence> evidence,
                             List<SourceRef> sources) {
    public IncidentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fields, "fields");
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
    }
}
