package org.incidex.clean.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidex.clean.ArticleCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleaningEvaluatorTest {
    @Test
    void shinglesAreFourTokenMultisetsCaseInsensitive() {
        // 6 tokens -> 3 shingles each; prediction misses the last token: 2 shared, 1 extra, 1 missing.
        double[] c = CleaningEvaluator.counts("One two three four five six", "one TWO three, four five seven");
        assertThat(c).containsExactly(2.0, 1.0, 1.0);
        assertThat(CleaningEvaluator.counts("a b", "a b")).containsExactly(1.0, 0.0, 0.0);
        assertThat(CleaningEvaluator.counts("", "")).containsExactly(0.0, 0.0, 0.0);
        assertThat(CleaningEvaluator.counts("x y z w x y z w", "x y z w")).containsExactly(1.0, 0.0, 4.0);
    }

    @Test
    void unicodeWordsAreTokens() {
        assertThat(CleaningEvaluator.counts("Ségou à Mopti été", "ségou À mopti ÉTÉ")).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void expectedTextSeparatesBlocks() {
        assertThat(CleaningEvaluator.expectedText("<div><p>One <b>two</b></p><p>three</p>four</div>"))
                .isEqualTo("One two\n\nthree\n\nfour");
    }

    @Test
    void evaluatesADirectoryWithPageNormalizedCounts(@TempDir Path dir) throws Exception {
        String body = "Gunmen stormed a hotel in the capital early on Friday, taking many guests and staff hostage,"
                + " officials said on the radio.";
        writeCase(dir.resolve("a"), "<html><head><title>Siege in the capital city</title>"
                        + "<meta name='author' content='By Awa Traore'><meta name='date' content='2015-11-20'></head>"
                        + "<body><article><p>" + body + "</p></article></body></html>",
                "<div><p>" + body + "</p></div>",
                "{\"title\": \"Siege in the capital city\", \"byline\": \"awa traore\","
                        + " \"publishedTime\": \"2015-11-20T09:00:00Z\"}");
        writeCase(dir.resolve("b"), "just text, no markup", "<p>" + body + "</p>", "{\"title\": \"Other\"}");
        Files.createDirectories(dir.resolve("not-a-case"));

        CleaningEvaluator.Report r = new CleaningEvaluator(new ArticleCleaner()).evaluate(dir);

        assertThat(r.cases()).extracting(CleaningEvaluator.CaseResult::caseName).containsExactly("a", "b");
        CleaningEvaluator.CaseResult a = r.cases().get(0);
        assertThat(a.f1()).isEqualTo(1.0);
        assertThat(a.titleMatch()).isTrue();
        assertThat(a.bylineMatch()).isTrue();
        assertThat(a.dateMatch()).isTrue();
        CleaningEvaluator.CaseResult b = r.cases().get(1);
        assertThat(b.failure()).contains("not-html");
        assertThat(b.recall()).isZero();
        assertThat(b.dateMatch()).isNull();
        // Page a: tp=1; page b: fn=1 (normalized). Means: tp=0.5, fp=0, fn=0.5.
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(r.titleAccuracy()).isEqualTo(0.5);
        assertThat(r.dateAccuracy()).isEqualTo(1.0);
        assertThat(r.pagesPerSecond()).isPositive();
    }

    @Test
    void rejectsAMissingDirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> new CleaningEvaluator(new ArticleCleaner()).evaluate(dir.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dir");
    }

    private static void writeCase(Path c, String source, String expected, String meta) throws Exception {
        Files.createDirectories(c);
        Files.writeString(c.resolve("source.html"), source);
        Files.writeString(c.resolve("expected.html"), expected);
        Files.writeString(c.resolve("expected-metadata.json"), meta);
    }
}
