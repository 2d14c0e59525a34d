package org.incidex.ingest.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.incidex.model.RawDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real bundled table, when it is on the classpath (it is written on another branch): it loads, and every page
 * names its city, states its own figures and no other ones in casualty sentences.
 */
class BundledCorpusTest {

    private static final Pattern CASUALTY_WORDS = Pattern.compile("\\b(killed|killing|dead|died|death|wounded|wounding"
            + "|injured|hurt|toll|hostages?|abducted)\\b");

    @Test
    void bundledTableLoadsAndEveryPageIsTrueToItsRow() {
        assumeTrue(DemoCorpus.class.getResource(DemoCorpus.FACTS_RESOURCE) != null,
                DemoCorpus.FACTS_RESOURCE + " is not on the classpath yet");
        DemoCorpus corpus = DemoCorpus.load();
        List<RawDocument> docs = corpus.documents();
        assertThat(docs).hasSize(corpus.facts().size() + 1);
        for (int i = 0; i < corpus.facts().size(); i++) {
            Fact f = corpus.facts().get(i);
            String html = new String(docs.get(i).bytes(), StandardCharsets.UTF_8);
            assertThat(html.length()).as(f.id() + " size").isBetween(8_000, 25_000);
            Document doc = PageText.parse(html);
            String text = String.join(" ", PageText.body(doc));
            String where = f.id() + ": " + text;
            assertThat(text).as(where).contains(f.city());
            Set<Integer> own = new HashSet<>();
            for (Integer n : new Integer[] {f.killed(), f.injured(), f.hostages()}) {
                if (n == null) continue;
                own.add(n);
                if (n > 0 || n.equals(f.killed())) assertThat(PageText.mentionsCount(text, n)).as(n + " in " + where).isTrue();
            }
            for (String paragraph : PageText.body(doc)) {
                for (String sentence : PageText.sentences(paragraph)) {
                    if (!CASUALTY_WORDS.matcher(sentence.toLowerCase(Locale.ROOT)).find()) continue;
                    String s = sentence.replace(f.name(), "");
                    if (f.target() != null) s = s.replace(f.target(), "");
                    assertThat(own).as(where).containsAll(PageText.numbers(s));
                }
            }
        }
    }
}
