package org.incidex.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.incidex.bench.BenchQuery.Kind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite FTS5 and PostgreSQL benchmark systems on 30 tiny pages whose answers are known: totals (with stemming
 * and stop words), the top hit, phrase against AND, filters, facet counts, a date range, date order, highlighting,
 * query-syntax characters in the words, and two threads at once. PostgreSQL is skipped, loudly, when its server
 * binaries are not installed.
 *
 * <p>Pages 0–9 say "car bomb" (a phrase), 10–19 have "bomb" and "car" apart, 20–29 neither (a checkpoint attack);
 * page 7 alone also mentions a zeppelin, twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchSystemsTest {
    private static final String[] COUNTRIES = {"Iraq", "Nigeria", "Somalia"};

    private final List<BenchDoc> docs = new ArrayList<>();
    private final List<BenchSystem> systems = new ArrayList<>();
    private boolean postgres;

    @BeforeAll
    void ingest(@TempDir Path tmp) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String country = COUNTRIES[i % 3];
            String city = switch (country) {
                case "Iraq" -> i % 2 == 0 ? "Baghdad" : "Mosul";
                case "Nigeria" -> "Maiduguri";
                default -> "Mogadishu";
            };
            String body = i < 10 ? "A car bomb exploded near the market in " + city + ", killing " + i + " people."
                    : i < 20 ? "A bomb hidden in a parked car exploded in " + city + "; " + i + " people were killed."
                    : "Gunmen attacked a checkpoint in " + city + " and killed " + i + " police officers.";
            if (i == 7) body += " Witnesses said a zeppelin flew over; the zeppelin was unharmed.";
            LocalDate date = LocalDate.of(2015 + i % 5, 1 + i % 12, 1 + i % 28);
            List<String> groups = switch (i % 4) {
                case 0 -> List.of("ISIL");
                case 1 -> List.of("Boko Haram");
                case 2 -> List.of("ISIL", "Boko Haram");
                default -> List.of();
            };
            String id = String.format("d%02d", i);
            Path file = tmp.resolve(id + ".html");
            Files.writeString(file, "<html><head><title>Report " + i + "</title></head><body><h1>Report " + i
                    + "</h1><p>" + body + "</p></body></html>");
            docs.add(new BenchDoc(id, file, date.toString(), date.getYear(), country, city, groups,
                    i % 2 == 0 ? "Bombing" : "Armed assault", i % 3 == 0 ? "Police" : "Civilians", i));
            texts.add(Jsoup.parse(file.toFile()).text());
        }

        systems.add(timedIngest(new SqliteFts5System(tmp), texts));
        if (PostgresSystem.findBinDir().isPresent()) {
            long t0 = System.nanoTime();
            PostgresSystem pg = PostgresSystem.start();
            System.out.printf("postgres: cluster started in %d ms (%.0f ms with the call)%n", pg.startupMillis(),
                    (System.nanoTime() - t0) / 1e6);
            systems.add(timedIngest(pg, texts));
            postgres = true;
        } else {
            System.err.println("!!!!! SKIPPING PostgreSQL: no /usr/lib/postgresql/*/bin/initdb"
                    + " (apt-get install postgresql) — only SQLite is checked !!!!!");
        }
    }

    private BenchSystem timedIngest(BenchSystem s, List<String> texts) throws Exception {
        long t0 = System.nanoTime();
        s.ingest(docs, texts);
        System.out.printf("%s: ingested %d pages in %.0f ms, %,d bytes on disk%n", s.name(), docs.size(),
                (System.nanoTime() - t0) / 1e6, s.diskBytes());
        return s;
    }

    @AfterAll
    void close() throws Exception {
        for (BenchSystem s : systems) s.close();
    }

    private static BenchQuery q(Kind kind, String text) {
        return new BenchQuery(kind, text, Map.of(), null, null, false, false, false);
    }

    private static BenchQuery faceted(Kind kind, String text, Map<String, String> filters, String from, String to) {
        return new BenchQuery(kind, text, filters, from, to, true, false, false);
    }

    private void expectTotal(BenchQuery query, long total) throws Exception {
        for (BenchSystem s : systems) {
            assertThat(s.query(query).total()).as("%s: %s", s.name(), query).isEqualTo(total);
        }
    }

    @Test
    void postgresIsInstalled() {
        Assumptions.assumeTrue(postgres, "PostgreSQL server binaries absent: the PostgreSQL system is not checked");
    }

    @Test
    void missingPostgresBinariesAreNamed() {
        assertThatThrownBy(() -> PostgresSystem.start(Path.of("/nonexistent/bin")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nonexistent/bin/initdb");
    }

    @Test
    void totalsWithStemmingAndStopWords() throws Exception {
        expectTotal(q(Kind.TERM, "bomb"), 20);
        expectTotal(q(Kind.TERM, "Bombs"), 20);
        expectTotal(q(Kind.TERM, "kills"), 30); // killing, killed
        expectTotal(q(Kind.TERM, "zeppelin"), 1);
        expectTotal(q(Kind.TERM, "car checkpoint"), 30);
        expectTotal(q(Kind.AND, "car checkpoint"), 0);
        expectTotal(q(Kind.TERM, "the"), 0); // a stop word alone, as in Lucene's English analysis
        expectTotal(q(Kind.TERM, "the zeppelin"), 1);
    }

    @Test
    void phraseIsNarrowerThanAnd() throws Exception {
        expectTotal(q(Kind.AND, "car bomb"), 20);
        expectTotal(q(Kind.PHRASE, "car bomb"), 10);
        expectTotal(q(Kind.PHRASE, "bomb car"), 0);
        expectTotal(q(Kind.PHRASE, "near the market"), 10);
    }

    @Test
    void obviousTopHit() throws Exception {
        for (BenchSystem s : systems) {
            BenchSystem.Answer a = s.query(q(Kind.TERM, "zeppelin market"));
            assertThat(a.total()).as(s.name()).isEqualTo(10);
            assertThat(a.ids()).as(s.name()).hasSize(10).first().isEqualTo("d07");
            assertThat(a.facets()).as(s.name()).isEmpty();
        }
    }

    @Test
    void filtersAndFacetCounts() throws Exception {
        BenchQuery iraq = faceted(Kind.FACETED, "bomb", Map.of("country", "Iraq"), null, null);
        expectFacets(iraq, i -> i < 20 && i % 3 == 0);
        for (BenchSystem s : systems) {
            Map<String, Long> groups = s.query(iraq).facets().get("group");
            assertThat(groups).as(s.name()).containsExactly(Map.entry("ISIL", 4L), Map.entry("Boko Haram", 3L));
        }
        expectFacets(faceted(Kind.FACETED, "checkpoint", Map.of("group", "ISIL"), null, null),
                i -> i >= 20 && i % 4 % 2 == 0);
        expectFacets(faceted(Kind.FACETED, "killed", Map.of("year", "2015", "attackType", "Bombing"), null, null),
                i -> i % 5 == 0 && i % 2 == 0);
        expectFacets(faceted(Kind.FACETED, "", Map.of("country", "Somalia"), null, null), i -> i % 3 == 2);
    }

    @Test
    void dateRange() throws Exception {
        BenchQuery range = faceted(Kind.DATE_RANGE_FACETS, "killed", Map.of(), "2016-01-01", "2017-12-31");
        expectFacets(range, i -> i % 5 == 1 || i % 5 == 2);
        for (BenchSystem s : systems) {
            assertThat(s.query(range).facets().get("year")).as(s.name()).containsOnlyKeys("2016", "2017");
        }
        // Both ends are inclusive: d06 is 2016-07-07.
        expectTotal(new BenchQuery(Kind.DATE_RANGE_FACETS, "bomb", Map.of(), "2016-07-07", "2016-07-07", true, false,
                false), 1);
    }

    @Test
    void sortedByDateNewestFirst() throws Exception {
        List<String> expected = IntStream.range(20, 30).mapToObj(docs::get)
                .sorted(Comparator.comparing(BenchDoc::date).reversed()).map(BenchDoc::id).toList();
        BenchQuery sorted = new BenchQuery(Kind.SORTED_BY_DATE, "checkpoint", Map.of(), null, null, false, false, true);
        for (BenchSystem s : systems) {
            assertThat(s.query(sorted).ids()).as(s.name()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void highlighted() throws Exception {
        BenchQuery hl = new BenchQuery(Kind.HIGHLIGHTED, "market zeppelin", Map.of(), null, null, false, true, false);
        for (BenchSystem s : systems) {
            BenchSystem.Answer a = s.query(hl);
            assertThat(a.total()).as(s.name()).isEqualTo(10);
            assertThat(a.ids()).as(s.name()).first().isEqualTo("d07");
        }
    }

    @Test
    void querySyntaxInTheWordsIsJustText() throws Exception {
        expectTotal(q(Kind.TERM, "bomb\" OR \"x* -car NEAR( text: ^ {a b}"), 20);
        expectTotal(q(Kind.AND, "-car bomb"), 20);
        expectTotal(q(Kind.PHRASE, "car\" bomb"), 10);
        expectTotal(q(Kind.AND, "\"\" *:*"), 0);
    }

    @Test
    void twoThreadsAtOnce() throws Exception {
        List<BenchQuery> mix = List.of(q(Kind.TERM, "bomb"), q(Kind.PHRASE, "car bomb"),
                faceted(Kind.FACETED, "killed", Map.of("country", "Nigeria"), null, null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (BenchSystem s : systems) {
                List<BenchSystem.Answer> one = new ArrayList<>();
                for (BenchQuery query : mix) one.add(s.query(query));
                List<Future<List<BenchSystem.Answer>>> futures = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    futures.add(pool.submit(() -> {
                        List<BenchSystem.Answer> last = new ArrayList<>();
                        for (int round = 0; round < 50; round++) {
                            last.clear();
                            for (BenchQuery query : mix) last.add(s.query(query));
                        }
                        return last;
                    }));
                }
                for (Future<List<BenchSystem.Answer>> f : futures) assertThat(f.get()).as(s.name()).isEqualTo(one);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Not a measurement (BenchMain makes those): only that a mixed run works and what it roughly costs here. */
    @Test
    void roughTiming() throws Exception {
        List<BenchQuery> mix = List.of(q(Kind.TERM, "bomb market"), q(Kind.AND, "car bomb"),
                q(Kind.PHRASE, "car bomb"), faceted(Kind.FACETED, "killed", Map.of("country", "Iraq"), null, null),
                faceted(Kind.DATE_RANGE_FACETS, "killed", Map.of(), "2016-01-01", "2017-12-31"),
                new BenchQuery(Kind.HIGHLIGHTED, "market", Map.of(), null, null, false, true, false),
                new BenchQuery(Kind.SORTED_BY_DATE, "killed", Map.of(), null, null, false, false, true));
        for (BenchSystem s : systems) {
            for (BenchQuery query : mix) s.query(query); // warm up
            int n = 70;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) s.query(mix.get(i % mix.size()));
            System.out.printf("%s: %.2f ms per query over the 30 pages (%d queries, one thread)%n", s.name(),
                    (System.nanoTime() - t0) / 1e6 / n, n);
        }
    }

    /** Checks the total, the top ids' membership and every facet count against the pages {@code matches} picks. */
    private void expectFacets(BenchQuery query, IntPredicate matches) throws Exception {
        List<BenchDoc> hits = IntStream.range(0, docs.size()).filter(matches).mapToObj(docs::get).toList();
        Map<String, Map<String, Long>> expected = new LinkedHashMap<>();
        for (String dim : BenchDoc.DIMENSIONS) {
            Map<String, Long> counts = new TreeMap<>();
            for (BenchDoc d : hits) {
                List<String> values = switch (dim) {
                    case "country" -> List.of(d.country());
                    case "city" -> List.of(d.city());
                    case "group" -> d.groups();
                    case "year" -> List.of(String.valueOf(d.year()));
                    case "attackType" -> List.of(d.attackType());
                    default -> List.of(d.target());
                };
                for (String v : values) counts.merge(v, 1L, Long::sum);
            }
            expected.put(dim, counts);
        }
        List<String> ids = hits.stream().map(BenchDoc::id).toList();
        for (BenchSystem s : systems) {
            BenchSystem.Answer a = s.query(query);
            assertThat(a.total()).as("%s: %s", s.name(), query).isEqualTo(hits.size());
            assertThat(a.ids()).as(s.name()).hasSize(Math.min(10, hits.size())).isSubsetOf(ids);
            assertThat(a.facets()).as("%s: %s", s.name(), query).isEqualTo(expected);
        }
    }
}
