package org.incidex.web;

import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;
import org.incidex.testing.XssPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Incidents whose title, summary, source text, source URL, place and group carry {@code <script>}, {@code onerror=}
 * and {@code javascript:} payloads, shown by the real UI in headless Chromium: every payload would set
 * {@code window.__pwned} or open an alert if it ran, and none does, on the results, in suggestions, on the
 * incident page, or from the server-embedded first search. The payloads appear as literal text, and no element the
 * data produced carries an event-handler attribute or a {@code javascript:} link.
 */
class HostileContentBrowserTest {
    static final String TITLE = "<script>window.__pwned='title'</script> Siege at <img src=x onerror=\"window.__pwned='img'\"> hotel";
    static final String GROUP = "<b onmouseover=\"window.__pwned='group'\">Evil</b> javascript:window.__pwned='g'";
    static final String SUMMARY = "javascript:window.__pwned='summary' <svg onload=\"window.__pwned='svg'\">";
    static final String TEXT = "Gunmen began a siege. <script>window.__pwned='text'</script> Witnesses saw "
            + "<img src=x onerror=\"window.__pwned='text-img'\"> and <a href=\"javascript:window.__pwned='a'\">here</a>.";
    static final String CITY = "<iframe src=\"javascript:window.__pwned='city'\"></iframe>Bamako";

    @TempDir
    static Path dir;
    static DemoServer server;
    static Browser b;

    @BeforeAll
    static void start() throws Exception {
        b = Browser.start(1280, 1000);
        Incident f = new Incident("2016-03-01", new Place(CITY, "<u>Region</u>", "Mali", "ML", 12.6, -8.0),
                List.of(new GroupRef(GROUP, GroupRole.CLAIMED, false)), 3, 4, null, null,
                List.of("Armed Assault"), List.of("Business"), List.of());
        IncidentRecord hostile = new IncidentRecord("inc-hostile", TITLE, SUMMARY, f, List.of(),
                List.of(new SourceRef("src-1", TITLE, "<i>Site</i>", "2016-03-01", null,
                        "javascript:window.__pwned='url'", TEXT)));
        List<IncidentRecord> all = new java.util.ArrayList<>(XssPayloads.incidents());
        all.add(hostile);
        server = DemoServer.of(dir, all);
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
        if (server != null) server.close();
    }

    void assertNothingRan() {
        assertThatThrownBy(() -> b.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(b.js("return window.__pwned === undefined ? null : String(window.__pwned)")).as("a payload ran").isNull();
        // only the page's own module scripts and the server's JSON data block; no handler attributes anywhere
        assertThat(b.js("return [...document.scripts].filter(s => !(s.type === 'module' && /\\/js\\/\\w+\\.js$/.test(s.src))"
                + " && s.type !== 'application/json').length")).isEqualTo(0L);
        assertThat(b.js("return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length"))
                .isEqualTo(0L);
        assertThat(b.js("return [...document.querySelectorAll('[href],[src]')].filter(e => /^\\s*javascript:/i.test("
                + "e.getAttribute('href') || e.getAttribute('src') || '')).length")).isEqualTo(0L);
        assertThat(b.driver.findElements(By.cssSelector("iframe, img[src=x], svg[onload]"))).isEmpty();
        List<String> csp = b.console().stream().map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(csp).as("nothing even tried to run against the CSP").isEmpty();
    }

    @Test
    void resultsSuggestionsAndTheIncidentPageShowPayloadsAsText() {
        // first search answered from the data block the server embeds in the page
        b.driver.get(server.base + "/?q=siege");
        b.awaitResults();
        assertNothingRan();
        WebElement title = b.driver.findElement(By.cssSelector(".hit-title a"));
        assertThat(title.getText()).isEqualTo(TITLE);
        assertThat(b.driver.findElement(By.cssSelector(".chip-group")).getText()).isEqualTo(GROUP);
        assertThat(b.driver.findElement(By.cssSelector(".hit-meta")).getText()).contains(CITY);
        assertThat(b.driver.findElements(By.cssSelector("input[data-dim=group]"))).extracting(e -> e.getAttribute("data-value"))
                .containsExactly(GROUP);

        // the same through the API from the page (a second search), the map and the facets
        b.driver.findElement(By.cssSelector("input[data-dim=group]")).click();
        b.awaitResults();
        assertThat(b.driver.findElement(By.cssSelector(".filter-chip")).getText()).contains(GROUP);
        assertNothingRan();

        // suggestions for the group and the title
        WebElement q = b.byId("q");
        q.clear();
        q.sendKeys("evil");
        b.waitFor(d -> !d.findElements(By.cssSelector("#q-suggestions [role=option]")).isEmpty());
        assertThat(b.driver.findElements(By.cssSelector("#q-suggestions .suggestion-value")))
                .extracting(WebElement::getText).contains(GROUP);
        assertNothingRan();

        // the incident page: title, summary, source text with evidence, source link, related
        b.driver.get(server.base + "/incident.html?id=inc-hostile");
        b.waitFor(d -> d.findElement(By.id("incident-title")).isDisplayed());
        assertThat(b.byId("incident-title").getText()).isEqualTo(TITLE);
        assertThat(b.driver.findElement(By.cssSelector(".summary")).getText()).isEqualTo(SUMMARY);
        assertThat(b.driver.findElement(By.cssSelector(".source-text")).getText()).contains("<script>window.__pwned='text'</script>");
        b.waitFor(d -> !d.findElements(By.cssSelector(".related p, .related-list")).isEmpty());
        assertNothingRan();
    }

    @Test
    void fiftyPayloadsStayTextOnEveryResultsPageIncidentPageAndSuggestion() {
        int pages = 0;
        for (int page = 1; page <= 3; page++) {
            b.driver.get(server.base + "/?q=hotel+attack" + (page > 1 ? "&page=" + page : ""));
            b.awaitResults();
            assertNothingRan();
            pages++;
        }
        List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < XssPayloads.ALL.size(); i++) {
            b.driver.get(server.base + "/incident.html?id=" + String.format("inc-xss-%02d", i));
            b.waitFor(d -> d.findElement(By.id("incident-title")).isDisplayed());
            b.waitFor(d -> !d.findElements(By.cssSelector(".related p, .related-list")).isEmpty());
            assertNothingRan();
            shown.add(b.byId("incident-title").getText());
        }
        for (int i = 0; i < XssPayloads.ALL.size(); i++) {
            assertThat(shown.get(i)).as("payload %d shown as text", i + 1)
                    .isEqualTo(("Hotel attack " + i + " " + XssPayloads.ALL.get(i)).strip().replaceAll("[\\s\u2028\u2029]+", " "));
        }
        b.driver.get(server.base + "/");
        b.awaitResults();
        b.byId("q").sendKeys("group");
        b.waitFor(d -> d.findElements(By.cssSelector("#q-suggestions [role=option]")).size() >= 5);
        assertNothingRan();
        System.out.println("HostileContentBrowserTest: " + XssPayloads.ALL.size() + " payloads on " + pages
                + " results pages, " + shown.size() + " incident pages and the suggestions: none ran");
    }
}
