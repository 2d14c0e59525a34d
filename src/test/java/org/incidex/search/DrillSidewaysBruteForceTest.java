package org.incidex.search;

import org.incidex.index.Fields;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.IncidentRecord;
import org.incidex.testing.SyntheticIncidents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill-sideways facet and range counts against a brute-force count over {@link SyntheticIncidents#ALL}: for each
 * dimension, count its values over the incidents that pass every filter except that dimension's own.
 */
class DrillSidewaysBruteForceTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path splitDir;
    static LiveIndex live;
    static LiveIndex split;
    static SearchService service;
    /**
     * The same incidents in segments of five (facet ordinals then go through Lucene's ordinal map), every match set
     * counted in two halves on two threads and merged, never through the incidents it misses, and searches without
     * facet filters scored in three slices cut across segments. {@link #service} keeps the defaults, so a search
     * matching most incidents is counted there as the totals less those it misses.
     */
    static SearchService splitService;
    /** The segments of five scored in three slices, a search matching most incidents counted through the missed. */
    static SearchService slicedService;

    @BeforeAll
    static void index() throws Exception {
        SyntheticIncidents.index(dir);
        live = new LiveIndex(IndexStore.at(dir));
        live.refresh();
        service = new SearchService(live);
        SyntheticIncidents.index(splitDir, 5);
        split = new LiveIndex(IndexStore.at(splitDir));
        split.refresh();
        splitService = new SearchService(split, SearchService.DEFAULT_TIME_BUDGET, new SearchService.Tuning(1, false, 1, 3));
        slicedService = new SearchService(split, SearchService.DEFAULT_TIME_BUDGET,
                new SearchService.Tuning(Long.MAX_VALUE, true, 1, 3));
    }

    @AfterAll
    static void close() {
        live.close();
        split.close();
    }

    @org.junit.jupiter.api.Test
    void theSplitIndexHasManySegments() {
        SearchRequest req = new SearchRequest("", Map.of(), null, null, null, null,
                SortOrder.RELEVANCE, 1, 100, 10, null, null, null, null, Map.of(), null, null, null);
        assertThat(splitService.search(req)).isEqualTo(service.search(req));
        for (Combo c : combos().toList()) { // histogram and grid too, at the world view and zoomed in
            for (Integer zoom : new Integer[] {null, 1, 9}) {
                SearchRequest r = new SearchRequest("", c.filters(), null, null, c.killedMin(), c.killedMax(),
                        SortOrder.RELEVANCE, 1, 100, 10, c.injuredMin(), c.injuredMax(), null, null, Map.of(), null, zoom, null);
                SearchResult one = service.search(r);
                SearchResult two = splitService.search(r);
                assertThat(two.dates()).as(c + " zoom " + zoom).isEqualTo(one.dates());
                assertThat(two.grid()).as(c + " zoom " + zoom).isEqualTo(one.grid());
            }
        }
        assertThat(split.acquire().map(s -> {
            try {
                return s.searcher().getIndexReader().leaves().size();
            } finally {
                s.release();
            }
        })).hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(4));
    }

    @org.junit.jupiter.api.Test
    void countsThroughTheMissedIncidentsEqualDirectCounts() {
        Map<String, FacetOptions> all = new HashMap<>();
        for (String dim : Fields.FACET_DIMS) all.put(dim, new FacetOptions(null, true));
        int checked = 0;
        List<String> seen = new ArrayList<>();
        for (String q : new String[] {"", "wire", "wire NOT Mali", "wire NOT Kenya", "wire NOT (Nigeria OR France)",
                "Mali OR Nigeria"}) {
            // casualty bounds most incidents pass: the main and the sideways matches are counted through the missed
            for (Combo c : Stream.concat(combos(), Stream.of(new Combo(Map.of(), 1, null, null, null),
                    new Combo(Map.of(), null, null, 0, null))).toList()) {
                SearchRequest r = new SearchRequest(q, c.filters(), null, null, c.killedMin(), c.killedMax(),
                        SortOrder.RELEVANCE, 1, 100, 10, c.injuredMin(), c.injuredMax(), null, null, all, null, null, null);
                SearchResult one = service.search(r);
                SearchResult two = splitService.search(r);
                assertThat(two).as(q + " " + c).isEqualTo(one);
                // slices cutting segments: the missed incidents of a segment are those no slice of it collected
                SearchResult three = slicedService.search(r);
                assertThat(three).as(q + " " + c + " in slices").isEqualTo(one);
                if (one.total() * 2 > SyntheticIncidents.ALL.size() && one.total() < SyntheticIncidents.ALL.size()) checked++;
                seen.add(q + " " + c.filters() + ": " + one.total());
            }
        }
        assertThat(checked).as("searches matching more than half of the incidents but not all, of " + seen)
                .isGreaterThanOrEqualTo(6);
    }

    /** A combination of filters: facet values and casualty bounds. */
    record Combo(Map<String, List<String>> filters, Integer killedMin, Integer killedMax, Integer injuredMin,
                 Integer injuredMax) {
        @Override
        public String toString() {
            return filters + " killed " + killedMin + ".." + killedMax + " injured " + injuredMin + ".." + injuredMax;
        }
    }

    static Stream<Combo> combos() {
        return Stream.of(
                new Combo(Map.of(), null, null, null, null),
                new Combo(Map.of("country", List.of("Mali")), null, null, null, null),
                new Combo(Map.of("country", List.of("Mali", "Kenya")), null, null, null, null),
                new Combo(Map.of("group", List.of("Islamic State"), "year", List.of("2015")), null, null, null, null),
                new Combo(Map.of("attackType", List.of("Armed Assault"), "country", List.of("France", "Tunisia", "Kenya")),
                        null, null, null, null),
                new Combo(Map.of("group", List.of("Al-Mourabitoun", "Al-Shabaab"),
                        "attackType", List.of("Hostage Taking (Barricade Incident)")), null, null, null, null),
                new Combo(Map.of("country", List.of("Nigeria", "France")), 50, null, null, null),
                new Combo(Map.of("target", List.of("Business", "Tourists")), 10, 49, 20, null),
                new Combo(Map.of("year", List.of("2015", "2016"), "region", List.of("Borno", "Tunis", "Île-de-France")),
                        null, 140, null, 100));
    }

    @ParameterizedTest
    @MethodSource("combos")
    void facetAndRangeCountsEqualBruteForce(Combo c) {
        Map<String, FacetOptions> all = new HashMap<>();
        for (String dim : Fields.FACET_DIMS) all.put(dim, new FacetOptions(null, true));
        SearchRequest req = new SearchRequest("", c.filters(), null, null, c.killedMin(), c.killedMax(),
                SortOrder.RELEVANCE, 1, 100, 10, c.injuredMin(), c.injuredMax(), null, null, all, null, null, null);
        check(c, service.search(req));
        check(c, splitService.search(req));
    }

    private static void check(Combo c, SearchResult r) {

        assertThat(r.total()).isEqualTo(SyntheticIncidents.ALL.stream().filter(i -> passes(i, c, null)).count());
        assertThat(r.hits()).hasSize((int) r.total());
        for (String dim : Fields.FACET_DIMS) {
            Map<String, Long> expected = new TreeMap<>();
            for (IncidentRecord i : SyntheticIncidents.ALL) {
                if (passes(i, c, dim)) for (String v : values(i, dim)) expected.merge(v, 1L, Long::sum);
            }
            Map<String, Long> actual = new TreeMap<>();
            r.facets().get(dim).forEach(v -> actual.put(v.value(), v.count()));
            assertThat(actual).as(dim + " for " + c).isEqualTo(expected);
            assertThat(r.facetTotals().get(dim)).isEqualTo(expected.size());
        }
        assertThat(ranges(r, Fields.KILLED)).as("killed ranges for " + c)
                .isEqualTo(bruteRanges(c, Fields.KILLED, i -> i.fields().killed()));
        assertThat(ranges(r, Fields.INJURED)).as("injured ranges for " + c)
                .isEqualTo(bruteRanges(c, Fields.INJURED, i -> i.fields().injured()));
    }

    private static List<Long> ranges(SearchResult r, String dim) {
        return r.ranges().get(dim).stream().map(SearchResult.RangeCount::count).toList();
    }

    private static List<Long> bruteRanges(Combo c, String dim, java.util.function.Function<IncidentRecord, Integer> f) {
        long[] n = new long[5];
        for (IncidentRecord i : SyntheticIncidents.ALL) {
            Integer v = f.apply(i);
            if (v == null || !passes(i, c, dim)) continue;
            n[v == 0 ? 0 : v < 10 ? 1 : v < 50 ? 2 : v < 100 ? 3 : 4]++;
        }
        return List.of(n[0], n[1], n[2], n[3], n[4]);
    }

    /** Whether an incident passes every filter of {@code c} except those of dimension {@code except}. */
    private static boolean passes(IncidentRecord i, Combo c, String except) {
        for (Map.Entry<String, List<String>> e : c.filters().entrySet()) {
            if (e.getKey().equals(except)) continue;
            if (values(i, e.getKey()).stream().noneMatch(e.getValue()::contains)) return false;
        }
        if (!Fields.KILLED.equals(except) && !within(i.fields().killed(), c.killedMin(), c.killedMax())) return false;
        return Fields.INJURED.equals(except) || within(i.fields().injured(), c.injuredMin(), c.injuredMax());
    }

    private static boolean within(Integer v, Integer min, Integer max) {
        if (min == null && max == null) return true;
        return v != null && (min == null || v >= min) && (max == null || v <= max);
    }

    private static Collection<String> values(IncidentRecord i, String dim) {
        var f = i.fields();
        List<String> out = new ArrayList<>();
        switch (dim) {
            case Fields.GROUP -> f.groups().stream().filter(g -> g.role() != GroupRole.MENTIONED).map(GroupRef::name)
                    .distinct().forEach(out::add);
            case Fields.COUNTRY -> add(out, f.place().country());
            case Fields.REGION -> add(out, f.place().region());
            case Fields.CITY -> add(out, f.place().city());
            case Fields.YEAR -> add(out, f.date() == null ? null : f.date().substring(0, 4));
            case Fields.ATTACK_TYPE -> out.addAll(f.attackTypes().stream().distinct().toList());
            case Fields.TARGET -> out.addAll(f.targets().stream().distinct().toList());
            default -> throw new IllegalArgumentException(dim);
        }
        return out;
    }

    private static void add(List<String> out, String v) {
        if (v != null) out.add(v);
    }

}
