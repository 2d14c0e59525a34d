package org.incidex.search;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.incidex.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unified highlighter, reading each hit's stored result line ({@link Fields#HIT}) in the same stored-fields visit
 * as the text it highlights. Lucene decompresses a document's stored fields as a whole, and a page of hits read them
 * twice (once for the snippet's text, once for the line): now once.
 *
 * <p>Where the text's offsets come from its postings and phrases are highlighted as matched (weight matches, the
 * default), Lucene's strategy builds the query's weight again for every document: a new searcher over the document's
 * segment, the query rewritten, each term of each field looked up in the terms dictionary. This one builds the weight
 * once per request over the whole index and asks it for each document's matches in its own segment: the same matches,
 * as a page of hits is ten documents of one query. One instance per request: not thread-safe.
 */
final class HitHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> lines = new HashMap<>();

    HitHighlighter(Builder builder) {
        super(builder);
    }

    /** The stored result line of {@code doc} read while highlighting, or null when it was not read. */
    String line(int doc) {
        return lines.get(doc);
    }

    /**
     * The field's info from the first segment that has it. Lucene's merges the infos of every segment, once per
     * highlighter (so per request): a generation is written with one schema, so any segment's info is the merged one.
     */
    @Override
    protected FieldInfo getFieldInfo(String field) {
        for (LeafReaderContext c : searcher.getIndexReader().leaves()) {
            FieldInfo info = c.reader().getFieldInfos().fieldInfo(field);
            if (info != null) return info;
        }
        return null;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        if (source == OffsetSource.POSTINGS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return new SharedWeightPostings(components);
        }
        return super.getOffsetStrategy(source, components);
    }

    /** Postings offsets from the matches of one weight for every document (see the class comment). */
    private final class SharedWeightPostings extends PostingsOffsetStrategy {
        private final Map<LeafReader, LeafReaderContext> leaves = new IdentityHashMap<>();
        private Weight weight; // built at the first document

        SharedWeightPostings(UHComponents components) {
            super(components);
            for (LeafReaderContext c : searcher.getIndexReader().leaves()) leaves.put(c.reader(), c);
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int doc, List<OffsetsEnum> results)
                throws IOException {
            LeafReaderContext context = leaves.get(reader);
            if (context == null) { // not a segment of the searcher's reader (a wrapped one): Lucene's own way
                super.createOffsetsEnumsWeightMatcher(reader, doc, results);
                return;
            }
            if (weight == null) {
                // No query cache, as Lucene's per-document searcher: matches are asked for, never cached scorers.
                IndexSearcher plain = new IndexSearcher(searcher.getIndexReader());
                plain.setQueryCache(null);
                weight = plain.createWeight(plain.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            Matches matches = weight.matches(context, doc);
            if (matches == null) return;
            for (String field : matches) {
                if (!components.fieldMatcher().test(field)) continue;
                MatchesIterator it = matches.getMatches(field);
                if (it != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
            }
        }
    }

    // As UnifiedHighlighter's own, plus the line: the values of the highlighted fields of each doc, docs in order.
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        int sumChars = 0;
        do {
            int doc = docIter.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
            Visitor v = new Visitor(fields, getMaxLength());
            stored.document(doc, v);
            out.add(v.values());
            if (v.line != null) lines.put(doc, v.line);
            for (CharSequence c : v.values()) sumChars += c == null ? 0 : c.length();
        } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return out;
    }

    private static final class Visitor extends LimitedStoredFieldVisitor {
        String line;

        Visitor(String[] fields, int maxLength) {
            super(fields, MULTIVAL_SEP_CHAR, maxLength);
            values = new CharSequence[fields.length];
            currentField = -1;
        }

        CharSequence[] values() {
            return values;
        }

        @Override
        public StoredFieldVisitor.Status needsField(FieldInfo fieldInfo) throws IOException {
            if (fieldInfo.name.equals(Fields.HIT)) return Status.YES;
            return super.needsField(fieldInfo);
        }

        @Override
        public void stringField(FieldInfo fieldInfo, String value) throws IOException {
            if (fieldInfo.name.equals(Fields.HIT)) line = value;
            else super.stringField(fieldInfo, value);
        }
    }
}
