package org.incidex.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The benchmark's PostgreSQL system: a private cluster of the installed (Debian) PostgreSQL, started by
 * {@link #start()} in a new temp directory and stopped, with the directory deleted, by {@link #close}.
 *
 * <p><b>The cluster.</b> {@code initdb -A trust -U bench -E UTF8 --no-locale --no-sync}, then {@code pg_ctl start -w}
 * with the socket directory in the temp dir, {@code listen_addresses=127.0.0.1} on a free port,
 * {@code shared_buffers=128MB}, {@code maintenance_work_mem=256MB} (the GIN build) and {@code jit=off} (JIT
 * compilation costs more than it saves on millisecond queries). Durability is off: {@code fsync=off},
 * {@code synchronous_commit=off}, {@code full_page_writes=off} — a crash could lose the database, which a benchmark of
 * query speed does not mind; the load is a little faster than a durable one would be, the queries are not affected.
 * JDBC connects over TCP on the loopback: pgjdbc has no Unix-socket support without an extra socket-factory library,
 * so PostgreSQL pays loopback TCP where Incidex pays HTTP on the same loopback.
 *
 * <p><b>Running as root.</b> {@code initdb} and {@code postgres} refuse to run as root. When this JVM runs as root
 * (uid 0, read from {@code /proc/self}), the temp dir is handed to the {@code postgres} user the Debian package made
 * ({@code chown}) and every server binary runs as {@code runuser -u postgres -- …}; the JVM still deletes the
 * directory at the end (root may). As any other user the binaries run as that user.
 *
 * <p><b>Schema.</b> Like {@link SqliteFts5System}'s — {@code docs} (facts, text) and {@code groups(doc, grp)} — plus
 * {@code tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED} with a GIN index, and btree indexes
 * on the date, the facet columns and {@code groups(grp, doc)}. Loaded with {@code COPY} (pgjdbc's copy API), the
 * indexes built afterwards, then {@code VACUUM ANALYZE}. {@link #diskBytes} is {@code pg_database_size}, which
 * includes the ~7.5 MB of an empty database's catalogs.
 *
 * <p><b>Queries.</b> One statement each (see {@link SqlBench}): a {@code MATERIALIZED} CTE of the matches
 * ({@code tsv @@ tsquery} plus the filters), {@code ts_rank} as the score, read once for the total, the top 10 and the
 * six facet counts. TERM and the other "any word" kinds use {@code websearch_to_tsquery} over the words joined by
 * {@code or}, AND the words alone (websearch ANDs them), PHRASE {@code phraseto_tsquery}; the words are letters and
 * digits only, so nothing in them is websearch syntax. HIGHLIGHTED adds {@code ts_headline} over the top 10 only.
 *
 * <p><b>Threads:</b> one connection per querying thread ({@link ThreadLocal}) with its prepared statements (pgjdbc
 * switches them to server-side prepared statements after 5 runs).
 */
public final class PostgresSystem implements BenchSystem {
    private static final String RUN_AS = "postgres";

    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean asRoot;
    private final long startupMillis;
    private final SqlBench.Sessions sessions = new SqlBench.Sessions(this::connect);
    private final Thread shutdownHook;
    private volatile boolean stopped;

    /** The newest {@code /usr/lib/postgresql/<version>/bin} that holds initdb, pg_ctl and postgres, if any. */
    public static Optional<Path> findBinDir() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return Optional.empty();
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            for (Path v : versions) {
                Path b = v.resolve("bin");
                if (missing(b).isEmpty()) found.add(b);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().max(Comparator.comparingDouble(PostgresSystem::version));
    }

    private static double version(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> missing(Path bin) {
        List<String> out = new ArrayList<>();
        for (String exe : List.of("initdb", "pg_ctl", "postgres")) {
            if (!Files.isExecutable(bin.resolve(exe))) out.add(bin.resolve(exe).toString());
        }
        return out;
    }

    /** Starts a cluster of the newest installed PostgreSQL ({@link #findBinDir}). */
    public static PostgresSystem start() throws Exception {
        Path bin = findBinDir().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL server binaries not found: no /usr/lib/postgresql/<version>/bin/initdb"
                        + " (install Debian's package: apt-get install postgresql)"));
        return start(bin);
    }

    /** Starts a cluster of the PostgreSQL in {@code bin} (initdb, pg_ctl, postgres). */
    public static PostgresSystem start(Path bin) throws Exception {
        List<String> missing = missing(bin);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("PostgreSQL server binaries missing: " + String.join(", ", missing));
        }
        return new PostgresSystem(bin);
    }

    private PostgresSystem(Path bin) throws Exception {
        long t0 = System.nanoTime();
        this.bin = bin;
        this.asRoot = ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        this.dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "incidex-pg-");
        try {
            if (asRoot) handToRunAs(dir);
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                    "-U", "bench", "-E", "UTF8", "--no-locale", "--no-sync"), "initdb");
            this.port = freePort();
            String opts = "-k " + dir + " -c listen_addresses=127.0.0.1 -p " + port
                    + " -c shared_buffers=128MB -c maintenance_work_mem=256MB -c jit=off"
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("server.log").toString(), "-o", opts, "-w", "-t", "120", "start"), "pg_ctl start");
        } catch (Exception e) {
            SqlBench.deleteTree(dir);
            throw e;
        }
        this.shutdownHook = new Thread(this::stopQuietly, "postgres-bench-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        this.startupMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** Milliseconds that initdb and the server start took (not part of {@link #ingest}). */
    public long startupMillis() {
        return startupMillis;
    }

    /** The cluster's port on 127.0.0.1. */
    public int port() {
        return port;
    }

    private static void handToRunAs(Path dir) throws IOException {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        try {
            UserPrincipal user = users.lookupPrincipalByName(RUN_AS);
            view.setOwner(user);
            try {
                GroupPrincipal group = users.lookupPrincipalByGroupName(RUN_AS);
                view.setGroup(group);
            } catch (UserPrincipalNotFoundException ignored) {
                // the owner is what initdb needs
            }
        } catch (UserPrincipalNotFoundException e) {
            throw new IllegalStateException("running as root, and initdb refuses root: no '" + RUN_AS
                    + "' user to run PostgreSQL as (Debian's postgresql package creates it)", e);
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            throw new IllegalStateException("running as root, and initdb refuses root: runuser (util-linux) missing");
        }
    }

    private void run(List<String> command, String what) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asRoot) cmd.addAll(List.of("runuser", "-u", RUN_AS, "--"));
        cmd.addAll(command);
        Path out = dir.resolve(what.replace(' ', '-') + ".out");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(what + " did not finish in 180 s");
        }
        if (p.exitValue() != 0) {
            String log = Files.exists(out) ? Files.readString(out) : "";
            Path server = dir.resolve("server.log");
            if (Files.isReadable(server)) log += "\nserver.log:\n" + Files.readString(server);
            throw new IOException(what + " failed (exit " + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=bench");
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void ingest(List<BenchDoc> docs, List<String> texts) throws Exception {
        if (docs.size() != texts.size()) throw new IllegalArgumentException("docs and texts differ in size");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE docs(rid integer PRIMARY KEY, id text NOT NULL, date date NOT NULL,"
                    + " year integer NOT NULL, country text, city text, attack_type text, target text,"
                    + " killed integer, text text NOT NULL,"
                    + " tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)");
            s.execute("CREATE TABLE groups(doc integer NOT NULL, grp text NOT NULL, PRIMARY KEY (doc, grp))");
            CopyBuffer d = new CopyBuffer(c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY docs(rid, id, date, year, country, city, attack_type, target, killed, text) FROM STDIN"));
            for (int i = 0; i < docs.size(); i++) {
                BenchDoc doc = docs.get(i);
                d.row(i + 1, doc.id(), doc.date(), doc.year(), doc.country(), doc.city(), doc.attackType(),
                        doc.target(), doc.killed(), texts.get(i));
            }
            d.end();
            CopyBuffer g = new CopyBuffer(c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY groups(doc, grp) FROM STDIN"));
            for (int i = 0; i < docs.size(); i++) {
                for (String grp : new LinkedHashSet<>(docs.get(i).groups())) g.row(i + 1, grp);
            }
            g.end();
            s.execute("CREATE INDEX docs_tsv ON docs USING gin(tsv)");
            s.execute("CREATE INDEX groups_grp ON groups(grp, doc)");
            for (String col : List.of("date", "year", "country", "city", "attack_type", "target")) {
                s.execute("CREATE INDEX docs_" + col + " ON docs(" + col + ")");
            }
            s.execute("VACUUM ANALYZE");
        }
    }

    /** Rows in COPY's text format, sent in chunks of about 1 MB. */
    private static final class CopyBuffer {
        private final CopyIn in;
        private final StringBuilder sb = new StringBuilder(1 << 20);

        CopyBuffer(CopyIn in) {
            this.in = in;
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) sb.append('\t');
                Object v = values[i];
                if (v == null) {
                    sb.append("\\N");
                    continue;
                }
                String s = v.toString();
                for (int j = 0; j < s.length(); j++) {
                    char ch = s.charAt(j);
                    switch (ch) {
                        case '\\' -> sb.append("\\\\");
                        case '\t' -> sb.append("\\t");
                        case '\n' -> sb.append("\\n");
                        case '\r' -> sb.append("\\r");
                        case '\0' -> { } // PostgreSQL text cannot hold NUL
                        default -> sb.append(ch);
                    }
                }
            }
            sb.append('\n');
            if (sb.length() >= 1 << 20) flush();
        }

        private void flush() throws SQLException {
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            sb.setLength(0);
        }

        void end() throws SQLException {
            try {
                flush();
                in.endCopy();
            } catch (SQLException e) {
                if (in.isActive()) in.cancelCopy();
                throw e;
            }
        }
    }

    @Override
    public long diskBytes() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Answer query(BenchQuery q) throws Exception {
        List<String> words = SqlBench.queryWords(q);
        boolean all = SqlBench.matchAll(q);
        if (!all && words.isEmpty()) return SqliteFts5System.empty(q);
        String tsq = switch (q.kind()) {
            case PHRASE -> "phraseto_tsquery('english', ?)";
            default -> "websearch_to_tsquery('english', ?)";
        };
        String text = String.join(q.kind() == BenchQuery.Kind.PHRASE || q.kind() == BenchQuery.Kind.AND
                ? " " : " or ", words);
        boolean ranked = !all && !q.sortByDate();

        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH m AS MATERIALIZED (SELECT d.rid, d.id, ");
        if (ranked) {
            sql.append("ts_rank(d.tsv, ").append(tsq).append(")");
            params.add(text);
        } else {
            sql.append("0.0::real");
        }
        sql.append(" AS score, d.date, d.year, d.country, d.city, d.attack_type, d.target FROM docs d WHERE ");
        if (all) {
            sql.append("true");
        } else {
            sql.append("d.tsv @@ ").append(tsq);
            params.add(text);
        }
        sql.append(SqlBench.filters(q, params, "?::date")).append(")\n");
        String top = SqlBench.topSubquery(ranked ? "score DESC, id" : "date DESC, id");
        if (q.highlight() && !all) {
            sql.append(SqlBench.arms(q, "ts_headline('english', dd.text, " + tsq + ")",
                    top + " JOIN docs dd ON dd.rid = t.rid", "year::text"));
            params.add(text);
        } else {
            sql.append(SqlBench.arms(q, "NULL", top, "year::text"));
        }

        PreparedStatement ps = sessions.get().prepare(sql.toString());
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
        try (ResultSet rs = ps.executeQuery()) {
            SqlBench.Parsed parsed = SqlBench.parse(rs, q);
            if (q.highlight() && !all) {
                for (Object h : parsed.extras()) if (h == null) throw new IllegalStateException("no headline");
            }
            return parsed.answer();
        }
    }

    @Override
    public void close() throws Exception {
        sessions.closeAll();
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }

    private synchronized void stop() throws IOException, InterruptedException {
        if (stopped) return;
        stopped = true;
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w",
                    "stop"), "pg_ctl stop");
        } finally {
            SqlBench.deleteTree(dir);
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (Exception e) {
            System.err.println("postgres bench cluster in " + dir + " did not stop: " + e);
        }
    }
}
