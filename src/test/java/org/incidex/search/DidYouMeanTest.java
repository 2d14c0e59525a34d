package org.incidex.search;

import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.testing.GeneratedIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** didYouMean on service level: corrections are words articles use, never two-letter scraps, and respect filters. */
class DidYouMeanTest {
    @Test
    void correctsToWrittenWordsThatFindIncidents(@TempDir Path dir) throws Exception {
        GeneratedIncidents.index(dir, List.of(
                RelatedAndExportTest.record("inc-1", "Veterans of World War II gathered at the memorial when a bomb went off.",
                        "Alpha Front", "Xville", "Xland"),
                RelatedAndExportTest.record("inc-2", "Gunmen opened fire on shoppers in the crowded central market.",
                        "Beta Army", "Yville", "Yland")));
        try (LiveIndex live = new LiveIndex(IndexStore.at(dir)).start(1000)) {
            SearchService service = new SearchService(live);
            SearchResult r = service.search(SearchRequest.of("markte gunmne"));
            assertThat(r.total()).isZero();
            assertThat(r.didYouMean()).isEqualTo("market gunmen");
            assertThat(service.search(SearchRequest.of("Vetreans")).didYouMean()).isEqualTo("Veterans");
            // "isis" is one edit from the index term "ii"; a two-letter correction is not offered
            assertThat(service.search(SearchRequest.of("isis")).didYouMean()).isNull();
            // field names and operators are left alone; a filter that excludes the correction suppresses it
            assertThat(service.search(SearchRequest.of("markte AND NOT bomb")).didYouMean()).isEqualTo("market AND NOT bomb");
            assertThat(service.search(SearchRequest.of("markte").withFilters(Map.of("country", List.of("Xland"))))
                    .didYouMean()).isNull();
            assertThat(service.search(SearchRequest.of("market")).didYouMean()).isNull();

            // a term's candidates are looked up once per generation; the answer is the same from memory
            org.incidex.index.IndexSnapshot snap = live.acquire().orElseThrow();
            try {
                SpellingCorrector.Memo memo = SpellingCorrector.Memo.of(snap);
                long before = memo.lookUps();
                assertThat(before).isPositive();
                assertThat(service.search(SearchRequest.of("gunmne markte")).didYouMean()).isEqualTo("gunmen market");
                assertThat(service.search(SearchRequest.of("Markte")).didYouMean()).isEqualTo("Market");
                assertThat(memo.lookUps()).isEqualTo(before);
                assertThat(service.search(SearchRequest.of("shopprs")).didYouMean()).isEqualTo("shoppers");
                assertThat(memo.lookUps()).isEqualTo(before + 1);
            } finally {
                snap.release();
            }
        }
    }
}
