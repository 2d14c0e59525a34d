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
 * @param killedRange   lowest and highest killed figure any source gave, or null when none gave one
 * @param injuredRange  the same for injured
 * @param hostagesRange the same for hostages
 * @param figures  which source said what: one entry per source that gave a figure, in source order
 *
 * <p>JSON written before the ranges existed reads with null ranges and no figures (Jackson passes null for missing
 * properties).
 */
public record IncidentRecord(String id, String title, String summary, Incident fields, List<SourcedEvidence> evidence,
                             List<SourceRef> sources, FigureRange killedRange, FigureRange injuredRange,
                             FigureRange hostagesRange, List<SourceFigures> figures) {
    public IncidentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fields, "fields");
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        sources = List.copyOf(sources == null ? List.of() : sources);
        figures = List.copyOf(figures == null ? List.of() : figures);
    }

    /** A record without figure ranges or per-source figures (a single source, or tests). */
    public IncidentRecord(String id, String title, String summary, Incident fields, List<SourcedEvidence> evidence,
                          List<SourceRef> sources) {
        this(id, title, summary, fields, evidence, sources, null, null, null, List.of());
    }
}
