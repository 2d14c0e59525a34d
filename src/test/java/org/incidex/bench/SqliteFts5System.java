package org.incidex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * The benchmark's SQLite system: SQLite's FTS5 full-text index through sqlite-jdbc, in one database file in a temp
 * directory (deleted by {@link #close}).
 *
 * <p><b>Schema.</b> {@code docs(rid, id, date, year, country, city, attack_type, target, killed, text)} holds the facts
 * and the page text; {@code groups(doc, grp)} the multi-valued group facet (one row per page and group, so a count
 * over it counts pages); btree indexes on the facet columns, the date, and {@code groups(grp, doc)}.
 *
 * <p><b>FTS5 content mode: external content</b> ({@code content='docs'}). The text is stored once, in {@code docs},
 * beside the facts; the FTS5 table holds only the inverted index. A contentless table ({@code content=''}) would be
 * smaller still but cannot run {@code snippet()}/{@code highlight()}, which the HIGHLIGHTED queries need; a plain
 * FTS5 table would store the text a second time if the facts table kept it too. The index is built after the rows with
 * FTS5's {@code 'rebuild'} and merged into one b-tree with {@code 'optimize'} (the analogue of a force-merged Lucene
 * index). Tokenizer {@code porter unicode61}: Unicode word splitting, case and diacritic folding, Porter stemming —
 * the nearest FTS5 has to Lucene's English analysis. FTS5 has no stop words, so TERM and AND queries drop Lucene's
 * English stop words before matching (see {@link SqlBench#contentWords}); phrases keep them.
 *
 * <p><b>Ingest:</b> one transaction, prepared statements, WAL journal and {@code synchronous=OFF} (a crash would lose
 * the database; acceptable for a benchmark of query speed), then {@code ANALYZE}, a {@code TRUNCATE} checkpoint and a
 * switch back to a rollback journal so {@link #diskBytes} is the one file.
 *
 * <p><b>Queries:</b> one statement each (see {@link SqlBench}): the matching set is a {@code MATERIALIZED} CTE (the
 * FTS5 match joined to {@code docs}, with the filters as equality/range conditions and {@code bm25()} as the score),
 * read once for the exact total, the top 10 ({@code bm25} ascending, or date descending) and, when asked, the six
 * {@code GROUP BY … ORDER BY count DESC LIMIT 10} facet counts. HIGHLIGHTED runs {@code snippet()} for each of the
 * top hits afterwards (an auxiliary function must run in a query over the FTS5 table, and running it inside the CTE
 * would snippet every match). User words reach FTS5 only as double-quoted strings of letters and digits.
 *
 * <p><b>Threads:</b> one read-only connection per querying thread (a {@link ThreadLocal}), each with its own
 * prepared statements, a 32 MiB page cache, 1 GiB {@code mmap_size} and in-memory temp storage; all are closed by
 * {@link #close}.
 */
public final class SqliteFts5System implements BenchSystem {
    private final Path dir;
    private final Path db;
    private final SqlBench.Sessions sessions = new SqlBench.Sessions(this::openReader);
    private volatile boolean ingested;

    /** A database in a new temp directory under the system's temp dir. */
    public SqliteFts5System() throws IOException, SQLException {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A database in a new temp directory under {@code parent}; {@link #close} deletes that directory. */
    public SqliteFts5System(Path parent) throws IOException, SQLException {
        // sqlite-jdbc unpacks and loads its native library on the first connection: here, not in ingest's time.
        DriverManager.getConnection("jdbc:sqlite::memory:").close();
        this.dir = Files.createTempDirectory(parent, "incidex-sqlite-");
        this.db = dir.resolve("bench.db");
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void ingest(List<BenchDoc> docs, List<String> texts) throws Exception {
        if (docs.size() != texts.size()) throw new IllegalArgumentException("docs and texts differ in size");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=OFF");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE docs(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, date TEXT NOT NULL,"
                        + " year INTEGER NOT NULL, country TEXT, city TEXT, attack_type TEXT, target TEXT,"
                        + " killed INTEGER, text TEXT NOT NULL)");
                s.execute("CREATE TABLE groups(doc INTEGER NOT NULL, grp TEXT NOT NULL, PRIMARY KEY (doc, grp))"
                        + " WITHOUT ROWID");
                s.execute("CREATE VIRTUAL TABLE fts USING fts5(text, content='docs', content_rowid='rid',"
                        + " tokenize='porter unicode61')");
            }
            try (PreparedStatement d = c.prepareStatement("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement g = c.prepareStatement("INSERT INTO groups VALUES (?,?)")) {
                for (int i = 0; i < docs.size(); i++) {
                    BenchDoc doc = docs.get(i);
                    d.setInt(1, i + 1);
                    d.setString(2, doc.id());
                    d.setString(3, doc.date());
                    d.setInt(4, doc.year());
                    d.setString(5, doc.country());
                    d.setString(6, doc.city());
                    d.setString(7, doc.attackType());
                    d.setString(8, doc.target());
                    if (doc.killed() == null) d.setNull(9, java.sql.Types.INTEGER);
                    else d.setInt(9, doc.killed());
                    d.setString(10, texts.get(i));
                    d.executeUpdate();
                    for (String grp : new LinkedHashSet<>(doc.groups())) {
                        g.setInt(1, i + 1);
                        g.setString(2, grp);
                        g.executeUpdate();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO fts(fts) VALUES('rebuild')");
                s.execute("INSERT INTO fts(fts) VALUES('optimize')");
                s.execute("CREATE INDEX groups_grp ON groups(grp, doc)");
                for (String col : List.of("date", "year", "country", "city", "attack_type", "target")) {
                    s.execute("CREATE INDEX docs_" + col + " ON docs(" + col + ")");
                }
                s.execute("ANALYZE");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                s.execute("PRAGMA journal_mode=DELETE");
            }
        }
        ingested = true;
    }

    @Override
    public long diskBytes() throws IOException {
        long bytes = Files.size(db);
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Path p = dir.resolve(db.getFileName() + suffix);
            if (Files.exists(p)) bytes += Files.size(p);
        }
        return bytes;
    }

    @Override
    public Answer query(BenchQuery q) throws Exception {
        if (!ingested) throw new IllegalStateException("query before ingest");
        List<String> words = SqlBench.queryWords(q);
        boolean all = SqlBench.matchAll(q);
        if (!all && words.isEmpty()) return empty(q); // only stop words or punctuation: Lucene matches nothing too
        String match = all ? null : matchExpression(q.kind(), words);

        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH m AS MATERIALIZED (SELECT d.rid AS rid, d.id AS id, ");
        sql.append(q.sortByDate() || all ? "0.0" : "bm25(fts)").append(" AS score, d.date AS date, d.year AS year,"
                + " d.country AS country, d.city AS city, d.attack_type AS attack_type, d.target AS target");
        if (all) {
            sql.append(" FROM docs d WHERE 1=1");
        } else {
            sql.append(" FROM fts JOIN docs d ON d.rid = fts.rowid WHERE fts MATCH ?");
            params.add(match);
        }
        sql.append(SqlBench.filters(q, params, "?")).append(")\n");
        String order = q.sortByDate() || all ? "date DESC, id" : "score, id";
        sql.append(SqlBench.arms(q, "t.rid", SqlBench.topSubquery(order), "CAST(year AS TEXT)"));

        SqlBench.Session r = sessions.get();
        SqlBench.Parsed parsed;
        PreparedStatement ps = r.prepare(sql.toString());
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
        try (ResultSet rs = ps.executeQuery()) {
            parsed = SqlBench.parse(rs, q);
        }
        if (q.highlight() && match != null) {
            PreparedStatement sn = r.prepare(
                    "SELECT snippet(fts, 0, '<b>', '</b>', '…', 16) FROM fts WHERE fts MATCH ? AND rowid = ?");
            for (Object rid : parsed.extras()) {
                sn.setString(1, match);
                sn.setLong(2, ((Number) rid).longValue());
                try (ResultSet rs = sn.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) throw new IllegalStateException("no snippet");
                }
            }
        }
        return parsed.answer();
    }

    /**
     * The FTS5 query: each word a double-quoted string (a quote inside would be doubled; {@link SqlBench#words}
     * leaves none), joined by OR (any), AND (all), or as one quoted phrase.
     */
    static String matchExpression(BenchQuery.Kind kind, List<String> words) {
        return switch (kind) {
            case PHRASE -> quote(String.join(" ", words));
            case AND -> words.stream().map(SqliteFts5System::quote).collect(Collectors.joining(" AND "));
            default -> words.stream().map(SqliteFts5System::quote).collect(Collectors.joining(" OR "));
        };
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static Answer empty(BenchQuery q) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (q.facets()) {
            for (String dim : BenchDoc.DIMENSIONS) facets.put(dim, Map.of());
        }
        return new Answer(0, List.of(), facets);
    }

    private Connection openReader() throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, cfg.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size=-32768");
            s.execute("PRAGMA mmap_size=1073741824");
            s.execute("PRAGMA temp_store=MEMORY");
        }
        return c;
    }

    @Override
    public void close() throws Exception {
        sessions.closeAll();
        ingested = false;
        SqlBench.deleteTree(dir);
    }
}
