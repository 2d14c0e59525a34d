package org.incidex.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aliases column of the bundled group list, by canonical name. {@code GroupLexicon} answers "which group is this
 * name?"; query expansion also needs the way back ("which names does Islamic State go by?"), so the same resource is
 * read here rather than widening the extractor's API. Package-private; called once per process.
 */
final class GroupAliases {
    private static final String RESOURCE = "/org/incidex/extract/group/groups.tsv";

    private GroupAliases() {}

    static Map<String, List<String>> read() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = GroupAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[1].isBlank()) continue;
                List<String> aliases = new ArrayList<>();
                for (String a : f[1].split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
                out.putIfAbsent(f[0].strip(), List.copyOf(aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
