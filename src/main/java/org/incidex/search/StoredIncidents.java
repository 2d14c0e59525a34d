package org.incidex.search;

import org.apache.lucene.index.StoredFields;
import org.incidex.index.Fields;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Reads incidents back from the stored JSON field and turns them into hits, for the endpoints that list incidents
 * without the search page's highlighter (related, export). Stateless and thread-safe.
 */
final class StoredIncidents {
    /** Only the JSON field is decoded: the stored text (for the highlighter) can be large and is not needed here. */
    private static final Set<String> JSON_ONLY = Set.of(Fields.JSON);
    static final int SNIPPET_CHARS = 240;

    private StoredIncidents() {}

    static IncidentRecord read(StoredFields stored, int doc) throws IOException {
        return Json.read(stored.document(doc, JSON_ONLY).get(Fields.JSON), IncidentRecord.class);
    }

    /** Groups tied to the attack (claimed, suspected, blamed); groups only mentioned stay on the incident page. */
    static List<String> tiedGroups(IncidentRecord r) {
        return r.fields().groups().stream().filter(g -> g.role() != GroupRole.MENTIONED)
                .map(GroupRef::name).distinct().toList();
    }

    /** A hit whose snippet is the escaped summary (no query to highlight). */
    static SearchResult.Hit hit(IncidentRecord r) {
        var f = r.fields();
        String summary = r.summary() == null ? "" : r.summary();
        String cut = summary.length() <= SNIPPET_CHARS ? summary : summary.substring(0, SNIPPET_CHARS) + "…";
        return new SearchResult.Hit(r.id(), r.title(), f.date(), f.place(), tiedGroups(r), f.killed(), f.injured(),
                f.hostages(), f.attackTypes(), SearchService.escape(cut));
    }
}
