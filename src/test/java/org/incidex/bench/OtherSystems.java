package org.incidex.bench;

import java.nio.file.Path;

/** The systems besides Incidex and the bare Lucene limit: the databases a user might pick instead. */
final class OtherSystems {
    private OtherSystems() {}

    static BenchSystem create(String name, Path dir) throws Exception {
        throw new IllegalArgumentException("unknown system '" + name + "' (incidex, lucene, sqlite, postgres)");
    }
}
