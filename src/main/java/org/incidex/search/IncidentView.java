package org.incidex.search;

import org.incidex.model.GroupRef;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;
import org.incidex.model.SourcedEvidence;

import java.util.List;

/** An incident with every field flat, its evidence per source and its sources: what the incident page shows. */
public record IncidentView(String id, String title, String summary, String date, Place place, List<GroupRef> groups,
                           Integer killed, Integer injured, Integer hostages, Integer perpetratorsKilled,
                           List<String> attackTypes, List<String> targets, List<SourcedEvidence> evidence,
                           List<SourceRef> sources) {

    public static IncidentView of(IncidentRecord r) {
        var f = r.fields();
        return new IncidentView(r.id(), r.title(), r.summary(), f.date(), f.place(), f.groups(), f.killed(),
                f.injured(), f.hostages(), f.perpetratorsKilled(), f.attackTypes(), f.targets(), r.evidence(),
                r.sources());
    }
}
