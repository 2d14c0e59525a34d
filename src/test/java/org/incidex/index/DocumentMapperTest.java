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
}
