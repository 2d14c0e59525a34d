package org.incidex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A searcher that scores one request on every core even when the index is one large segment: it cuts the documents
 * into one slice per core, splitting a segment into doc-id partitions where needed (Lucene's intra-segment
 * concurrency). The default slicing keeps up to 250,000 documents of up to five segments in one slice, so a 100k
 * index is scored by a single thread while the other cores wait; scoring every match (a faceted search needs them all)
 * is then most of a request's time.
 *
 * <p>Only for queries whose scorers accept doc-id ranges (every query a search builds; Lucene's drill-sideways scorer,
 * which scores a segment in one pass, is not used). Small indexes keep the default slicing: below
 * {@link #MIN_DOCS_PER_SLICE} documents a slice, handing work to another thread costs more than it saves, and so do
 * searches for rare words ({@link #estimate}). One per
 * request, like any {@link IndexSearcher} with a per-request timeout; not shared between threads.
 */
final class PartitionedSearcher extends IndexSearcher {
    /** Fewer documents than this in a slice are scored faster by the calling thread alone. */
    static final int MIN_DOCS_PER_SLICE = 16_384;
    private final int parts;
    private final int minDocsPerSlice;

    /**
     * @param parts           slices to cut the index into (the cores)
     * @param minDocsPerSlice the fewest documents worth a slice of their own
     */
    PartitionedSearcher(IndexReader reader, Executor executor, int parts, int minDocsPerSlice) {
        super(reader, executor);
        this.parts = parts;
        this.minDocsPerSlice = minDocsPerSlice;
    }

    /**
     * An upper bound on the documents {@code text} can match, from the index's statistics alone: the sum of its
     * terms' document frequencies (a word counts once per field it is looked for in); the whole index for a query
     * that matches without terms (everything, a prefix, a range). Cheap — a terms-dictionary look-up per term — so
     * that a rare word is not cut into slices whose set-up costs more than scoring it.
     */
    static long estimate(Query text, IndexReader reader) throws IOException {
        Set<Term> terms = new HashSet<>();
        boolean[] unbounded = {false};
        text.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... ts) {
                terms.addAll(Arrays.asList(ts));
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                unbounded[0] = true;
            }

            @Override
            public void visitLeaf(Query query) {
                if (!(query instanceof MatchNoDocsQuery)) unbounded[0] = true;
            }
        });
        if (unbounded[0]) return reader.maxDoc();
        long sum = 0;
        for (Term t : terms) sum += reader.docFreq(t);
        return sum;
    }

    /**
     * Called lazily by {@link #getSlices()} (after construction): the fields are set by then. Slices of equal size,
     * filled with whole segments and pieces of segments in doc-id order, so that no slice waits on a larger one.
     */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        long maxDoc = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        if (parts < 2 || maxDoc < 2L * minDocsPerSlice) return super.slices(leaves);
        int n = (int) Math.min(parts, maxDoc / minDocsPerSlice);
        List<LeafSlice> out = new ArrayList<>(n);
        List<LeafReaderContextPartition> current = new ArrayList<>();
        long filled = 0; // documents in the slices so far, including current
        int slice = 0;
        for (LeafReaderContext leaf : leaves) {
            int from = 0;
            int size = leaf.reader().maxDoc();
            while (from < size) {
                long end = (maxDoc * (slice + 1)) / n; // where the current slice ends, in documents overall
                int take = (int) Math.min(size - from, end - filled);
                current.add(take == size ? LeafReaderContextPartition.createForEntireSegment(leaf)
                        : LeafReaderContextPartition.createFromAndTo(leaf, from, from + take));
                from += take;
                filled += take;
                if (filled == end) {
                    out.add(new LeafSlice(current));
                    current = new ArrayList<>();
                    slice++;
                }
            }
        }
        if (!current.isEmpty()) out.add(new LeafSlice(current));
        return out.toArray(LeafSlice[]::new);
    }
}
