package org.incidex.search;

import org.incidex.index.DocumentMapper;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored hit field and the whole-record fallback give the same result line, named as the record expects. */
class StoredHitTest {
    @Test
    void storedAndFallbackHitsAgree() {
        Incident f = new Incident("2015-11-20", new Place("Bamako", "Bamako", "Mali", "ML", 12.6, -8.0),
                List.of(new GroupRef("Al-Mourabitoun", GroupRole.CLAIMED, true), new GroupRef("Islamic State", GroupRole.MENTIONED, true)),
                20, 7, 170, null, List.of("Armed Assault"), List.of("Business"), List.of());
        IncidentRecord r = new IncidentRecord("inc-3", "Siege", "Summary", f, List.of(), List.of());
        SearchService.StoredHit stored = Json.read(Json.write(DocumentMapper.hit(r)), SearchService.StoredHit.class);
        SearchService.StoredHit fallback = Json.mapper().convertValue(DocumentMapper.hit(r), SearchService.StoredHit.class);
        assertThat(stored).isEqualTo(fallback);
        assertThat(stored).isEqualTo(new SearchService.StoredHit("inc-3", "Siege", "Summary", "2015-11-20", f.place(),
                List.of("Al-Mourabitoun"), 20, 7, 170, List.of("Armed Assault")));
    }
}
