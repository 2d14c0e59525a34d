package org.incidex.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The rotating query mix: the seven {@link BenchQuery.Kind}s in turn, each query drawn at random (seeded) from the
 * corpus's own vocabulary — never one hot term. The vocabulary is the corpus's frequent words with the 40 most
 * frequent left out (page furniture and words every article has), phrases are its frequent adjacent pairs, and
 * filter values and date ranges come from the documents' facts. Every query asks for the six facet counts.
 */
public final class QueryMix {
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "were", "been", "their",
            "they", "said", "which", "about", "after", "into", "when", "than", "there", "would", "could", "also");

    private QueryMix() {}

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) if (t.length() >= 4 && !STOP.contains(t)) out.add(t);
        return out;
    }

    /** {@code n} queries from the documents and their texts (a sample of up to 500 texts is read for words). */
    public static List<BenchQuery> build(List<BenchDoc> docs, List<String> texts, int n, long seed) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < Math.min(500, texts.size()); i++) {
            List<String> t = tokens(texts.get(i));
            for (int j = 0; j < t.size(); j++) {
                words.merge(t.get(j), 1, Integer::sum);
                if (j > 0) pairs.merge(t.get(j - 1) + " " + t.get(j), 1, Integer::sum);
            }
        }
        Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        List<String> vocab = words.entrySet().stream().sorted(byCount).skip(40).limit(400).map(Map.Entry::getKey).toList();
        List<String> phrases = pairs.entrySet().stream().filter(e -> e.getValue() >= 5).sorted(byCount).skip(10).limit(200)
                .map(Map.Entry::getKey).toList();
        if (vocab.size() < 10 || phrases.isEmpty()) throw new IllegalStateException("the corpus is too small for a query mix");

        Random r = new Random(seed);
        List<BenchQuery> out = new ArrayList<>(n);
        BenchQuery.Kind[] kinds = BenchQuery.Kind.values();
        for (int i = 0; i < n; i++) {
            BenchQuery.Kind kind = kinds[i % kinds.length];
            String w1 = vocab.get(r.nextInt(vocab.size()));
            String w2 = vocab.get(r.nextInt(vocab.size()));
            BenchDoc d = docs.get(r.nextInt(docs.size()));
            out.add(switch (kind) {
                case TERM -> new BenchQuery(kind, w1, Map.of(), null, null, true, false, false);
                case AND -> new BenchQuery(kind, w1 + " " + w2, Map.of(), null, null, true, false, false);
                case PHRASE -> new BenchQuery(kind, phrases.get(r.nextInt(phrases.size())), Map.of(), null, null, true, false, false);
                case FACETED -> new BenchQuery(kind, w1, r.nextBoolean() ? Map.of("country", d.country())
                        : Map.of("attackType", d.attackType()), null, null, true, false, false);
                case DATE_RANGE_FACETS -> {
                    int span = 1 + r.nextInt(5);
                    yield new BenchQuery(kind, w1, Map.of(), d.year() + "-01-01", (d.year() + span - 1) + "-12-31", true, false, false);
                }
                case HIGHLIGHTED -> new BenchQuery(kind, w1 + " " + w2, Map.of(), null, null, true, true, false);
                case SORTED_BY_DATE -> new BenchQuery(kind, w1, Map.of(), null, null, true, false, true);
            });
        }
        return out;
    }
}
