package org.incidex.search;

import org.incidex.model.FigureRange;
import org.incidex.model.GroupRef;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceFigures;
import org.incidex.model.SourceRef;
import org.incidex.model.SourcedEvidence;

import java.util.List;

/**
 * An incident with every field flat, its evidence per source and its sources: what the incident page shows.
 * {@code killed} is the latest figure; {@code killedRange} (and the injured and hostage ranges) span what the sources
 * said, and {@code figures} says which source said what. {@code confidence} is how surely the sources report an
 * attack (null for incidents indexed before it existed); the evidence with field {@code attack} is its sentence.
 */
public record IncidentView(String id, String title, String summary, String date, Place place, List<GroupRef> groups,
                           Integer killed, Integer injured, Integer hostages, Integer perpetratorsKilled,
                           List<String> attackTypes, List<String> targets, Double confidence,
                           List<SourcedEvidence> evidence,
                           List<SourceRef> sources, FigureRange killedRange, FigureRange injuredRange,
                           FigureRange hostagesRange, List<SourceFigures> figures) {

    public static IncidentView of(IncidentRecord r) {
        var f = r.fields();
        return new IncidentView(r.id(), r.title(), r.summary(), f.date(), f.place(), f.groups(), f.killed(),
                f.injured(), f.hostages(), f.perpetratorsKilled(), f.attackTypes(), f.targets(), f.confidence(),
                r.evidence(),
                r.sources(), r.killedRange(), r.injuredRange(), r.hostagesRange(), r.figures());
    }
}
