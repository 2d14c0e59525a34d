package org.incidex.index;

import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentMapperTest {
    @Test
    void mentionedGroupsAreNotFacetValuesAndDatesBecomeEpochDays() {
        Incident f = new Incident("2015-08", new Place("Sévaré", "Mopti", "Mali", "ML", 14.5, -4.1),
                List.of(new GroupRef("Al-Mourabitoun", GroupRole.CLAIMED, true),
                        new GroupRef("Al-Qaeda in the Islamic Maghreb", GroupRole.MENTIONED, true)),
                13, null, null, null, List.of("Armed Assault"), List.of("Business"), List.of());
        var doc = new DocumentMapper(Fields.facetsConfig()).toDocument(
                new IncidentRecord("inc-1", "T", "S", f, List.of(), List.of()));
        List<String> facetTerms = doc.getFields().stream().filter(x -> x.name().startsWith("$facets"))
                .map(x -> x.binaryValue() != null ? x.binaryValue().utf8ToString() : x.stringValue())
                .filter(java.util.Objects::nonNull).map(t -> t.replace('\u001f', '=')).distinct().toList();
        assertThat(facetTerms).contains("group=Al-Mourabitoun", "country=Mali", "city=Sévaré", "year=2015")
                .noneMatch(t -> t.contains("Islamic Maghreb"));
        assertThat(doc.getField(Fields.DATE_DAY).numericValue().longValue())
                .isEqualTo(java.time.LocalDate.of(2015, 8, 1).toEpochDay());
        assertThat(DocumentMapper.epochDay("2015")).isEqualTo(java.time.LocalDate.of(2015, 1, 1).toEpochDay());
        assertThat(DocumentMapper.epochDay("nonsense")).isNull();
    }

    @Test
    void theHitFieldHoldsTheResultLineAndTheTextHasOffsets() throws Exception {
        Incident f = new Incident("2015-11-20", new Place("Bamako", "Bamako", "Mali", "ML", 12.6, -8.0),
                List.of(new GroupRef("Al-Mourabitoun", GroupRole.CLAIMED, true),
                        new GroupRef("Islamic State", GroupRole.MENTIONED, true)),
                20, 7, 170, null, List.of("Armed Assault"), List.of("Business"), List.of());
        var record = new IncidentRecord("inc-2", "Siege", "Summary", f, List.of(), List.of(new org.incidex.model.SourceRef(
                "src-1", "Siege", "Site", "2015-11-20", null, "https://x.example/1", "A long source text about the siege.")));
        var doc = new DocumentMapper(Fields.facetsConfig()).toDocument(record);
        var hit = org.incidex.model.Json.mapper().readTree(doc.get(Fields.HIT));
        assertThat(hit.get("id").asText()).isEqualTo("inc-2");
        assertThat(hit.get("summary").asText()).isEqualTo("Summary");
        assertThat(hit.get("groups").toString()).isEqualTo("[\"Al-Mourabitoun\"]"); // not the group only mentioned
        assertThat(hit.get("hostages").asInt()).isEqualTo(170);
        assertThat(doc.get(Fields.HIT)).doesNotContain("long source text");
        assertThat(doc.getField(Fields.TEXT).fieldType().indexOptions())
                .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }
}
