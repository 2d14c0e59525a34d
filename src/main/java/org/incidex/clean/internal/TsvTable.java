package org.incidex.clean.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of words or phrases kept as a tab-separated resource beside the class that owns it, in the format of the
 * extractor's tables ({@code org.incidex.extract.rules.RuleTable}, which the clean stage may not import): the first
 * line that is neither blank nor a {@code #} comment names the columns, every other such line is a row. A row may
 * leave trailing columns empty; a row with more cells than the header, or a required cell left empty, is an error
 * naming the resource and line. Immutable once loaded.
 */
public final class TsvTable {
    /** One row: its cells by column name, and where it was read from (for messages). */
    public record Row(String source, int line, Map<String, String> cells) {
        /** The cell, or "" when the row leaves it empty. */
        public String get(String column) {
            String v = cells.get(column);
            if (v == null && !cells.containsKey(column)) {
                throw new IllegalArgumentException(source + ": no column '" + column + "'");
            }
            return v == null ? "" : v;
        }

        /** The cell, which must not be empty. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new IllegalStateException(where() + ": empty '" + column + "'");
            }
            return v;
        }

        /** "file:line", for messages. */
        public String where() {
            return source + ":" + line;
        }
    }

    private final String source;
    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(String source, List<String> columns, List<Row> rows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /** The table {@code name} in the resource folder of {@code owner}'s package ("boilerplate-text.tsv"). */
    public static TsvTable load(Class<?> owner, String name) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        String path = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("table missing from the classpath: " + path);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + path, e);
        }
    }

    /** Reads a table from {@code reader}; {@code source} names it in messages. */
    public static TsvTable parse(BufferedReader reader, String source) throws IOException {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = reader.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = Arrays.stream(cells).map(String::strip).toList();
                continue;
            }
            if (cells.length > columns.size()) {
                throw new IllegalStateException(source + ":" + no + ": " + cells.length + " cells, the header names "
                        + columns.size() + " (" + String.join(", ", columns) + ")");
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), i < cells.length ? cells[i].strip() : "");
            }
            rows.add(new Row(source, no, m));
        }
        if (columns == null) {
            throw new IllegalStateException(source + ": no header line");
        }
        return new TsvTable(source, columns, rows);
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }

    /** The column names, in header order. */
    public List<String> columns() {
        return columns;
    }

    /** The rows, in table order. */
    public List<Row> rows() {
        return rows;
    }
}
