package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.incidex.model.FailureReason;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedPage clean(String fixture) throws RejectedDocumentException {
        return cleaner.clean(new RawDocument(fixture, Fixtures.bytes(fixture), null));
    }

    @Test
    void newsPageKeepsEveryParagraphInOrderAndDropsFurniture() throws Exception {
        CleanedPage page = clean("news-article.html");

        assertThat(page.blocks()).containsExactly(
                "Gunmen armed with rifles and grenades stormed a luxury hotel in the Malian capital early on Friday,"
                        + " taking about 170 guests and staff hostage, security officials said.",
                "Special forces surrounded the building within the hour, and witnesses reported hearing gunfire on"
                        + " the upper floors, where many foreign visitors were staying.",
                "Hostages freed floor by floor",
                "By mid-morning, soldiers had freed dozens of hostages, escorting them out through the kitchen,"
                        + " according to a police commander at the scene.",
                "“We heard them shouting in the corridor, then everything went silent,” one guest, a consultant from"
                        + " Guinea, told reporters.",
                "The government declared a state of emergency, and the president cut short a visit abroad to return"
                        + " to the capital, his office said.",
                "Around 170 people were in the hotel when the attack began.",
                "At least two groups later claimed responsibility.");
        assertThat(page.text()).isEqualTo(String.join("\n\n", page.blocks()));
        for (String furniture : List.of("cookies", "Share on", "Advertisement", "Related", "comments", "Most read",
                "newsletter", "All rights reserved", "Sport", "Timeline of attacks", "Awa Traoré")) {
            assertThat(page.text()).as("furniture '%s'", furniture).doesNotContain(furniture);
        }
    }

    @Test
    void newsPageMetadataFollowsThePreferenceOrder() throws Exception {
        CleanedPage page = clean("news-article.html");

        assertThat(page.title()).isEqualTo("Gunmen storm hotel in Bamako, dozens held");
        assertThat(page.byline()).isEqualTo("Awa Traoré, Jean Martin");
        assertThat(page.site()).isEqualTo("Sahel Daily");
        assertThat(page.lang()).isEqualTo("en");
        assertThat(page.canonicalUrl()).isEqualTo("https://sahel-daily.example/world/africa/bamako-hotel-attack");
        assertThat(page.published()).as("datePublished, not dateModified").isEqualTo("2015-11-20T09:41:00+00:00");
        assertThat(page.charset()).isEqualTo("UTF-8");
    }

    @Test
    void liveBlogKeepsAllSixPostsInDocumentOrder() throws Exception {
        CleanedPage page = clean("live-blog.html");

        assertThat(page.title()).isEqualTo("Live: hotel siege in Bamako");
        assertThat(page.published()).isEqualTo("2015-11-20T09:05:00+00:00");
        List<String> posts = List.of(
                "The government announces a state of emergency across the whole country.",
                "About twenty hostages have been led out through the kitchen, witnesses say.",
                "Special forces have entered the building and are moving floor by floor.",
                "A security source says around 170 people are inside, including many foreign guests.",
                "Police have sealed off the surrounding streets and asked residents to stay indoors.",
                "First reports say gunfire was heard near the hotel entrance shortly after dawn.");
        assertThat(page.blocks()).containsSubsequence(posts);
        assertThat(page.text()).doesNotContain("Follow us").doesNotContain("Home");
    }

    @Test
    void blockEqualToTheTitleIsDropped() throws Exception {
        String html = "<html><head><title>Blast hits market in Kabul</title></head><body><article>"
                + "<h2>Blast hits market in Kabul</h2><p>An explosion tore through a crowded market on Sunday"
                + " morning, officials said, and rescue teams were searching the rubble.</p></article></body></html>";
        CleanedPage page = cleaner.clean("t", html);
        assertThat(page.blocks()).containsExactly("An explosion tore through a crowded market on Sunday morning,"
                + " officials said, and rescue teams were searching the rubble.");
        assertThat(page.charset()).isNull();
    }

    @Test
    void tableRowsBecomeBlocksWithCellsJoined() throws Exception {
        String html = "<html><body><article><p>Casualties reported by the ministry on Saturday, by city, were as"
                + " follows, with figures still provisional.</p><table><tr><th>City</th><th>Dead</th></tr>"
                + "<tr><td>Gao</td><td>12</td></tr><tr><td>Mopti</td><td>3</td></tr></table></article></body></html>";
        assertThat(cleaner.clean("t", html).blocks()).containsSubsequence("City | Dead", "Gao | 12", "Mopti | 3");
    }

    @Test
    void rejectsEmptyAndWhiteSpaceDocuments() {
        assertReason(new RawDocument("e", new byte[0], null), FailureReason.EMPTY);
        assertReason(new RawDocument("w", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8), null), FailureReason.EMPTY);
        assertThatThrownBy(() -> cleaner.clean("s", "   ")).isInstanceOfSatisfying(RejectedDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(FailureReason.EMPTY));
    }

    @Test
    void rejectsBinaryDocuments() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertReason(new RawDocument("img.png", png, null), FailureReason.BINARY);
        assertReason(new RawDocument("x.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), null),
                FailureReason.BINARY);
        byte[] withNul = "<html><body>\0\0\0</body></html>".getBytes(StandardCharsets.UTF_8);
        assertReason(new RawDocument("nul", withNul, null), FailureReason.BINARY);
    }

    @Test
    void rejectsPlainTextAsNotHtml() {
        String text = "Gunmen stormed a hotel in Bamako on Friday. 3 < 4 and a > b are not tags.";
        assertReason(new RawDocument("t.txt", text.getBytes(StandardCharsets.UTF_8), null), FailureReason.NOT_HTML);
    }

    @Test
    void rejectsHtmlWithoutTextAsNoText() {
        String html = "<html><head><title>x</title><script>var a = 'lots of script text here';</script></head>"
                + "<body><nav><a href='/'>Home</a></nav><img src='a.png'></body></html>";
        assertReason(new RawDocument("n", html.getBytes(StandardCharsets.UTF_8), null), FailureReason.NO_TEXT);
    }

    @Test
    void survivesTenThousandLevelsOfNesting() throws Exception {
        String deep = "<div>".repeat(10_000) + "<p>Deeply nested paragraph that still counts as the main text of"
                + " this page, with a comma.</p>" + "</div>".repeat(10_000);
        CleanedPage page = cleaner.clean("deep", "<html><body>" + deep + "</body></html>");
        assertThat(page.text()).contains("Deeply nested paragraph");
        String spans = "<span><b>".repeat(10_000) + "a sentence deep inside unclosed inline tags";
        assertThat(cleaner.clean("spans", "<html><body><p>" + spans + "</p></body></html>").text())
                .contains("a sentence deep inside unclosed inline tags");
    }

    @Test
    void fiftyMegabytePageFinishesInBoundedTime() throws Exception {
        String para = "<div class='x'><p>Paragraph about the attack, with commas, quotes and numbers 12345.</p>"
                + "<a href='/l'>link</a></div>\n";
        StringBuilder sb = new StringBuilder("<html><body><article>");
        while (sb.length() < 50_000_000) {
            sb.append(para);
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        CleanedPage page = cleaner.clean(new RawDocument("big", bytes, null));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("50 MB page cleaned in %.1f s, %d blocks%n", seconds, page.blocks().size());
        assertThat(page.blocks()).isNotEmpty();
        assertThat(seconds).as("shared 2-core box: measured ~3.5 s").isLessThan(10.0);
    }

    @Test
    void capTruncatesInsteadOfRejecting() throws Exception {
        String html = "<html><body><p>First paragraph of a long page, long enough to be scored.</p>"
                + "<p>Second paragraph that lies beyond the cap and must not be read.</p></body></html>";
        CleanedPage page = new ArticleCleaner(html.indexOf("<p>Second")).clean("cap", html);
        assertThat(page.text()).contains("First paragraph").doesNotContain("Second");
    }

    @Test
    void neverThrowsAnythingButRejectionsOnMalformedInput() {
        List<String> inputs = List.of("<", "<html", "<p", "</p></div></body>", "<html><body><p>unclosed <b><i>x",
                "<!DOCTYPE html><table><tr><td><table><tr><td>cell", "<html><head><script type='application/ld+json'>"
                        + "{\"@type\": [\"NewsArticle\"], \"datePublished\": {\"x\": 1}, \"author\": 3,}</script>"
                        + "</head><body><p>Body text long enough to be a paragraph here.</p></body></html>",
                "<svg><p>in svg</p></svg>", "<meta charset='nonsense'><p>text that is long enough to score</p>");
        for (String in : inputs) {
            try {
                cleaner.clean(new RawDocument("m", in.getBytes(StandardCharsets.UTF_8), "text/html; charset=bogus"));
            } catch (RejectedDocumentException e) {
                assertThat(e.reason()).isNotEqualTo(FailureReason.PROCESSING_ERROR);
            }
        }
    }

    @Test
    void validatesArguments() {
        assertThatThrownBy(() -> new ArticleCleaner(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxChars");
        assertThatThrownBy(() -> cleaner.clean(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("doc");
        assertThatThrownBy(() -> cleaner.clean("s", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("html");
    }

    private void assertReason(RawDocument doc, FailureReason reason) {
        assertThatThrownBy(() -> cleaner.clean(doc)).isInstanceOfSatisfying(RejectedDocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.source()).isEqualTo(doc.source());
        });
    }
}
