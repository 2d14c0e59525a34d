package org.incidex.search;

import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.DocIdSetBuilder;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches hand out exactly the set's doc ids, in order, for dense (bit set) and sparse sets and any batch size. */
class DocBatchesTest {
    @Test
    void denseAndSparseSetsGiveEveryDocOnceInOrder() throws IOException {
        Random rnd = new Random(3);
        for (int round = 0; round < 200; round++) {
            int maxDoc = 1 + rnd.nextInt(3000);
            double density = rnd.nextDouble() < 0.2 ? 0.001 : rnd.nextDouble();
            FixedBitSet bits = new FixedBitSet(maxDoc);
            DocIdSetBuilder builder = new DocIdSetBuilder(maxDoc);
            DocIdSetBuilder.BulkAdder adder = null;
            List<Integer> expected = new ArrayList<>();
            for (int d = 0; d < maxDoc; d++) {
                if (rnd.nextDouble() < density || d == maxDoc - 1 && round % 3 == 0) {
                    bits.set(d);
                    expected.add(d);
                }
            }
            adder = builder.grow(expected.size());
            for (int d : expected) adder.add(d);
            int batch = 1 + rnd.nextInt(700);
            DocIdSet sparse = builder.build();
            assertThat(all(new BitDocIdSet(bits), batch)).isEqualTo(expected);
            assertThat(all(sparse, batch)).isEqualTo(expected);
            int from = rnd.nextInt(maxDoc + 1);
            int to = from + rnd.nextInt(maxDoc + 2 - from);
            List<Integer> inRange = expected.stream().filter(d -> d >= from && d < to).toList();
            assertThat(range(new BitDocIdSet(bits), from, to, batch)).as("[%d, %d)", from, to).isEqualTo(inRange);
            assertThat(range(sparse, from, to, batch)).as("[%d, %d)", from, to).isEqualTo(inRange);
            // split in two, as the aggregation pass does: together exactly the whole
            int mid = maxDoc / 2;
            List<Integer> halves = new ArrayList<>(range(new BitDocIdSet(bits), 0, mid, batch));
            halves.addAll(range(new BitDocIdSet(bits), mid, maxDoc, batch));
            assertThat(halves).isEqualTo(expected);
        }
    }

    @Test
    void anEmptyOrMissingSetGivesNothing() throws IOException {
        assertThat(all(new BitDocIdSet(new FixedBitSet(0)), 8)).isEmpty();
        assertThat(all(new BitDocIdSet(new FixedBitSet(100)), 8)).isEmpty();
        assertThat(all(null, 8)).isEmpty();
        assertThat(all(DocIdSet.EMPTY, 8)).isEmpty();
    }

    private static List<Integer> range(DocIdSet set, int from, int to, int batch) throws IOException {
        DocBatches b = new DocBatches(set, from, to);
        int[] buf = new int[batch];
        List<Integer> out = new ArrayList<>();
        for (int n = b.next(buf); n > 0; n = b.next(buf)) for (int i = 0; i < n; i++) out.add(buf[i]);
        return out;
    }

    private static List<Integer> all(DocIdSet set, int batch) throws IOException {
        DocBatches b = new DocBatches(set);
        int[] buf = new int[batch];
        List<Integer> out = new ArrayList<>();
        for (int n = b.next(buf); n > 0; n = b.next(buf)) for (int i = 0; i < n; i++) out.add(buf[i]);
        assertThat(b.next(buf)).isZero();
        if (set != null && set.iterator() != null) {
            List<Integer> viaIterator = new ArrayList<>();
            DocIdSetIterator it = set.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) viaIterator.add(d);
            assertThat(out).isEqualTo(viaIterator);
        }
        return out;
    }
}
