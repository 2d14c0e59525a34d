package org.incidex.web;

import org.incidex.testing.Csv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident page, export, keyboard-only use, the phone layout and first-paint time in headless Chromium over
 * the demo index. Screenshots of the search page, the incident page and the phone layout are written to
 * {@code target/screenshots/} (the copies in {@code docs/screenshots/} come from there), and the measured
 * first-paint times to {@code target/browser-timings.txt}.
 */
class IncidentPageBrowserTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    static DemoServer server;
    static Browser b;

    @BeforeAll
    static void start() throws Exception {
        b = Browser.start(1280, 1000);
        server = DemoServer.shared();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
    }

    @BeforeEach
    void reset() {
        b.driver.manage().window().setSize(new Dimension(1280, 1000));
        b.console();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(b.consoleErrors()).as("browser console errors").isEmpty();
    }

    void open(String query) {
        b.driver.get(server.base + "/" + (query.isEmpty() ? "" : "?" + query));
        b.awaitResults();
    }

    void screenshot(String name, int width, int height) throws IOException {
        b.driver.manage().window().setSize(new Dimension(width, height));
        b.js("window.scrollTo(0, 0)");
        Path png = b.driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    long shownTotal() {
        return Long.parseLong(b.byId("results-heading").getText().replaceAll("[^0-9]", ""));
    }

    @Test
    void incidentShowsEvidenceSourcesAndRelatedAndBackRestoresTheSearch() throws IOException {
        open("q=hotel");
        b.waitFor(d -> d.findElements(By.cssSelector(".map-land path")).size() > 100);
        screenshot("search-page", 1280, 1000);
        open("q=Radisson&country=Mali");
        String searchUrl = b.driver.getCurrentUrl();
        WebElement first = b.driver.findElement(By.cssSelector(".hit-title a"));
        String title = first.getText();
        first.click();

        WebElement h1 = b.waitFor(d -> {
            List<WebElement> e = d.findElements(By.id("incident-title"));
            return e.isEmpty() || !e.get(0).isDisplayed() ? null : e.get(0);
        });
        assertThat(h1.getText()).isEqualTo(title);
        List<WebElement> marks = b.driver.findElements(By.cssSelector("mark.evidence"));
        assertThat(marks).as("evidence sentences highlighted in the source text").isNotEmpty();
        // each fact's "evidence" link jumps to a highlighted passage of a source
        List<WebElement> links = b.driver.findElements(By.cssSelector("a.evidence-link"));
        assertThat(links).isNotEmpty();
        // why it was judged an attack: the confidence, with the sentence that weighed most as its evidence
        WebElement judged = b.driver.findElements(By.cssSelector(".fact")).stream()
                .filter(f -> f.findElement(By.tagName("dt")).getText().equals("Judged an attack")).findFirst().orElseThrow();
        assertThat(judged.findElement(By.tagName("dd")).getText()).matches("(?s)confidence 0\\.\\d\\d.*evidence");
        String target = links.get(0).getAttribute("href").replaceAll(".*#", "");
        screenshot("incident-page", 1280, 1000);
        links.get(0).click();
        Files.copy(b.driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("incident-evidence.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(b.js("return document.querySelector(':target') && document.querySelector(':target').id")).isEqualTo(target);
        assertThat(b.driver.findElement(By.id(target)).getTagName()).isEqualTo("mark");
        assertThat(b.driver.findElements(By.cssSelector(".source"))).isNotEmpty();
        // related incidents arrive from /related; the permalink names this incident
        b.waitFor(d -> !d.findElements(By.cssSelector(".related-list li a")).isEmpty());
        assertThat(b.byId("permalink").getAttribute("href")).contains("incident.html?id=inc-");

        b.driver.navigate().back();
        b.driver.navigate().back(); // the evidence link added a #fragment entry
        b.waitFor(d -> d.getCurrentUrl().equals(searchUrl));
        b.awaitResults();
        assertThat(b.byId("q").getAttribute("value")).isEqualTo("Radisson");
        assertThat(b.driver.findElement(By.cssSelector(".hit-title a")).getText()).isEqualTo(title);
        assertThat(b.driver.findElements(By.cssSelector("input[data-dim=country]:checked"))).hasSize(1);
    }

    @Test
    void exportCsvDownloadsEveryMatchingIncident() throws Exception {
        open("q=hotel&country=Mali");
        long total = shownTotal();
        WebElement csv = b.driver.findElement(By.cssSelector("a.export-link[data-format=csv]"));
        assertThat(URI.create(csv.getAttribute("href")).getRawQuery()).isEqualTo("q=hotel&country=Mali&format=csv");
        csv.click();
        Path file = b.waitFor(d -> {
            try (Stream<Path> s = Files.list(b.downloads)) {
                return s.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("id", "date", "title");
        assertThat(rows).hasSize((int) total + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Mali"));
        assertThat(b.driver.findElement(By.cssSelector("a.export-link[data-format=geojson]")).getAttribute("href"))
                .endsWith("format=geojson");
        assertThat(b.driver.findElement(By.linkText("API documentation")).getAttribute("href")).endsWith("/api.html");
    }

    /** What the focused element is, for the focus-order record. */
    @SuppressWarnings("unchecked")
    Map<String, Object> focused() {
        return (Map<String, Object>) b.js("""
                const e = document.activeElement;
                const label = e.labels && e.labels.length ? e.labels[0].textContent : '';
                const name = (e.getAttribute('aria-label') || label || e.textContent || e.value || e.placeholder || '').trim();
                const r = e.getBoundingClientRect();
                return {tag: e.tagName.toLowerCase(), id: e.id, cls: e.getAttribute('class') || '', name: name,
                  dim: e.dataset ? (e.dataset.dim || '') : '', visible: r.width > 0 && r.height > 0,
                  outline: getComputedStyle(e).outlineStyle};
                """);
    }

    /** Presses Tab until pred holds for the focused element (at most 400 times), checking each stop has a name. */
    Map<String, Object> tabUntil(Predicate<Map<String, Object>> pred, List<Map<String, Object>> seen) {
        for (int i = 0; i < 400; i++) {
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            Map<String, Object> f = focused();
            seen.add(f);
            if (pred.test(f)) return f;
        }
        throw new AssertionError("Tab never reached the element; focus went through " + seen);
    }

    @Test
    void everythingWorksFromTheKeyboardAlone() {
        open("");
        List<Map<String, Object>> seen = new ArrayList<>();
        Map<String, Object> skip = tabUntil(f -> true, seen);
        assertThat(skip.get("cls")).isEqualTo("skip-link");
        tabUntil(f -> "q".equals(f.get("id")), seen);
        new Actions(b.driver).sendKeys("hotel", Keys.ENTER).perform();
        b.waitFor(d -> d.getCurrentUrl().endsWith("?q=hotel"));
        b.awaitResults();

        tabUntil(f -> "country".equals(f.get("dim")), seen);
        new Actions(b.driver).sendKeys(Keys.SPACE).perform();
        b.waitFor(d -> d.getCurrentUrl().contains("country="));
        b.awaitResults();
        assertThat(focused().get("dim")).as("focus stays on the checkbox after the reload").isEqualTo("country");

        tabUntil(f -> String.valueOf(f.get("cls")).contains("filter-chip"), seen);
        new Actions(b.driver).sendKeys(Keys.ENTER).perform();
        b.waitFor(d -> !d.getCurrentUrl().contains("country="));
        b.awaitResults();

        tabUntil(f -> String.valueOf(f.get("cls")).contains("bar"), seen); // a timeline bar is a link
        tabUntil(f -> String.valueOf(f.get("cls")).contains("map-marker"), seen); // so is a map circle
        new Actions(b.driver).sendKeys(Keys.ENTER).perform();
        b.waitFor(d -> d.getCurrentUrl().contains("bbox="));
        b.awaitResults();

        tabUntil(f -> "a".equals(f.get("tag")) && b.driver.switchTo().activeElement().findElements(By.xpath("ancestor::h3")).size() == 1, seen);
        new Actions(b.driver).sendKeys(Keys.ENTER).perform();
        b.waitFor(d -> d.getCurrentUrl().contains("incident.html?id="));
        b.waitFor(d -> d.findElement(By.id("incident-title")).isDisplayed());

        assertThat(seen).allSatisfy(f -> {
            assertThat(f.get("visible")).as("focused element is on screen: " + f).isEqualTo(true);
            assertThat((String) f.get("name")).as("focused element has an accessible name: " + f).isNotBlank();
        });
        System.out.println("keyboard-only walk: " + seen.size() + " Tab stops");
    }

    @Test
    void phoneWidthHasNoSidewaysScrollAndFoldsTheFilters() throws IOException {
        b.driver.manage().window().setSize(new Dimension(390, 844));
        open("q=hotel");
        assertThat((Long) b.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("no horizontal scrolling").isLessThanOrEqualTo(0L);
        WebElement toggle = b.byId("filters-toggle");
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(b.byId("facets").isDisplayed()).isFalse();
        screenshot("phone", 390, 844);
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(b.byId("facets").isDisplayed()).isTrue();
        WebElement map = b.driver.findElement(By.className("map-canvas"));
        assertThat(map.getRect().getWidth()).isPositive().isLessThanOrEqualTo(390);
    }

    /**
     * When the first hit's title was painted, in ms since navigation start: the browser's Element Timing entry
     * (its renderTime is the frame's presentation), else the page's own mark, set just after that frame.
     */
    double paintTime() {
        Object t = b.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const mark = () => performance.getEntriesByName('incidex:first-results')[0].startTime;
                if (!PerformanceObserver.supportedEntryTypes.includes('element')) { done(mark()); return; }
                new PerformanceObserver((list, obs) => {
                  const e = list.getEntries().find((x) => x.identifier === 'first-result');
                  if (e) { obs.disconnect(); done(e.renderTime || e.loadTime || mark()); }
                }).observe({type: 'element', buffered: true});
                setTimeout(() => done(mark()), 300);
                """);
        return ((Number) t).doubleValue();
    }

    @Test
    void firstResultsArePaintedSoonAfterLoad() throws IOException {
        // A server that has been up a while: its JIT has compiled the search path (as after ~200 searches).
        for (int i = 0; i < 200; i++) server.json("/api/v1/search?size=20&page=1&zoom=5");
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            b.driver.get(server.base + "/");
            b.waitFor(d -> b.js("return performance.getEntriesByName('incidex:first-results').length") instanceof Long n && n > 0);
            ms.add(paintTime());
        }
        List<Double> warm = new ArrayList<>(ms.subList(1, ms.size()));
        warm.sort(null);
        String line = String.format("first results painted after load (ms since navigation start, demo index): "
                + "first load %.0f; then median %.0f, worst %.0f over %d loads", ms.get(0), warm.get(warm.size() / 2),
                warm.get(warm.size() - 1), warm.size());
        System.out.println(line);
        Files.writeString(Path.of("target", "browser-timings.txt"), line + System.lineSeparator());
        assertThat(ms).allSatisfy(t -> assertThat(t).isPositive());
        assertThat(b.driver.findElements(By.cssSelector(".hit"))).hasSize(20);
    }
}
