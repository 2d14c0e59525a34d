package org.incidex.search;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.incidex.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unified highlighter, reading each hit's stored result line ({@link Fields#HIT}) in the same stored-fields visit
 * as the text it highlights. Lucene decompresses a document's stored fields as a whole, and a page of hits read them
 * twice (once for the snippet's text, once for the line): now once. One instance per request: not thread-safe.
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
