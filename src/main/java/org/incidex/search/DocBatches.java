package org.incidex.search;

import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;

/**
 * The doc ids of one segment's collected set, handed out in ascending batches: a dense set (a {@link FixedBitSet})
 * is read a 64-bit word at a time rather than one {@code nextDoc()} call per document, which was a third of the
 * aggregation pass over large match sets. Not thread-safe: one per pass.
 */
final class DocBatches {
    private final long[] words;
    private final int wordCount;
    private final DocIdSetIterator it;
    private int word;
    private long pending;
    private boolean done;

    DocBatches(DocIdSet set) throws IOException {
        if (set instanceof BitDocIdSet b && b.bits() instanceof FixedBitSet f) {
            words = f.getBits();
            wordCount = FixedBitSet.bits2words(f.length());
            it = null;
            pending = wordCount > 0 ? words[0] : 0;
            done = wordCount == 0;
        } else {
            words = null;
            wordCount = 0;
            it = set == null ? null : set.iterator();
            done = it == null;
        }
    }

    /** Fills {@code buf} with the next doc ids; returns how many (0 when there are no more). */
    int next(int[] buf) throws IOException {
        if (done) return 0;
        int n = 0;
        if (words != null) {
            while (n < buf.length) {
                if (pending == 0) {
                    if (++word >= wordCount) {
                        done = true;
                        break;
                    }
                    pending = words[word];
                    continue;
                }
                buf[n++] = (word << 6) + Long.numberOfTrailingZeros(pending);
                pending &= pending - 1;
            }
            return n;
        }
        while (n < buf.length) {
            int doc = it.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                done = true;
                break;
            }
            buf[n++] = doc;
        }
        return n;
    }
}
