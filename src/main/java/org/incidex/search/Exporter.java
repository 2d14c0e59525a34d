package org.incidex.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a whole result set to a stream, in search order: it pages through the hits with {@code searchAfter} in
 * batches of {@link #BATCH} and writes each incident as soon as it is read, so memory stays flat however many
 * incidents match (the 100,000-row benchmark runs in a 64 MB heap). Every incident is one row, line or feature, so
 * the count written always equals the search total.
 *
 * <p>Columns (CSV header; the JSON forms use the same names, with {@code place} and {@code sources} nested):
 * {@link #COLUMNS}. Lists are joined with "; " in CSV. CSV text cells that start with {@code = + - @}, tab or CR get
 * a leading apostrophe so that a spreadsheet shows them as text instead of running them as formulas (numbers this
 * class writes itself, such as a negative longitude, are left as they are).
 *
 * <p>Stateless and thread-safe.
 */
final class Exporter {
    static final int BATCH = 1_000;
    static final List<String> COLUMNS = List.of("id", "date", "title", "country", "countryCode", "region", "city",
            "lat", "lon", "groups", "killed", "injured", "hostages", "perpetratorsKilled", "attackTypes", "targets",
            "summary", "sources", "district");

    private Exporter() {}

    /** A source without its text: an export lists where an incident was reported, not the articles themselves. */
    record SourceLink(String title, String site, String published, String location) {}

    /** One exported incident; the JSON-lines object and the GeoJSON feature's properties. */
    record Row(String id, String date, String title, Place place, List<String> groups, Integer killed,
               Integer injured, Integer hostages, Integer perpetratorsKilled, List<String> attackTypes,
               List<String> targets, String summary, List<SourceLink> sources) {
        static Row of(IncidentRecord r) {
            var f = r.fields();
            return new Row(r.id(), f.date(), r.title(), f.place(), StoredIncidents.tiedGroups(r), f.killed(),
                    f.injured(), f.hostages(), f.perpetratorsKilled(), f.attackTypes(), f.targets(), r.summary(),
                    r.sources().stream().map(Exporter::link).toList());
        }
    }

    private static SourceLink link(SourceRef s) {
        return new SourceLink(s.title(), s.site(), s.published(), s.location());
    }

    /**
     * Writes every hit of {@code query} in {@code sort} order (null: relevance) to {@code out}, which is flushed but
     * not closed.
     *
     * @return the number of incidents written
     */
    static long export(IndexSearcher searcher, Query query, Sort sort, ExportFormat format, OutputStream out)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        RowWriter w = switch (format) {
            case CSV -> new CsvWriter(out);
            case JSONL -> new JsonLinesWriter(out);
            case GEOJSON -> new GeoJsonWriter(out);
        };
        long n = 0;
        ScoreDoc after = null;
        while (true) {
            TopDocs page = sort == null ? searcher.searchAfter(after, query, BATCH)
                    : searcher.searchAfter(after, query, BATCH, sort);
            for (ScoreDoc sd : page.scoreDocs) {
                w.write(Row.of(StoredIncidents.read(stored, sd.doc)));
                n++;
            }
            if (page.scoreDocs.length < BATCH) break;
            after = page.scoreDocs[page.scoreDocs.length - 1];
        }
        w.finish();
        return n;
    }

    private interface RowWriter {
        void write(Row row) throws IOException;

        void finish() throws IOException;
    }

    private static final class CsvWriter implements RowWriter {
        private final Writer out;

        CsvWriter(OutputStream os) throws IOException {
            out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 64 * 1024);
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) out.write(',');
                out.write(COLUMNS.get(i));
            }
            out.write("\r\n");
        }

        @Override
        public void write(Row r) throws IOException {
            Place p = r.place();
            Object[] cells = {text(r.id()), text(r.date()), text(r.title()), text(p.country()), text(p.countryCode()),
                    text(p.region()), text(p.city()), p.lat(), p.lon(), text(String.join("; ", r.groups())),
                    r.killed(), r.injured(), r.hostages(), r.perpetratorsKilled(),
                    text(String.join("; ", r.attackTypes())), text(String.join("; ", r.targets())), text(r.summary()),
                    text(String.join("; ", r.sources().stream().map(SourceLink::location).toList())),
                    text(p.district())};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) out.write(',');
                if (cells[i] != null) out.write(quote(cells[i].toString()));
            }
            out.write("\r\n");
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** A text cell, defused for spreadsheets: a leading formula character is shown, not evaluated. */
    static String text(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static final class JsonLinesWriter implements RowWriter {
        private final Writer out;

        JsonLinesWriter(OutputStream os) {
            out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 64 * 1024);
        }

        @Override
        public void write(Row r) throws IOException {
            out.write(Json.write(r)); // compact JSON never contains a raw line break
            out.write('\n');
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    private static final class GeoJsonWriter implements RowWriter {
        // Not flushed per feature (the mapper's default): the servlet stream would send one chunk per incident.
        private static final ObjectWriter PROPERTIES = Json.mapper().writer()
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        private final JsonGenerator g;

        GeoJsonWriter(OutputStream os) throws IOException {
            g = Json.mapper().getFactory().createGenerator(os, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
        }

        @Override
        public void write(Row r) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", r.id());
            Place p = r.place();
            if (p.lat() != null && p.lon() != null) {
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(p.lon()); // GeoJSON order: longitude, latitude
                g.writeNumber(p.lat());
                g.writeEndArray();
                g.writeEndObject();
            } else {
                g.writeNullField("geometry"); // RFC 7946 §3.2: an unlocated feature
            }
            g.writeFieldName("properties");
            PROPERTIES.writeValue(g, r);
            g.writeEndObject();
        }

        @Override
        public void finish() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        }
    }
}
