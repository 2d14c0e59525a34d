package org.incidex.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@link IncidentRecord} into the Lucene document described by {@link Fields}. Thread-safe: the facets
 * configuration is only read.
 */
public final class DocumentMapper {
    private final FacetsConfig facetsConfig;

    public DocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** Stored text with offsets in the postings (see {@link Fields#TEXT}). */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** The {@link Fields#HIT} object: the result line's fields, named as the API's hit names them. */
    public static Map<String, Object> hit(IncidentRecord r) {
        Incident f = r.fields();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("summary", r.summary());
        m.put("date", f.date());
        m.put("place", f.place());
        m.put("groups", f.groups().stream().filter(g -> g.role() != GroupRole.MENTIONED).map(GroupRef::name).distinct().toList());
        m.put("killed", f.killed());
        m.put("injured", f.injured());
        m.put("hostages", f.hostages());
        m.put("attackTypes", f.attackTypes());
        return m;
    }

    public Document toDocument(IncidentRecord r) {
        Document doc = new Document();
        Incident f = r.fields();
        doc.add(new StringField(Fields.ID, r.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(r.id())));
        doc.add(new TextField(Fields.TITLE, r.title(), Field.Store.YES));
        doc.add(new TextField(Fields.SUMMARY, r.summary() == null ? "" : r.summary(), Field.Store.YES));
        doc.add(new Field(Fields.TEXT, searchableText(r), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(Fields.JSON, Json.write(r)));
        doc.add(new StoredField(Fields.HIT, Json.write(hit(r))));

        Long day = epochDay(f.date());
        if (day != null) {
            doc.add(new LongPoint(Fields.DATE_DAY, day));
            doc.add(new NumericDocValuesField(Fields.DATE_DAY, day));
            facet(doc, Fields.YEAR, f.date().substring(0, 4));
        }
        intField(doc, Fields.KILLED, f.killed());
        intField(doc, Fields.INJURED, f.injured());
        intField(doc, Fields.HOSTAGES, f.hostages());

        Place p = f.place();
        if (p.lat() != null && p.lon() != null) {
            doc.add(new LatLonPoint(Fields.LOCATION, p.lat(), p.lon()));
            doc.add(new LatLonDocValuesField(Fields.LOCATION, p.lat(), p.lon()));
        }
        facet(doc, Fields.COUNTRY, p.country());
        facet(doc, Fields.REGION, p.region());
        facet(doc, Fields.CITY, p.city());
        Set<String> groups = new LinkedHashSet<>();
        // Only groups the reports tie to the attack (claimed, suspected, blamed) are facet values and filters; a
        // group merely mentioned stays in the stored incident.
        for (GroupRef g : f.groups()) if (g.role() != org.incidex.model.GroupRole.MENTIONED) groups.add(g.name());
        groups.forEach(g -> facet(doc, Fields.GROUP, g));
        new LinkedHashSet<>(f.attackTypes()).forEach(t -> facet(doc, Fields.ATTACK_TYPE, t));
        new LinkedHashSet<>(f.targets()).forEach(t -> facet(doc, Fields.TARGET, t));
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build facets for incident " + r.id(), e);
        }
    }

    /** The sources' texts, one after another; the title and summary are indexed in their own fields. */
    static String searchableText(IncidentRecord r) {
        StringBuilder sb = new StringBuilder();
        for (SourceRef s : r.sources()) {
            if (!sb.isEmpty()) sb.append("\n\n");
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** "2015-11-20" → its epoch day; "2015-08" → 1 August; "2015" → 1 January; null or malformed → null. */
    public static Long epochDay(String date) {
        if (date == null) return null;
        try {
            return switch (date.length()) {
                case 10 -> LocalDate.parse(date).toEpochDay();
                case 7 -> LocalDate.parse(date + "-01").toEpochDay();
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1).toEpochDay();
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void intField(Document doc, String name, Integer value) {
        if (value == null) return;
        doc.add(new IntPoint(name, value));
        doc.add(new NumericDocValuesField(name, value));
    }

    private static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
}
