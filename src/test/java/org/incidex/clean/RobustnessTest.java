package org.incidex.clean;

import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile or broken pages: every one ends in a page or a typed rejection, never another exception or a hang. */
class RobustnessTest {
    static final String BODY = "<p>Gunmen attacked a police station in the northern town before dawn on Tuesday, "
            + "officials said, and fought security forces for several hours.</p><p>Residents said they heard "
            + "explosions and heavy gunfire, and that the army sent reinforcements from the regional capital.</p>"
            + "<p>The governor said the attackers had been pushed back by mid-morning and that the wounded had been "
            + "taken to the main hospital, where doctors were treating several people for gunshot wounds.</p>"
            + "<p>No group has said it carried out the attack, but the area has seen several raids this year.</p>";

    static CleanedPage clean(String html) throws RejectedDocumentException {
        return new ArticleCleaner().clean(new RawDocument("t.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void noscriptAndTemplateContentIsNotText() throws Exception {
        CleanedPage p = clean("<html><body><noscript><p>Please enable JavaScript to view this site properly, "
                + "it is required for the comments and the video player.</p></noscript><article><h1>Attack</h1>" + BODY
                + "<template><p>Hidden template paragraph that a script would clone into the page later on.</p>"
                + "</template></article></body></html>");
        assertThat(p.text()).contains("Gunmen attacked", "Residents said")
                .doesNotContain("enable JavaScript").doesNotContain("Hidden template");
    }

    @Test
    void paywallStubKeepsTheTeaserAndDropsTheSubscriptionBox() throws Exception {
        CleanedPage p = clean("<html><body><article><h1>Attack</h1>" + BODY
                + "<div class=\"paywall\"><h3>Subscribe to keep reading</h3><p>Get unlimited access to our journalism "
                + "for just $1 a week. Cancel anytime.</p><a class=button href=/subscribe>Subscribe now</a></div>"
                + "</article></body></html>");
        assertThat(p.text()).contains("Gunmen attacked").doesNotContain("unlimited access").doesNotContain("Subscribe now");
    }

    @Test
    void unclosedTagsStraySlashesAndBrokenEntitiesStillGiveTheText() throws Exception {
        CleanedPage p = clean("<html><body><div><article><h1>Attack</h2><p>Gunmen attacked a police station &amp "
                + "before dawn &#xZZ; on Tuesday, officials said, and fought security forces <b><i>for several</b></i> "
                + "hours.<p>Residents said they heard explosions and heavy gunfire</ p>, and that the army sent "
                + "reinforcements from the regional capital.</div></div></div><p>");
        assertThat(p.text()).contains("Gunmen attacked a police station", "Residents said they heard explosions");
    }

    @Test
    void manyPathologicalPagesFinishQuickly() {
        String[] pages = {
            "<table>".repeat(20_000) + BODY,
            "<p>" + "<a href=x>link</a> ".repeat(50_000) + "</p>" + BODY,
            "<div class=\"" + "x ".repeat(100_000) + "\">" + BODY + "</div>",
            "<!--" + "-".repeat(1_000_000) + BODY,
            "<script>" + "var a=1;".repeat(200_000) + "</script>" + BODY,
            BODY + "<p>" + "word ".repeat(2_000_000) + "</p>",
        };
        for (String page : pages) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    CleanedPage p = clean("<html><body>" + page + "</body></html>");
                    assertThat(p.text()).isNotNull();
                } catch (RejectedDocumentException e) {
                    assertThat(e.reason()).isNotNull();
                }
            });
        }
    }
}
