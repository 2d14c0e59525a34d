package org.incidex.extract;

import org.incidex.model.Article;
import org.incidex.model.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class SeedScratchTest {
    @Test
    void print() throws Exception {
        String text = Files.readString(Path.of("../shared/seed/bamako-radisson-live-blog.txt")).replace("\n", "\n\n");
        var a = new Article("x", "seed", null, null, null, null, "2015-11-20", null, text);
        for (var i : TestLexicons.extractor().extract(a)) System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(i));
    }
}
