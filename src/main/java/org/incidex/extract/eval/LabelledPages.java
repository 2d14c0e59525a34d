package org.incidex.extract.eval;

import org.incidex.clean.ArticleCleaner;
import org.incidex.clean.CleanedPage;
import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.rules.RuleTable;
import org.incidex.model.Article;
import org.incidex.model.Incident;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the page evaluators share: reading a labels TSV, and a page cleaned and extracted as a user's would be. */
final class LabelledPages {
    private LabelledPages() {
    }

    /** The table, with its {@code required} columns; a bad file is an {@link IllegalArgumentException} naming it. */
    static RuleTable read(Path tsv, String... required) throws IOException {
        RuleTable t;
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            t = RuleTable.parse(r, tsv.toString());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        for (String need : required) {
            if (!t.columns().contains(need)) throw new IllegalArgumentException(tsv + ": no '" + need + "' column");
        }
        return t;
    }

    /** A cell, or null when the table has no such column or the cell is empty. */
    static String optional(RuleTable t, RuleTable.Row row, String column) {
        if (!t.columns().contains(column)) return null;
        String v = row.get(column);
        return v.isEmpty() ? null : v;
    }

    /** The incidents of {@code page} (a path relative to {@code dir}), cleaned and extracted. */
    static List<Incident> incidents(ArticleCleaner cleaner, IncidentExtractor extractor, Path dir, String page,
                                    double minConfidence) throws IOException, RejectedDocumentException {
        Path file = dir.resolve(page);
        CleanedPage p = cleaner.clean(new RawDocument(file.toString(), Files.readAllBytes(file), null));
        return extractor.extract(new Article(page, file.toString(), p.title(), p.byline(), p.site(), p.lang(),
                p.published(), p.canonicalUrl(), p.text(), p.entries()), minConfidence);
    }
}
