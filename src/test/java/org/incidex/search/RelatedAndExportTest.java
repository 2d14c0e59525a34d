package org.incidex.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;
import org.incidex.testing.GeneratedIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Service-level checks of the related ranking and of export across several {@code searchAfter} batches. */
class RelatedAndExportTest {
    static final String SQUARE = "A lorry exploded beside the cathedral square at dawn, witnesses told reporters.";

    static IncidentRecord record(String id, String text, String group, String city, String country) {
        Incident f = new Incident("2020-05-0" + (id.length() % 9 + 1), new Place(city, null, country, null, null, null),
                List.of(new GroupRef(group, GroupRole.CLAIMED, false)), 1, null, null, null, List.of(), List.of(), List.of());
        String title = text.substring(0, text.indexOf(' ', 20));
        return new IncidentRecord(id, title, null, f, List.of(),
                List.of(new SourceRef("s-" + id, title, null, null, null, "https://x.example/" + id, text)));
    }

    @Test
    void relatedWeighsSameCityAndCountryThenSameGroupOnTopOfSimilarText(@TempDir Path dir) throws Exception {
        List<IncidentRecord> records = new ArrayList<>(List.of(
                record("inc-t", SQUARE, "Alpha Front", "Xville", "Xland"),
                record("inc-a", SQUARE, "Alpha Front", "Yville", "Yland"),       // same text, same group
                record("inc-b", SQUARE, "Beta Army", "Zville", "Zland"),         // same text only
                record("inc-c", SQUARE, "Gamma Cell", "Xville", "Xland"),        // same text, same city and country
                record("inc-d", "Gunmen kidnapped aid workers on a highway near the border crossing.",
                        "Alpha Front", "Wville", "Wland"),                              // same group only
                record("inc-e", "Floods damaged crops and bridges across the valley overnight.",
                        "Delta Group", "Vville", "Vland")));                            // nothing in common
        for (int i = 0; i < 10; i++) records.add(GeneratedIncidents.incident(i)); // so that shared words are rare
        GeneratedIncidents.index(dir, records);
        try (LiveIndex live = new LiveIndex(IndexStore.at(dir)).start(1000)) {
            SearchService service = new SearchService(live);
            // text alike: 1.0 × best; + city 0.33 + country 0.2; + group 0.5 (RelatedFinder's shares)
            assertThat(service.related("inc-t", 10).orElseThrow().hits()).extracting(SearchResult.Hit::id)
                    .containsExactly("inc-c", "inc-a", "inc-b", "inc-d");
            assertThat(service.related("inc-t", 2).orElseThrow().hits()).extracting(SearchResult.Hit::id)
                    .containsExactly("inc-c", "inc-a");
            assertThat(service.related("inc-none", 10)).isEmpty();
        }
    }

    static String export(SearchService service, SearchRequest req, ExportFormat format, long[] written) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        written[0] = service.export(req, format, () -> out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportPagesThroughEveryHitOnceInSearchOrder(@TempDir Path dir) throws Exception {
        int n = 2 * Exporter.BATCH + 500; // three batches, the last one partial
        GeneratedIncidents.index(dir, n);
        try (LiveIndex live = new LiveIndex(IndexStore.at(dir)).start(1000)) {
            SearchService service = new SearchService(live);
            Map<SearchRequest, Long> expected = Map.of(
                    SearchRequest.of(""), 2500L,
                    SearchRequest.of("").withFilters(Map.of("country", List.of("Mali"))), 500L,
                    SearchRequest.of("hotel"), 250L,
                    SearchRequest.of("bombing").withFilters(Map.of("country", List.of("Mali"))), 250L,
                    new SearchRequest("", Map.of(), null, null, 50, null, SortOrder.KILLED, 1, 20, 10), 1250L,
                    new SearchRequest("", Map.of(), null, null, null, null, SortOrder.DATE_DESC, 1, 20, 10), 2500L);
            long[] written = new long[1];
            for (var e : expected.entrySet()) {
                SearchRequest req = e.getKey();
                assertThat(service.search(req).total()).as(req.toString()).isEqualTo(e.getValue());
                String csv = export(service, req, ExportFormat.CSV, written);
                assertThat(written[0]).as(req.toString()).isEqualTo(e.getValue());
                String[] lines = csv.split("\r\n");
                assertThat(lines.length - 1L).isEqualTo(e.getValue());
                List<String> ids = new ArrayList<>();
                for (int i = 1; i < lines.length; i++) ids.add(lines[i].substring(0, lines[i].indexOf(',')));
                assertThat(new HashSet<>(ids)).as("no incident twice across batches").hasSize(ids.size());
                // the first page of the search is the head of the export
                List<String> firstPage = service.search(req).hits().stream().map(SearchResult.Hit::id).toList();
                assertThat(ids.subList(0, firstPage.size())).isEqualTo(firstPage);

                String jsonl = export(service, req, ExportFormat.JSONL, written);
                assertThat((long) jsonl.split("\n").length).isEqualTo(e.getValue());
                assertThat(written[0]).isEqualTo(e.getValue());
            }
            JsonNode geo = Json.mapper().readTree(export(service, SearchRequest.of(""), ExportFormat.GEOJSON, written));
            assertThat(geo.get("features")).hasSize(n);
            long unlocated = 0;
            for (JsonNode f : geo.get("features")) if (f.get("geometry").isNull()) unlocated++;
            assertThat(unlocated).isEqualTo(358); // every seventh incident, 0..2499, has no coordinates
        }
    }
}
