package org.incidex.bench;

import java.nio.file.Path;

/** The systems besides Incidex and the bare Lucene limit: the databases a user might pick instead. */
final class OtherSystems {
    private OtherSystems() {}

    /** A system by name, its files under {@code dir}; PostgreSQL's cluster is started here (not timed as ingest). */
    static BenchSystem create(String name, Path dir) throws Exception {
        return switch (name) {
            case "sqlite" -> new SqliteFts5System(dir);
            case "postgres" -> PostgresSystem.start();
            default -> throw new IllegalArgumentException("unknown system '" + name + "' (incidex, lucene, sqlite, postgres)");
        };
    }
}
