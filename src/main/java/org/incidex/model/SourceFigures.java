package org.incidex.model;

import java.util.Objects;

/**
 * The figures one source gave for an incident: which source said what. Null when that source gave no such figure.
 *
 * @param sourceId  the {@link SourceRef#id()} of the source
 * @param published the source's publication date or date-time, or null (imported rows have none)
 * @param main      true when the source is about this incident, false when it only recalls it
 * @param killed    victims killed, as that source said
 * @param injured   victims injured, as that source said
 * @param hostages  hostages, as that source said
 */
public record SourceFigures(String sourceId, String published, boolean main, Integer killed, Integer injured,
                            Integer hostages) {
    public SourceFigures {
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
