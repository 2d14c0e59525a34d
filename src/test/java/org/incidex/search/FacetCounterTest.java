package org.incidex.search;

import org.incidex.index.Fields;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listed facet values are the first of all counted values sorted by count then name, whatever the ties at the
 * cut, the prefix filter or "more": checked against sorting every value, over random counts with many ties.
 */
class FacetCounterTest {
    private static final String[] WORDS = {"Al", "Boko", "Haram", "Kabul", "Lagos", "Mosul", "North", "Sinai", "Émir", "état"};

    @Test
    void listsWhatSortingEveryValueLists() {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            int size = rnd.nextInt(60);
            String[] names = new String[size];
            int[] counts = new int[size];
            for (int i = 0; i < size; i++) {
                names[i] = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " " + i;
                counts[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1 + rnd.nextInt(6)); // zeros and many ties
            }
            int facetSize = 1 + rnd.nextInt(12);
            Map<String, FacetOptions> opts = new HashMap<>();
            String dim = Fields.FACET_DIMS.get(rnd.nextInt(Fields.FACET_DIMS.size()));
            String prefix = rnd.nextInt(3) == 0 ? WORDS[rnd.nextInt(WORDS.length)].substring(0, 2) : null;
            boolean more = rnd.nextInt(4) == 0;
            opts.put(dim, new FacetOptions(prefix, more));
            SearchRequest req = new SearchRequest("", Map.of(), null, null, null, null, SortOrder.RELEVANCE, 1, 10,
                    facetSize, null, null, null, null, opts, null, null, null);
            FacetCounter.Listed listed = FacetCounter.count(d -> d.equals(dim) ? counts(names, counts) : FacetCounter.NONE, req);

            List<SearchResult.FacetValue> all = new ArrayList<>();
            FacetOptions o = req.facetOptions(dim);
            for (int i = 0; i < size; i++) if (counts[i] > 0 && o.accepts(names[i])) all.add(new SearchResult.FacetValue(names[i], counts[i]));
            all.sort(FacetCounter.ORDER);
            int limit = more ? FacetOptions.MAX_VALUES : facetSize;
            assertThat(listed.values().get(dim)).as("round %d", round).containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
            assertThat(listed.totals().get(dim)).isEqualTo(all.size());
            for (String other : Fields.FACET_DIMS) if (!other.equals(dim)) assertThat(listed.values().get(other)).isEmpty();
        }
    }

    private static FacetCounter.Counts counts(String[] names, int[] counts) {
        return new FacetCounter.Counts() {
            public int size() { return names.length; }

            public int count(int i) { return counts[i]; }

            public String value(int i) { return names[i]; }
        };
    }
}
