package org.incidex.search;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregation columns' counting against a count done the plain way, in both ordinal widths. */
class DocColumnsLeafTest {
    private static final int DOCS = 3_000;

    /** A leaf of random documents with up to nine ordinals each below {@code bound}. */
    private static DocColumns.Leaf leaf(Random r, int bound, boolean narrow, int[][] perDoc) {
        int[] ordStart = new int[DOCS + 1];
        int[] ords = new int[DOCS * 9];
        int size = 0;
        for (int d = 0; d < DOCS; d++) {
            ordStart[d] = size;
            perDoc[d] = r.ints(0, bound).distinct().limit(r.nextInt(10)).sorted().toArray(); // as doc values give them
            for (int ord : perDoc[d]) ords[size++] = ord;
        }
        ordStart[DOCS] = size;
        return new DocColumns.Leaf(new int[DOCS], new int[DOCS], new byte[DOCS], new int[DOCS], new int[DOCS],
                new short[DOCS], ordStart, java.util.Arrays.copyOf(ords, size), narrow);
    }

    private static void checkCounts(int bound, boolean narrow, long seed) {
        Random r = new Random(seed);
        int[][] perDoc = new int[DOCS][];
        DocColumns.Leaf leaf = leaf(r, bound, narrow, perDoc);
        int[] docs = r.ints(0, DOCS).distinct().limit(DOCS / 3).sorted().toArray();
        int[] expected = new int[bound];
        for (int doc : docs) for (int ord : perDoc[doc]) expected[ord]++;
        int[] counts = new int[bound];
        leaf.countOrds(docs, docs.length, counts);
        assertThat(counts).isEqualTo(expected);
        // one dimension's range, its ends ordinals the documents have (so an end counted wrong shows)
        int[] present = java.util.Arrays.stream(docs).flatMap(d -> java.util.Arrays.stream(perDoc[d])).distinct().sorted().toArray();
        for (int k = 0; k < 20; k++) {
            int a = present[r.nextInt(present.length)];
            int b = present[r.nextInt(present.length)];
            int first = Math.min(a, b);
            int last = Math.max(a, b);
            int[] inRange = new int[bound];
            leaf.countOrds(docs, docs.length, inRange, first, last);
            int[] want = new int[bound];
            System.arraycopy(expected, first, want, first, last - first + 1);
            assertThat(inRange).as("[" + first + ", " + last + "]").isEqualTo(want);
        }
    }

    @Test
    void narrowOrdinalsCountAsTheDocumentsHaveThem() {
        for (long seed = 1; seed <= 5; seed++) checkCounts(1 << 16, true, seed);
    }

    @Test
    void wideOrdinalsCountAsTheDocumentsHaveThem() {
        for (long seed = 1; seed <= 5; seed++) checkCounts(200_000, false, seed);
    }

    @Test
    void sixteenBitsHoldExactlyTheFirst65536Ordinals() {
        assertThat(DocColumns.narrow(1 << 16)).isTrue();
        assertThat(DocColumns.narrow((1 << 16) + 1)).isFalse();
        assertThatThrownBy(() -> new DocColumns.Leaf(new int[1], new int[1], new byte[1], new int[1], new int[1],
                new short[1], new int[] {0, 1}, new int[] {1 << 16}, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    @Test
    void ordinalsThatDoNotAscendAreRefused() {
        assertThatThrownBy(() -> new DocColumns.Leaf(new int[1], new int[1], new byte[1], new int[1], new int[1],
                new short[1], new int[] {0, 2}, new int[] {5, 3}, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("document 0");
    }

    @Test
    void aCasualtyCodeGivesBackBothBuckets() {
        long[] values = {-1, 0, 1, 9, 10, 49, 50, 99, 100, 5_000};
        long[] codeCounts = new long[RangeFacets.CODES];
        long[][] expected = new long[2][RangeFacets.BUCKET_COUNT];
        for (long killed : values) {
            for (long injured : values) {
                int code = RangeFacets.code(killed, injured);
                assertThat(code).isBetween(0, RangeFacets.CODES - 1);
                assertThat(RangeFacets.codeBucket(code, 0)).isEqualTo(killed < 0 ? -1 : RangeFacets.bucket(killed));
                assertThat(RangeFacets.codeBucket(code, 1)).isEqualTo(injured < 0 ? -1 : RangeFacets.bucket(injured));
                codeCounts[code]++;
                if (killed >= 0) expected[0][RangeFacets.bucket(killed)]++;
                if (injured >= 0) expected[1][RangeFacets.bucket(injured)]++;
            }
        }
        assertThat(RangeFacets.fromCodes(codeCounts)).isEqualTo(expected);
    }
}
