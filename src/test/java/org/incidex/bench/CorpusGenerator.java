package org.incidex.bench;

import org.incidex.ingest.demo.DemoCorpus;
import org.incidex.ingest.demo.Fact;
import org.incidex.ingest.demo.PageRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark corpus: {@code n} news pages written by the demo's page renderer (its four site layouts, its article
 * prose, navigation, comments and ads) from facts recombined out of the demo's facts table — a place from one row, the
 * perpetrators from another, the attack and target from a third, a date drawn from 1975–2023, tolls scaled at random.
 * The same seed gives the same files, byte for byte, for every system. Pages go into subdirectories of 1,000.
 * Not thread-safe.
 */
public final class CorpusGenerator {
    private static final LocalDate FIRST = LocalDate.of(1975, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2023, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private final List<Fact> facts;
    private final PageRenderer renderer;
    private final long seed;

    public CorpusGenerator(long seed) {
        this.facts = DemoCorpus.load().facts();
        this.renderer = new PageRenderer(facts);
        this.seed = seed;
    }

    /** The i-th fact of the corpus (a pure function of the seed and i). */
    public Fact fact(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        Fact place = pick(r);
        Fact who = pick(r);
        Fact what = pick(r);
        LocalDate date = FIRST.plusDays(r.nextInt(DAYS + 1));
        Integer killed = what.killed() == null ? (r.nextInt(4) == 0 ? null : r.nextInt(40)) : scale(what.killed(), r);
        Integer injured = what.injured() == null ? null : scale(what.injured(), r);
        Integer hostages = what.hostages() == null ? null : scale(what.hostages(), r);
        String id = String.format("b%07d-%s", i, slug(place.city()));
        return new Fact(id, date, place.city(), place.region(), place.country(), place.countryCode(), who.groups(),
                who.groups().isEmpty() ? null : who.groupRole(), killed, injured, hostages, what.attackType(),
                what.targetType(), null, "Attack in " + place.city());
    }

    private Fact pick(Random r) {
        return facts.get(r.nextInt(facts.size()));
    }

    private static Integer scale(int n, Random r) {
        return Math.max(0, (int) Math.round(n * (0.3 + 1.4 * r.nextDouble())));
    }

    private static String slug(String s) {
        String out = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return out.isEmpty() ? "x" : out.length() > 30 ? out.substring(0, 30) : out;
    }

    /** Writes pages 0..n-1 under {@code dir} (skipping files already there with the right size) and returns them. */
    public List<BenchDoc> write(Path dir, int n) throws IOException {
        List<BenchDoc> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Fact f = fact(i);
            Path file = dir.resolve(String.format("%04d", i / 1000)).resolve(f.id() + ".html");
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, renderer.render(f, seed ^ i), StandardCharsets.UTF_8);
            }
            docs.add(new BenchDoc(f.id(), file, f.date().toString(), f.date().getYear(), f.country(), f.city(),
                    f.groups(), f.attackType(), f.targetType() == null ? "" : f.targetType(), f.killed()));
        }
        return docs;
    }
}
