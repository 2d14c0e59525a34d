package org.incidex.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that the committed resources still match the shared source data they were built from
 * ({@code scripts/build_gazetteer.py}). Skips loudly when {@code ../shared} (system property {@code incidex.shared})
 * is absent.
 */
class GazetteerResourcesTest {
    private static Path src;
    private static final Gazetteer G = Gazetteer.shared();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void findShared() {
        Path shared = Path.of(System.getProperty("incidex.shared", "../shared"));
        src = shared.resolve("data/gazetteer");
        if (!Files.isRegularFile(src.resolve("geonames-cities1000.tsv"))) {
            System.err.println("SKIPPED: GazetteerResourcesTest: no gazetteer source data under "
                    + src.toAbsolutePath() + " (set -Dincidex.shared=...)");
            Assumptions.assumeTrue(false, "SKIPPED: no gazetteer source data under " + src.toAbsolutePath());
        }
    }

    @Test
    void everySourceCityAndEveryAdditionIsLoaded() throws IOException {
        List<String[]> rows = sourceCities();
        assertThat(rows).hasSize(135_233);
        assertThat(G.cityCount()).isEqualTo(rows.size() + additionRows());
    }

    @Test
    void everyNationalCapitalIsACapitalCity() throws IOException {
        List<String[]> capitals = sourceCities().stream().filter(r -> r[4].equals("PPLC")).toList();
        assertThat(capitals).hasSizeGreaterThan(200);
        for (String[] r : capitals) {
            assertThat(G.cities(r[1])).as(r[1] + ", " + r[2])
                    .anySatisfy(c -> {
                        assertThat(c.countryCode()).isEqualTo(r[2]);
                        assertThat(c.capital()).isTrue();
                        assertThat(c.population()).isEqualTo(Long.parseLong(r[6]));
                    });
        }
    }

    @Test
    void everyAdmin1RegionIsLoadedUnderItsName() throws IOException {
        JsonNode admin1 = JSON.readTree(src.resolve("geonames-admin1.json").toFile());
        assertThat(admin1.size()).isEqualTo(3_865);
        // plus the curated second-level provinces of places-aliases.tsv (kind "province"), each a region of its own
        long provinces;
        try (var in = Gazetteer.class.getResourceAsStream("places-aliases.tsv")) {
            provinces = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.split("\t", -1).length > 1 && l.split("\t", -1)[1].equals("province")).count();
        }
        // 86 Philippine provinces, 45 of Burkina Faso, 53 Cameroonian divisions plus two second spellings
        assertThat(provinces).isEqualTo(186);
        assertThat(G.regionCount()).isEqualTo(admin1.size() + provinces);
        for (JsonNode a : admin1) {
            String name = a.get("name").asText().strip();
            String cc = a.get("code").asText().substring(0, 2);
            assertThat(G.regions(name)).as(name).anySatisfy(r -> assertThat(r.countryCode()).isEqualTo(cc));
        }
    }

    @Test
    void everyCountryIsLoadedWithItsCodesNameAndDemonym() throws IOException {
        JsonNode countries = JSON.readTree(src.resolve("world-countries.json").toFile());
        assertThat(countries.size()).isEqualTo(250);
        assertThat(G.countries()).hasSize(countries.size());
        for (JsonNode c : countries) {
            String cca2 = c.get("cca2").asText();
            Country country = G.countryByCode(cca2).orElseThrow();
            assertThat(country.code3()).isEqualTo(c.get("cca3").asText());
            assertThat(country.name()).isEqualTo(c.at("/name/common").asText());
            assertThat(G.country(c.get("cca3").asText())).contains(country);
            JsonNode capital = c.get("capital");
            assertThat(country.capital()).isEqualTo(capital.isEmpty() ? null : capital.get(0).asText());
            String demonym = c.at("/demonyms/eng/m").asText();
            if (!demonym.isEmpty()) assertThat(G.country(demonym)).as(cca2 + " " + demonym).isPresent();
        }
    }

    private static List<String[]> sourceCities() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader br = Files.newBufferedReader(src.resolve("geonames-cities1000.tsv"))) {
            br.readLine();
            for (String line; (line = br.readLine()) != null; ) {
                if (!line.isEmpty()) rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static int additionRows() throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(GazetteerLoader.ADDITIONS)) {
            if (in == null) return 0;
            var br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return (int) br.lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
    }
}
