package org.incidex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What the two SQL systems ({@link SqliteFts5System}, {@link PostgresSystem}) share: the table layout of the facts,
 * how a query's words are cut, and the one-statement answer they both build.
 *
 * <p>Both answer a query with one SQL statement: a {@code MATERIALIZED} common table expression {@code m} holds the
 * matching set (computed once), and {@code UNION ALL} arms read it for the total ({@code k='total'}), the top 10
 * ({@code k='top'}, {@code n} = rank) and, when asked, the ten largest values of each dimension ({@code k} = the
 * dimension). The result has the columns {@code k, v, n, x} ({@code x}: a system's extra, e.g. the row id or a
 * snippet).
 */
final class SqlBench {
    private SqlBench() {}

    /** Column of each dimension in the {@code docs} table; {@code group} lives in the {@code groups} table. */
    static final Map<String, String> COLUMNS = Map.of(
            "country", "country", "city", "city", "year", "year", "attackType", "attack_type", "target", "target");

    /**
     * The words of a query as the full-text tokenizers would cut them: runs of letters and digits, lower-cased.
     * Nothing else survives, so no word can carry query syntax (quotes, operators, column filters) into FTS5 or
     * {@code websearch_to_tsquery}.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /**
     * {@link #words} less Lucene's English stop words, for TERM and AND queries: the Lucene systems drop them and
     * PostgreSQL's {@code english} configuration drops its own (larger) list, while FTS5 indexes every word, so an
     * "any of" query with "the" in it would otherwise match every page in SQLite alone.
     */
    static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) out.add(w);
        }
        return out;
    }

    /** True when the query has no text at all: it then matches every page that passes its filters. */
    static boolean matchAll(BenchQuery q) {
        return q.text() == null || q.text().isBlank();
    }

    /** The words the full-text condition uses, by kind: a phrase keeps its stop words (they hold positions). */
    static List<String> queryWords(BenchQuery q) {
        return q.kind() == BenchQuery.Kind.PHRASE ? words(q.text()) : contentWords(q.text());
    }

    /**
     * The {@code UNION ALL} arms after the CTE {@code m}, which must have the columns {@code rid, id, score, date} and
     * the dimension columns of {@link #COLUMNS}.
     *
     * @param topExtra    the {@code x} column of the top arm, over {@code t} (the top 10 rows of {@code m})
     * @param topFrom     the FROM of the top arm, {@link #topSubquery} at least (a join may add the text)
     * @param yearAsText  how the {@code year} column reads as text in this dialect
     */
    static String arms(BenchQuery q, String topExtra, String topFrom, String yearAsText) {
        StringBuilder sql = new StringBuilder();
        sql.append("SELECT 'total' AS k, NULL AS v, count(*) AS n, NULL AS x FROM m\n");
        sql.append("UNION ALL SELECT * FROM (SELECT 'top' AS k, t.id AS v, t.rn AS n, ").append(topExtra)
                .append(" AS x FROM ").append(topFrom).append(" ORDER BY t.rn) AS a_top\n");
        if (q.facets()) {
            for (String dim : BenchDoc.DIMENSIONS) {
                if (dim.equals("group")) {
                    sql.append("UNION ALL SELECT * FROM (SELECT 'group' AS k, g.grp AS v, count(*) AS n,"
                            + " NULL AS x FROM m JOIN groups g ON g.doc = m.rid GROUP BY g.grp"
                            + " ORDER BY 3 DESC, 2 LIMIT 10) AS a_group\n");
                } else {
                    String col = COLUMNS.get(dim);
                    String v = dim.equals("year") ? yearAsText : col;
                    sql.append("UNION ALL SELECT * FROM (SELECT '").append(dim).append("' AS k, ").append(v)
                            .append(" AS v, count(*) AS n, NULL AS x FROM m WHERE ").append(col)
                            .append(" IS NOT NULL GROUP BY ").append(col)
                            .append(" ORDER BY 3 DESC, 2 LIMIT 10) AS a_").append(col).append("\n");
                }
            }
        }
        return sql.toString();
    }

    /** The top-10 subquery both dialects use: {@code t} with {@code rid, id, rn}. */
    static String topSubquery(String topOrder) {
        return "(SELECT rid, id, row_number() OVER (ORDER BY " + topOrder + ") AS rn FROM m ORDER BY " + topOrder
                + " LIMIT 10) t";
    }

    /** What one statement's rows say; {@code extras} holds the top rows' {@code x} in rank order. */
    record Parsed(BenchSystem.Answer answer, List<Object> extras) {}

    static Parsed parse(ResultSet rs, BenchQuery q) throws SQLException {
        long total = 0;
        TreeMap<Long, String> top = new TreeMap<>();
        TreeMap<Long, Object> extras = new TreeMap<>();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (q.facets()) {
            for (String dim : BenchDoc.DIMENSIONS) facets.put(dim, new LinkedHashMap<>());
        }
        while (rs.next()) {
            String k = rs.getString(1);
            long n = rs.getLong(3);
            switch (k) {
                case "total" -> total = n;
                case "top" -> {
                    top.put(n, rs.getString(2));
                    extras.put(n, rs.getObject(4));
                }
                default -> facets.get(k).put(rs.getString(2), n);
            }
        }
        // Facet rows arrive in count order per arm; keep it (LinkedHashMap) but make it explicit for any dialect.
        for (Map.Entry<String, Map<String, Long>> e : facets.entrySet()) {
            List<Map.Entry<String, Long>> rows = new ArrayList<>(e.getValue().entrySet());
            rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Long> sorted = new LinkedHashMap<>();
            for (Map.Entry<String, Long> r : rows) sorted.put(r.getKey(), r.getValue());
            e.setValue(sorted);
        }
        return new Parsed(new BenchSystem.Answer(total, List.copyOf(top.values()), facets),
                new ArrayList<>(extras.values()));
    }

    /**
     * The WHERE conditions of a query's filters and date range over {@code d} (the docs table), in order; each
     * {@code ?} takes the next value of {@code params}. Years bind as integers, days as ISO strings wrapped by
     * {@code dateCast} (e.g. {@code "?::date"} or {@code "?"}).
     */
    static String filters(BenchQuery q, List<Object> params, String dateCast) {
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<String, String> f : new TreeMap<>(q.filters()).entrySet()) {
            String dim = f.getKey();
            if (dim.equals("group")) {
                sql.append(" AND EXISTS (SELECT 1 FROM groups g WHERE g.doc = d.rid AND g.grp = ?)");
                params.add(f.getValue());
            } else {
                String col = COLUMNS.get(dim);
                if (col == null) throw new IllegalArgumentException("unknown dimension " + dim);
                sql.append(" AND d.").append(col).append(" = ?");
                params.add(dim.equals("year") ? (Object) Integer.valueOf(f.getValue()) : f.getValue());
            }
        }
        if (q.from() != null) {
            sql.append(" AND d.date >= ").append(dateCast);
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND d.date <= ").append(dateCast);
            params.add(q.to());
        }
        return sql.toString();
    }

    /** Deletes a directory and all it holds (nothing when it is gone already). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** One thread's connection and its prepared statements, by SQL text. */
    static final class Session {
        final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        Session(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }
    }

    /** Opens a connection (for {@link Sessions}). */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** One {@link Session} per querying thread, opened on first use; {@link #closeAll} closes every one. */
    static final class Sessions {
        private final Opener opener;
        private final List<Session> all = new ArrayList<>();
        private final ThreadLocal<Session> mine = new ThreadLocal<>();

        Sessions(Opener opener) {
            this.opener = opener;
        }

        Session get() throws SQLException {
            Session s = mine.get();
            if (s == null) {
                s = new Session(opener.open());
                synchronized (all) {
                    all.add(s);
                }
                mine.set(s);
            }
            return s;
        }

        void closeAll() throws SQLException {
            synchronized (all) {
                for (Session s : all) s.connection.close();
                all.clear();
            }
        }
    }
}
