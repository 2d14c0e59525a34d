package org.incidex.search;

import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Result order and the page window. Every order ends with the incident id (sorted doc values), so equal scores,
 * dates or death tolls come back in one stable order on every page and across reindexes, which is what makes
 * {@link Cursor} paging exact. Offset paging ({@code page}) is kept for the first {@link SearchRequest#MAX_PAGE}
 * pages; deeper, a search continues from a cursor. Stateless.
 */
final class Paging {
    private Paging() {}

    /** The Lucene sort for an order; {@code idTieBreak} is false only for indexes built before ids had doc values. */
    static Sort sort(SortOrder order, boolean idTieBreak) {
        List<SortField> f = new ArrayList<>(4);
        switch (order) {
            case RELEVANCE -> f.add(SortField.FIELD_SCORE);
            case DATE -> f.add(longSort(Fields.DATE_DAY, false, Long.MAX_VALUE));
            case DATE_DESC -> f.add(longSort(Fields.DATE_DAY, true, Long.MIN_VALUE));
            case KILLED -> {
                f.add(intSort(Fields.KILLED));
                f.add(longSort(Fields.DATE_DAY, true, Long.MIN_VALUE));
            }
        }
        if (idTieBreak) f.add(new SortField(Fields.ID, SortField.Type.STRING));
        return new Sort(f.toArray(SortField[]::new));
    }

    /** True when this generation stores ids as sorted doc values (every generation built since cursors exist). */
    static boolean hasIdDocValues(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo fi = leaf.reader().getFieldInfos().fieldInfo(Fields.ID);
            if (fi != null && fi.getDocValuesType() != DocValuesType.SORTED) return false;
        }
        return true;
    }

    /** The position to continue after, or null for offset paging. */
    static FieldDoc after(SearchRequest req, Sort sort, boolean idTieBreak) {
        if (req.after() == null) return null;
        Cursor c = Cursor.decode(req.after(), req.sort());
        if (c.values().length != sort.getSort().length) {
            throw new InvalidRequestException("after: the cursor was made for another index layout; start again "
                    + "without after");
        }
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            Class<?> expected = switch (fields[i].getType()) {
                case SCORE -> Float.class;
                case LONG -> Long.class;
                case INT -> Integer.class;
                default -> BytesRef.class;
            };
            if (!expected.isInstance(c.values()[i])) {
                throw new InvalidRequestException("after: the cursor's value " + (i + 1) + " is not what sort="
                        + req.sort().wire() + " needs; pass 'next' unchanged");
            }
        }
        // With the id as the last sort key no two hits tie, so the doc id only matters without it.
        return new FieldDoc(idTieBreak ? Integer.MAX_VALUE : c.doc(), Float.NaN, c.values().clone());
    }

    /** How many hits to collect: this page (and, for offset paging, the ones before it), plus one to know if more follow. */
    static int collect(SearchRequest req) {
        int before = req.after() == null ? (req.page() - 1) * req.size() : 0;
        return before + req.size() + 1;
    }

    /** Index of this page's first hit in the collected hits. */
    static int first(SearchRequest req) {
        return req.after() == null ? (req.page() - 1) * req.size() : 0;
    }

    private static SortField longSort(String field, boolean reverse, long missing) {
        SortField f = new SortField(field, SortField.Type.LONG, reverse);
        f.setMissingValue(missing); // undated incidents last either way
        return f;
    }

    private static SortField intSort(String field) {
        SortField f = new SortField(field, SortField.Type.INT, true);
        f.setMissingValue(Integer.MIN_VALUE); // unknown tolls last
        return f;
    }
}
