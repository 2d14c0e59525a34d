package org.incidex.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;

/**
 * The doc ids of one segment's collected set, handed out in ascending batches: a dense set (a {@link FixedBitSet})
 * is read a 64-bit word at a time rather than one {@code nextDoc()} call per document, which was a third of the
 * aggregation pass over large match sets. Not thread-safe: one per pass.
 */
final class DocBatches {
    /** Doc ids handed to a consumer at a time. */
    static final int BATCH = 512;

    /** Receives one batch of a segment's doc ids: {@code docs[0..n)}, ascending. */
    @FunctionalInterface
    interface Consumer {
        void accept(DocColumns.Leaf leaf, int[] docs, int n);
    }

    /**
     * Hands share {@code part} of {@code parts} (by doc id within each segment) of the collected documents to
     * {@code consumer} in batches, with each segment's columns.
     */
    static void forEach(DocColumns cols, java.util.List<org.apache.lucene.facet.FacetsCollector.MatchingDocs> matches,
                        int part, int parts, Consumer consumer) throws IOException {
        int[] buf = new int[BATCH];
        for (org.apache.lucene.facet.FacetsCollector.MatchingDocs md : matches) {
            DocColumns.Leaf leaf = cols.leaf(md.context());
            long maxDoc = md.context().reader().maxDoc();
            DocBatches batches = new DocBatches(md.bits(), (int) (maxDoc * part / parts), (int) (maxDoc * (part + 1) / parts));
            for (int n = batches.next(buf); n > 0; n = batches.next(buf)) consumer.accept(leaf, buf, n);
        }
    }

    /**
     * Hands every live document that is not in {@code matches} to {@code consumer} in batches, segment by segment
     * (all of them, including segments without an entry in {@code matches}); with no matches at all, every live
     * document. Entries of the same segment (partitions scored apart) count together.
     */
    static void forEachMissing(DocColumns cols, java.util.List<org.apache.lucene.facet.FacetsCollector.MatchingDocs> matches,
                               Consumer consumer) throws IOException {
        int[] buf = new int[BATCH];
        for (LeafReaderContext context : cols.contexts()) {
            LeafReader reader = context.reader();
            int maxDoc = reader.maxDoc();
            FixedBitSet matched = matchedIn(context, maxDoc, matches);
            Bits live = reader.getLiveDocs();
            DocColumns.Leaf leaf = cols.leaf(context);
            long[] words = matched == null ? null : matched.getBits();
            int n = 0;
            for (int w = 0, wordCount = (maxDoc + 63) >>> 6; w < wordCount; w++) {
                long missing = words == null ? -1L : ~words[w];
                if (w == wordCount - 1 && (maxDoc & 63) != 0) missing &= -1L >>> (64 - (maxDoc & 63));
                while (missing != 0) {
                    int doc = (w << 6) + Long.numberOfTrailingZeros(missing);
                    missing &= missing - 1;
                    if (live != null && !live.get(doc)) continue;
                    buf[n++] = doc;
                    if (n == BATCH) {
                        consumer.accept(leaf, buf, n);
                        n = 0;
                    }
                }
            }
            if (n > 0) consumer.accept(leaf, buf, n);
        }
    }

    /**
     * The documents of {@code context} in {@code matches}, as one bit set; null when there are none. Lucene's facets
     * collector manager merges the pieces of a segment scored in separate slices, so there is normally one entry; it
     * is used as it is when it is a bit set, else (a sparse set, several entries) copied into one.
     */
    private static FixedBitSet matchedIn(LeafReaderContext context, int maxDoc,
                                         java.util.List<org.apache.lucene.facet.FacetsCollector.MatchingDocs> matches) throws IOException {
        java.util.List<DocIdSet> sets = new java.util.ArrayList<>(1);
        for (org.apache.lucene.facet.FacetsCollector.MatchingDocs md : matches) {
            if (md.context().ord == context.ord && md.bits() != null) sets.add(md.bits());
        }
        if (sets.isEmpty()) return null;
        if (sets.size() == 1 && sets.getFirst() instanceof BitDocIdSet b && b.bits() instanceof FixedBitSet f
                && f.length() >= maxDoc) {
            return f;
        }
        FixedBitSet out = new FixedBitSet(maxDoc);
        for (DocIdSet set : sets) {
            DocIdSetIterator it = set.iterator();
            if (it != null) out.or(it);
        }
        return out;
    }

    private final long[] words;
    private final int wordCount;
    private final long lastMask;
    private final DocIdSetIterator it;
    private final int to;
    private int word;
    private long pending;
    private boolean done;
    private int nextDoc; // the iterator's next doc id not yet handed out

    DocBatches(DocIdSet set) throws IOException {
        this(set, 0, Integer.MAX_VALUE);
    }

    /** The set's doc ids from {@code from} (included) to {@code to} (excluded). */
    DocBatches(DocIdSet set, int from, int to) throws IOException {
        this.to = to;
        if (set instanceof BitDocIdSet b && b.bits() instanceof FixedBitSet f) {
            int end = Math.min(to, f.length());
            words = f.getBits();
            it = null;
            if (from >= end) {
                wordCount = 0;
                lastMask = 0;
                done = true;
            } else {
                word = from >>> 6;
                wordCount = ((end - 1) >>> 6) + 1;
                lastMask = -1L >>> (63 - ((end - 1) & 63)); // bits up to end - 1 in the last word
                pending = words[word] & (-1L << (from & 63));
                if (word == wordCount - 1) pending &= lastMask;
            }
        } else {
            words = null;
            wordCount = 0;
            lastMask = 0;
            it = set == null ? null : set.iterator();
            done = it == null || from >= to;
            if (!done) nextDoc = from > 0 ? it.advance(from) : it.nextDoc();
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
                    if (word == wordCount - 1) pending &= lastMask;
                    continue;
                }
                buf[n++] = (word << 6) + Long.numberOfTrailingZeros(pending);
                pending &= pending - 1;
            }
            return n;
        }
        while (n < buf.length) {
            if (nextDoc == DocIdSetIterator.NO_MORE_DOCS || nextDoc >= to) {
                done = true;
                break;
            }
            buf[n++] = nextDoc;
            nextDoc = it.nextDoc();
        }
        return n;
    }
}
