package org.incidex.extract.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The long-page evaluator on pages written for this test: fields, other incidents, extras and leaks. */
class IncidentsEvaluatorTest {
    static final String PAGE = "<html><head><title>Gunmen storm hotel in Bamako</title>"
            + "<meta property=\"article:published_time\" content=\"2015-11-20T10:00:00Z\"></head><body><article>"
            + "<h1>Gunmen storm hotel in Bamako</h1>"
            + "<p>Islamist gunmen stormed a luxury hotel in the Malian capital Bamako this morning and took 170 people"
            + " hostage, security sources said. At least 20 people were killed.</p>"
            + "<p>In August, at least 13 people were killed when gunmen besieged a hotel in the central town of"
            + " Sevare.</p></article></body></html>";

    @Test
    void mainFieldsOtherIncidentsAndLeaks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bamako.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.tsv"), String.join("\n",
                "page\tincident\tdate\tcountry\tcity\tkilled\tinjured\thostages\tperpetrators_killed\tgroup\tnote",
                "bamako.html\tmain\t2015-11-20\tMali\tBamako\t20\t\t170\t\t\tlive",
                "bamako.html\t2\t2015-08\tMali\tSevare\t13\t\t\t\t\trecalled", ""), StandardCharsets.UTF_8);
        IncidentsEvaluator.Report r = IncidentsEvaluator.createDefault().evaluate(dir,
                IncidentsEvaluator.readGold(dir.resolve("gold.tsv")), 0.5);
        assertThat(r.pages()).hasSize(1);
        assertThat(r.field("place").correct()).isEqualTo(1);
        assertThat(r.field("date").correct()).isEqualTo(1);
        assertThat(r.field("killed").total()).isEqualTo(1);
        assertThat(r.field("injured").total()).isZero();
        assertThat(r.others()).isEqualTo(1);
        assertThat(r.othersFound()).isEqualTo(1);
        assertThat(r.extra()).isZero();
        // a gold that says the main attack killed 19 makes the extracted 20 wrong, and 13 there would be a leak
        Files.writeString(dir.resolve("gold2.tsv"), String.join("\n",
                "page\tincident\tdate\tcountry\tcity\tkilled",
                "bamako.html\tmain\t2015-11-20\tMali\tBamako\t19",
                "bamako.html\t2\t2015-08\tMali\tSevare\t20", ""), StandardCharsets.UTF_8);
        IncidentsEvaluator.Report leak = IncidentsEvaluator.createDefault().evaluate(dir,
                IncidentsEvaluator.readGold(dir.resolve("gold2.tsv")), 0.5);
        assertThat(leak.field("killed").correct()).isZero();
        assertThat(leak.leaks()).isEqualTo(1);
        assertThat(leak.pages().get(0).leaks()).containsExactly("killed 20 of incident 2");
    }

    @Test
    void badGoldNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "page\tincident\tkilled\na.html\t2\t3\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IncidentsEvaluator.readGold(gold)).hasMessageContaining("exactly one 'main' row");
        Files.writeString(gold, "page\tincident\tkilled\na.html\tmain\tmany\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IncidentsEvaluator.readGold(gold)).hasMessageContaining("gold.tsv:2")
                .hasMessageContaining("killed must be a whole number");
        assertThat(IncidentsEvaluator.sameDate("2015-08", "2015-08-12")).isTrue();
        assertThat(IncidentsEvaluator.sameDate("2015-08-12", "2015-08")).isFalse();
    }

    @Test
    void aGoldGroupWithItsShortNameInBracketsIsTheListedGroup() {
        ExtractionEvaluator e = ExtractionEvaluator.createDefault();
        assertThat(e.sameGroup("Islamic State (IS)", "Islamic State")).isTrue();
        assertThat(e.sameGroup("Boko Haram", "Islamic State")).isFalse();
    }
}
