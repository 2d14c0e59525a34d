package org.incidex.ingest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 12-row sample facts table of the tests, and a bigger synthetic table built from it. */
final class SampleFacts {

    static final String RESOURCE = "/org/incidex/ingest/demo/facts-sample.tsv";

    private SampleFacts() {
    }

    static List<Fact> load() {
        try (InputStream in = SampleFacts.class.getResourceAsStream(RESOURCE)) {
            return DemoCorpus.parseFacts(new InputStreamReader(in, StandardCharsets.UTF_8), "facts-sample.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} facts: the sample rows repeated under new ids (for load and speed tests only). */
    static List<Fact> synthetic(int n) {
        List<Fact> sample = load();
        List<Fact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Fact f = sample.get(i % sample.size());
            out.add(new Fact(f.id() + "-" + i, f.date(), f.city(), f.region(), f.country(), f.countryCode(), f.groups(),
                    f.groupRole(), f.killed(), f.injured(), f.hostages(), f.attackType(), f.targetType(), f.target(),
                    f.name() + " " + i));
        }
        return out;
    }

    /** A copy of {@code f} with another death toll. */
    static Fact withKilled(Fact f, Integer killed) {
        return new Fact(f.id(), f.date(), f.city(), f.region(), f.country(), f.countryCode(), f.groups(), f.groupRole(),
                killed, f.injured(), f.hostages(), f.attackType(), f.targetType(), f.target(), f.name());
    }
}
