package org.incidex.search;

import org.incidex.index.LiveIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The q language against {@link QueryFixtures}' eight incidents: exact hit sets for each construct and error. */
class QueryLanguageTest {
    @TempDir
    static Path dir;
    static LiveIndex live;
    static SearchService service;

    @BeforeAll
    static void index() throws Exception {
        live = QueryFixtures.open(dir);
        service = new SearchService(live, Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        live.close();
    }

    static List<String> ids(String q) {
        return service.search(SearchRequest.of(q)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Daesh                              | q-brussels q-kabul q-paris
            daesh                              | q-brussels q-kabul q-paris
            IS                                 | q-brussels q-kabul q-paris
            is                                 | ''
            Islamic State                      | q-brussels q-kabul q-paris
            Malian hotels                      | q-bamako q-maiduguri q-nairobi q-sevare
            Kenyan                             | q-nairobi
            group:daesh                        | q-brussels q-kabul q-paris
            group:ISIS                         | q-brussels q-kabul q-paris
            group:is                           | q-brussels q-kabul q-paris
            group:"Islamic State"              | q-brussels q-kabul q-paris
            GROUP:shabab                       | q-nairobi
            country:malian                     | q-bamako q-sevare
            country:ML                         | q-bamako q-sevare
            country:MALI                       | q-bamako q-sevare
            country:kenyan                     | q-nairobi
            city:sevare                        | q-sevare
            city:SÉVARÉ                        | q-sevare
            region:mopti                       | q-sevare
            region:borno                       | q-maiduguri
            city:atlantis                      | ''
            type:bombing                       | q-brussels q-kabul q-maiduguri
            type:"armed assault"               | q-nairobi q-paris
            type:hostage                       | q-bamako q-sevare
            type:kidnapping                    | ''
            target:business                    | q-bamako q-maiduguri q-nairobi q-sevare q-undated
            target:airports                    | q-brussels
            year:2015                          | q-bamako q-paris q-sevare
            killed:[50 TO *]                   | q-maiduguri q-nairobi q-paris
            killed:{56 TO *]                   | q-nairobi q-paris
            killed:20                          | q-bamako
            injured:[100 TO *]                 | q-brussels q-paris
            date:2015                          | q-bamako q-paris q-sevare
            date:2015-11                       | q-bamako q-paris
            date:[2015-08-01 TO 2015-11-15]    | q-paris q-sevare
            date:[2016 TO *]                   | q-brussels q-kabul
            date:{2015-11-13 TO 2015-11-20]    | q-bamako
            year:[2016 TO 2018]                | q-brussels q-kabul
            hotel AND Bamako                   | q-bamako
            hotel && Bamako                    | q-bamako
            hotel OR bombing                   | q-bamako q-brussels q-kabul q-maiduguri q-nairobi q-sevare
            hotel -Bamako                      | q-nairobi q-sevare
            hotel NOT Bamako                   | q-nairobi q-sevare
            NOT hotel                          | q-brussels q-kabul q-maiduguri q-paris q-undated
            -hotel                             | q-brussels q-kabul q-maiduguri q-paris q-undated
            +hotel +siege                      | q-bamako q-nairobi
            (hotel OR mall) AND gunmen         | q-bamako q-nairobi
            hotel country:mali                 | q-bamako q-sevare
            bombing country:mali               | ''
            -Daesh -country:mali               | q-maiduguri q-nairobi q-undated
            "Radisson Blu"                     | q-bamako
            "hotel Bamako"                     | ''
            "hotel Bamako"~1                   | q-bamako
            bomb*                              | q-brussels q-kabul q-maiduguri
            Maidugiri~1                        | q-maiduguri
            Al-Mourabitoun                     | q-bamako q-sevare
            Sevare                             | q-sevare
            10\\:30 hotel                      | q-bamako q-nairobi q-sevare
            """)
    void matchesExactly(String q, String expected) {
        List<String> want = expected.isBlank() ? List.of() : List.of(expected.strip().split("\\s+"));
        assertThat(ids(q)).as(q).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void aliasesAndDemonymsRankTheirIncidentsFirst() {
        assertThat(ids("ISIS Paris").get(0)).isEqualTo("q-paris");
        assertThat(ids("Malian hotels").subList(0, 2)).containsExactlyInAnyOrder("q-bamako", "q-sevare");
        // seven incidents match some word; the Mali hotel sieges and the Daesh attacks (Paris matches "attacks" too)
        // come first
        List<String> daesh = ids("Daesh attacks in Malian hotels");
        assertThat(daesh).hasSize(7);
        assertThat(daesh.subList(0, 3)).containsExactlyInAnyOrder("q-bamako", "q-sevare", "q-paris");
        // shouting: short words are not codes or acronyms, longer aliases still are
        // ("Attackers" stems to attack too)
        assertThat(ids("attacks by IS")).containsExactlyInAnyOrder("q-paris", "q-nairobi", "q-sevare", "q-brussels", "q-kabul");
        assertThat(ids("ATTACKS BY IS")).containsExactlyInAnyOrder("q-paris", "q-nairobi", "q-sevare");
        assertThat(ids("ISIS IN PARIS")).containsExactlyInAnyOrder("q-paris", "q-brussels", "q-kabul");
    }

    @Test
    void proximityPutsTheWordsTogetherFirst() {
        // both mention hotel and siege; only in Bamako are the words near each other and in the title
        assertThat(ids("hotel siege").get(0)).isEqualTo("q-bamako");
        assertThat(ids("suicide bombing").subList(0, 2)).containsExactlyInAnyOrder("q-brussels", "q-kabul");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            foo:bar                   | column 1: unknown field 'foo:'
            hotel (Bamako             | column 7: the '(' is never closed
            hotel)                    | column 6: ')' has no matching '('
            AND hotel                 | column 1: AND needs a term before it
            hotel OR                  | column 7: OR needs a term after it
            hotel NOT                 | column 7: NOT needs a term after it
            hotel ()                  | column 7: empty parentheses
            "hotel                    | column 1: the quote is never closed
            *otel                     | column 1: leading wildcard
            ?otel                     | column 1: leading wildcard
            h*                        | column 1: wildcard 'h*' needs at least 2 characters
            /ho.*/                    | column 1: regular expressions
            hotel~3                   | column 1: fuzzy 'hotel~3': ~ takes 0, 1 or 2 edits
            ho~                       | column 1: fuzzy 'ho~' needs a plain word
            killed:[10 TO]            | column 8: a range is written killed:[FROM TO TO]
            killed:[10 TO 20          | column 8: the range is never closed
            killed:ten                | column 1: killed:ten is not a whole number
            date:2015-13              | column 1: date: '2015-13' is not a date
            year:[2016 TO 2015]       | column 1: year:[2016 TO 2015] is an empty range
            year:15                   | column 1: year:15 is not a four-digit year
            city:[a TO b]             | column 1: city: takes a value, not a range
            hotel country:            | column 7: 'country:' has no value
            "a b"~11                  | column 6: a phrase's ~ takes a slop of 0..10
            ((((((((((((((((((hotel)))))))))))))))))) | column 17: parentheses nest deeper than 16
            """)
    void malformedQueriesSayWhatAndWhere(String q, String detail) {
        assertThatThrownBy(() -> service.search(SearchRequest.of(q)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("cannot parse q at " + detail.substring(0, detail.indexOf(':')))
                .hasMessageContaining(detail);
    }

    @Test
    void aliasExpansionCountsAgainstTheClauseLimit() {
        String q = "ISIS ".repeat(30).strip();
        assertThatThrownBy(() -> service.search(SearchRequest.of(q)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("clauses")
                .hasMessageContaining("the limit is 1024");
        assertThat(ids("ISIS ".repeat(5).strip())).hasSize(3);
    }

    @Test
    void aSearchPastItsBudgetStopsWithATimeout() {
        SearchService hasty = new SearchService(live, Duration.ZERO);
        assertThatThrownBy(() -> hasty.search(SearchRequest.of("hotel")))
                .isInstanceOf(SearchTimeoutException.class)
                .hasMessageContaining("budget of 0 ms");
        // filtered searches too: their sideways searches are plain queries on the same searcher
        assertThatThrownBy(() -> hasty.search(SearchRequest.of("hotel").withFilters(Map.of("country", List.of("Mali")))))
                .isInstanceOf(SearchTimeoutException.class)
                .hasMessageContaining("budget of 0 ms");
    }

    @Test
    void facetFiltersStillCombineWithFieldClauses() {
        SearchRequest r = SearchRequest.of("type:bombing").withFilters(Map.of("country", List.of("Nigeria")));
        assertThat(service.search(r).hits()).extracting(SearchResult.Hit::id).containsExactly("q-maiduguri");
    }
}
