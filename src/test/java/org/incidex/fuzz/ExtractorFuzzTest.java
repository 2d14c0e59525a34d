package org.incidex.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.incidex.extract.IncidentExtractor;
import org.incidex.model.Article;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link IncidentExtractor#extract(Article)} with cleaned-text articles. An input is UTF-8: the first line is
 * the publication date as the cleaner writes it (empty for none, but any text is allowed), the second the title, the
 * rest the text (paragraphs separated by a blank line, as the cleaner writes them). The extractor documents no
 * exception, so anything thrown is a finding. Each evidence must be the text between its offsets; figures are never
 * negative; dates are ISO prefixes. The corpus is in
 * {@code src/test/resources/org/incidex/fuzz/ExtractorFuzzTestInputs/extract/}.
 */
class ExtractorFuzzTest {
    /** Bytes per input: a long article is ~20 KB of text. */
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_FUZZ_BYTES = 4 * 1024;
    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Loaded once, before any input is timed (the gazetteer takes seconds). */
    private static final IncidentExtractor EXTRACTOR = IncidentExtractor.shared();

    @FuzzTest(maxDuration = "5m")
    void extract(byte[] data) throws Throwable {
        byte[] input = Bounded.cap(data, MAX_BYTES, MAX_FUZZ_BYTES);
        String[] parts = new String(input, StandardCharsets.UTF_8).split("\n", 3);
        String published = parts[0].isEmpty() ? null : parts[0];
        String title = parts.length > 1 ? parts[1] : null;
        String text = parts.length > 2 ? parts[2] : "";
        Article article = new Article("a-fuzz", "fuzz", title, null, null, "en", published, null, text);
        List<Incident> incidents = Bounded.call(LIMIT, () -> EXTRACTOR.extract(article));
        assertThat(incidents).isNotNull();
        for (Incident i : incidents) check(i, text);
    }

    static void check(Incident incident, String text) {
        for (Evidence e : incident.evidence()) {
            assertThat(e.end()).as("evidence %s", e).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(e.start(), e.end())).as("evidence %s", e.field()).isEqualTo(e.text());
        }
        if (incident.date() != null) assertThat(incident.date()).matches(DATE);
        for (Integer n : new Integer[] {incident.killed(), incident.injured(), incident.hostages()}) {
            if (n != null) assertThat(n).isNotNegative();
        }
        assertThat(incident.place()).isNotNull();
    }
}
