package org.incidex.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.incidex.index.LiveIndex;
import org.incidex.search.InvalidRequestException;
import org.incidex.search.QueryFixtures;
import org.incidex.search.SearchRequest;
import org.incidex.search.SearchResult;
import org.incidex.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the {@code q} language ({@code org.incidex.search.query.QueryLanguage}) the way the API uses it: a whole
 * {@link SearchService#search} over {@link QueryFixtures}' eight incidents, so the parsed query is also run, counted,
 * faceted, highlighted and spell-checked. An input is the query in UTF-8. {@link InvalidRequestException} is the
 * documented answer to a malformed or too expensive query; anything else thrown is a finding, including
 * {@code SearchTimeoutException} (no query over eight incidents should need the time budget). The corpus is in
 * {@code src/test/resources/org/incidex/fuzz/QueryFuzzTestInputs/search/}.
 */
class QueryFuzzTest {
    /** Characters per query: far beyond what a search box sends. */
    static final int MAX_BYTES = 4096;
    static final int MAX_FUZZ_BYTES = 1024;
    static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    static Path dir;
    static LiveIndex live;
    static SearchService service;

    @BeforeAll
    static void index() throws Exception {
        live = QueryFixtures.open(dir);
        service = new SearchService(live, Duration.ofSeconds(2));
        service.search(SearchRequest.of("warm up"));
    }

    @AfterAll
    static void close() {
        live.close();
    }

    @FuzzTest(maxDuration = "5m")
    void search(byte[] data) throws Throwable {
        byte[] input = Bounded.cap(data, MAX_BYTES, MAX_FUZZ_BYTES);
        String q = new String(input, StandardCharsets.UTF_8);
        SearchResult r = Bounded.call(LIMIT, () -> {
            try {
                return service.search(SearchRequest.of(q));
            } catch (InvalidRequestException e) {
                assertThat(e.getMessage()).isNotBlank();
                return null;
            }
        });
        if (r == null) return;
        assertThat(r.total()).isBetween(0L, (long) QueryFixtures.INCIDENTS.size());
        assertThat(r.hits()).hasSizeLessThanOrEqualTo((int) r.total());
    }
}
