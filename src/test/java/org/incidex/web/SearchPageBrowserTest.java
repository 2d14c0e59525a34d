package org.incidex.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The search page in headless Chromium against a real server over the demo index: suggestions, facets, the
 * timeline brush, the map box, and URL state. Every number the page shows is checked against the JSON API's answer
 * for the same parameters. After each test the browser console must hold no error (a CSP violation, an uncaught
 * exception or a failed request would be one) and every resource the page loaded must be from the server's origin.
 */
class SearchPageBrowserTest {
    static DemoServer server;
    static Browser b;

    @BeforeAll
    static void start() throws Exception {
        b = Browser.start(1280, 1000);
        server = DemoServer.shared();
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
    }

    @BeforeEach
    void clearConsole() {
        b.console();
    }

    @AfterEach
    void noConsoleErrorsAndNothingLeftTheOrigin() {
        assertThat(b.consoleErrors()).as("browser console errors").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) b.js(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
        assertThat(resources).allSatisfy(u -> assertThat(u).startsWith(server.base + "/"));
    }

    void open(String query) {
        b.driver.get(server.base + "/" + (query.isEmpty() ? "" : "?" + query));
        b.awaitResults();
    }

    /** The page URL's query parameters, decoded, in order ("country=Mali"). */
    List<String> urlParams() {
        String q = URI.create(b.driver.getCurrentUrl()).getRawQuery();
        if (q == null) return List.of();
        return Arrays.stream(q.split("&")).map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
    }

    String query() {
        String q = URI.create(b.driver.getCurrentUrl()).getRawQuery();
        return q == null ? "" : q;
    }

    long shownTotal() {
        return Long.parseLong(b.byId("results-heading").getText().replaceAll("[^0-9]", ""));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void suggestionsPickedFromTheKeyboardBecomeAFilterAndAQueryCombinesWithIt() {
        open("");
        WebElement q = b.byId("q");
        q.sendKeys("bama");
        WebElement list = b.waitFor(d -> {
            WebElement l = d.findElement(By.id("q-suggestions"));
            return l.isDisplayed() && !l.findElements(By.cssSelector("[role=option]")).isEmpty() ? l : null;
        });
        assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
        int city = -1;
        for (int i = 0; i < options.size(); i++) {
            WebElement o = options.get(i);
            if (o.findElement(By.className("suggestion-kind")).getAttribute("textContent").equals("City")
                    && o.findElement(By.className("suggestion-value")).getText().equals("Bamako")) city = i;
        }
        assertThat(city).as("a City: Bamako suggestion").isNotNegative();
        for (int i = 0; i <= city; i++) q.sendKeys(Keys.ARROW_DOWN);
        assertThat(q.getAttribute("aria-activedescendant")).isEqualTo(options.get(city).getAttribute("id"));
        q.sendKeys(Keys.ENTER);
        b.waitFor(d -> urlParams().contains("city=Bamako"));
        b.awaitResults();
        assertThat(q.getAttribute("value")).isEmpty();
        assertThat(shownTotal()).isEqualTo(server.total("city=Bamako")).isPositive();
        assertThat(b.driver.findElements(By.cssSelector(".filter-chip"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("City: Bamako"));

        q.sendKeys("hotel", Keys.ENTER);
        b.waitFor(d -> urlParams().containsAll(List.of("q=hotel", "city=Bamako")));
        b.awaitResults();
        assertThat(shownTotal()).isEqualTo(server.total("q=hotel&city=Bamako"));
        assertThat(b.driver.findElements(By.cssSelector(".hit-title a"))).isNotEmpty();
        assertThat(b.driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    }

    /** Label text of a facet value: "Mali, 5 incidents" → 5. */
    static long count(WebElement checkbox) {
        WebElement label = checkbox.findElement(By.xpath("following-sibling::label"));
        return Long.parseLong(label.findElement(By.className("facet-count")).getAttribute("textContent").replaceAll("[^0-9]", ""));
    }

    List<WebElement> facetBoxes(String dim) {
        return b.driver.findElements(By.cssSelector("input[type=checkbox][data-dim=" + dim + "]"));
    }

    @Test
    void twoFacetValuesOrTogetherAndKeepTheirSidewaysCounts() {
        open("q=hotel");
        List<WebElement> boxes = facetBoxes("country");
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        String a = boxes.get(0).getAttribute("data-value");
        String second = boxes.get(1).getAttribute("data-value");
        long countA = count(boxes.get(0));
        long countB = count(boxes.get(1));

        boxes.get(0).click();
        b.waitFor(d -> urlParams().contains("country=" + a));
        b.awaitResults();
        assertThat(shownTotal()).isEqualTo(countA);
        WebElement otherBox = facetBoxes("country").stream()
                .filter(x -> second.equals(x.getAttribute("data-value"))).findFirst().orElseThrow();
        assertThat(count(otherBox)).as("drill-sideways: the other value keeps its count").isEqualTo(countB);

        otherBox.click();
        b.waitFor(d -> urlParams().containsAll(List.of("country=" + a, "country=" + second)));
        b.awaitResults();
        assertThat(shownTotal()).isEqualTo(countA + countB)
                .isEqualTo(server.total("q=hotel&country=" + enc(a) + "&country=" + enc(second)));
        assertThat(facetBoxes("country").stream().filter(WebElement::isSelected).map(x -> x.getAttribute("data-value")))
                .containsExactlyInAnyOrder(a, second);

        // the chip removes one; "Clear all" the rest, keeping the query
        b.driver.findElement(By.cssSelector("button.filter-chip[aria-label='Remove filter Country: " + a + "']")).click();
        b.waitFor(d -> !urlParams().contains("country=" + a));
        b.awaitResults();
        assertThat(shownTotal()).isEqualTo(countB);
        b.driver.findElement(By.cssSelector("#active-filters .clear-all")).click();
        b.waitFor(d -> query().equals("q=hotel"));
        b.awaitResults();
        assertThat(shownTotal()).isEqualTo(server.total("q=hotel"));
    }

    @Test
    void longFacetsFilterOnTheServerAndShowAll() {
        open("");
        By filter = By.cssSelector("input.facet-filter[data-filter=group]");
        b.driver.findElement(filter).sendKeys("shab");
        b.waitFor(d -> facetBoxes("group").stream().allMatch(x -> x.getAttribute("data-value").toLowerCase().contains("shab"))
                && !facetBoxes("group").isEmpty());
        assertThat(facetBoxes("group")).extracting(x -> x.getAttribute("data-value")).contains("Al-Shabaab");
        b.driver.findElement(filter).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        b.waitFor(d -> facetBoxes("group").size() > 1);

        long cities = server.json("/api/v1/search?size=1").get("facetTotals").get("city").asLong();
        WebElement more = b.driver.findElement(By.cssSelector("button.facet-more[data-more=city]"));
        assertThat(more.getText()).isEqualTo("Show all " + cities);
        more.click();
        b.waitFor(d -> facetBoxes("city").stream().filter(WebElement::isDisplayed).count() == cities);
    }

    @Test
    void draggingAcrossTimelineBarsFiltersToTheirDates() {
        open("");
        JsonNode buckets = server.json("/api/v1/search?size=1").get("dates").get("buckets");
        List<WebElement> bars = b.driver.findElements(By.cssSelector(".timeline-bars .bar"));
        assertThat(bars).hasSize(buckets.size());
        int from = bars.size() / 3;
        int to = bars.size() * 2 / 3;
        b.js("arguments[0].scrollIntoView({block: 'center'})", bars.get(from));
        new Actions(b.driver).moveToElement(bars.get(from)).clickAndHold().moveToElement(bars.get(to)).release().perform();
        String fromDay = buckets.get(from).get("from").asText();
        String toDay = buckets.get(to).get("to").asText();
        b.waitFor(d -> urlParams().containsAll(List.of("from=" + fromDay, "to=" + toDay)));
        b.awaitResults();
        assertThat(urlParams()).doesNotContain("page=2");
        assertThat(shownTotal()).isEqualTo(server.total("from=" + fromDay + "&to=" + toDay)).isPositive();
        assertThat(b.byId("from").getAttribute("value")).isEqualTo(fromDay);

        // bucket choice: months for the brushed span, in the URL as the API's interval
        new org.openqa.selenium.support.ui.Select(b.byId("interval")).selectByValue("month");
        b.waitFor(d -> urlParams().contains("interval=month"));
        b.awaitResults();
        JsonNode months = server.json("/api/v1/search?size=1&interval=month&from=" + fromDay + "&to=" + toDay).get("dates");
        assertThat(b.driver.findElements(By.cssSelector(".timeline-bars .bar"))).hasSize(months.get("buckets").size());
        assertThat(b.driver.findElement(By.id("timeline-heading")).getText()).isEqualToIgnoringCase("Incidents per month");

        // a plain click on one bar (no drag) still follows its link to that month
        WebElement bar = b.driver.findElements(By.cssSelector(".timeline-bars a.bar")).get(0);
        String href = URI.create(bar.getAttribute("href")).getRawQuery();
        bar.click();
        b.waitFor(d -> query().equals(href));
        b.awaitResults();
    }

    /** Viewport coordinates of a longitude/latitude on the map. */
    int[] screen(double lon, double lat) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) b.js("const m = document.querySelector('.map-canvas').getScreenCTM();"
                + "const p = new DOMPoint(arguments[0], -arguments[1]).matrixTransform(m); return [p.x, p.y];", lon, lat);
        return new int[] {(int) Math.round(p.get(0).doubleValue()), (int) Math.round(p.get(1).doubleValue())};
    }

    @Test
    void drawingABoxOnTheMapFiltersToItAndMarkersZoomIn() {
        open("");
        b.waitFor(d -> d.findElements(By.cssSelector(".map-land path")).size() > 100); // the shipped basemap drew
        assertThat(b.driver.findElements(By.cssSelector(".map-marker"))).isNotEmpty();
        b.js("document.querySelector('.map-canvas').scrollIntoView({block: 'center'})");
        int[] nw = screen(-30, 30); // starts in the Atlantic, off every circle (a circle is a link, not a drag)
        int[] se = screen(12, 2);
        new Actions(b.driver).moveToLocation(nw[0], nw[1]).clickAndHold().moveToLocation(se[0], se[1]).release().perform();
        b.waitFor(d -> urlParams().stream().anyMatch(p -> p.startsWith("bbox=")));
        b.awaitResults();
        String bbox = urlParams().stream().filter(p -> p.startsWith("bbox=")).findFirst().orElseThrow().substring(5);
        double[] box = Arrays.stream(bbox.split(",")).mapToDouble(Double::parseDouble).toArray();
        assertThat(box[0]).isCloseTo(-30, within(1.0)); // a pixel is ~0.8° on the world map
        assertThat(box[1]).isCloseTo(2, within(1.0));
        assertThat(box[2]).isCloseTo(12, within(1.0));
        assertThat(box[3]).isCloseTo(30, within(1.0));
        long inBox = server.total("bbox=" + enc(bbox));
        assertThat(shownTotal()).isEqualTo(inBox).isPositive();
        assertThat(b.driver.findElements(By.cssSelector(".filter-chip"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("Area "));
        // markers are links: each zooms to its cell, and the counts on the map add up to the mapped results
        List<WebElement> markers = b.driver.findElements(By.cssSelector(".map-marker"));
        assertThat(markers).isNotEmpty();
        long mapped = 0;
        for (JsonNode c : server.json("/api/v1/search?size=1&bbox=" + enc(bbox) + "&zoom=" + zoomOf(box)).get("grid").get("cells")) {
            mapped += c.get("count").asLong();
        }
        assertThat(mapped).isEqualTo(inBox);
        String before = query();
        b.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, button: 0}))", markers.get(0));
        b.waitFor(d -> !query().equals(before));
        b.awaitResults();
        assertThat(shownTotal()).isPositive().isLessThanOrEqualTo(inBox);

        b.driver.findElement(By.xpath("//button[text()='Whole world']")).click();
        b.waitFor(d -> urlParams().stream().noneMatch(p -> p.startsWith("bbox=")));
        b.awaitResults();
        assertThat(shownTotal()).isEqualTo(server.total(""));
    }

    /** The grid level the map asks for over a box (as map.js: about 24 cells across the drawn view). */
    static int zoomOf(double[] box) {
        double w = (box[2] - box[0]) * 1.3;
        double h = (box[3] - box[1]) * 1.3;
        if (w / h < 2.5) w = h * 2.5;
        return (int) Math.max(0, Math.min(20, Math.ceil(Math.log(360.0 * 24 / w) / Math.log(2))));
    }

    @Test
    void theUrlIsTheStateAndBackForwardRestoreIt() {
        open("q=hotel&country=Mali&from=2015-01-01&sort=-date");
        assertThat(b.byId("q").getAttribute("value")).isEqualTo("hotel");
        assertThat(b.byId("from").getAttribute("value")).isEqualTo("2015-01-01");
        assertThat(b.byId("sort").getAttribute("value")).isEqualTo("-date");
        assertThat(facetBoxes("country").stream().filter(WebElement::isSelected).map(x -> x.getAttribute("data-value")))
                .containsExactly("Mali");
        assertThat(shownTotal()).isEqualTo(server.total("q=hotel&country=Mali&from=2015-01-01"));
        List<String> dates = b.driver.findElements(By.cssSelector(".hit-meta time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
        assertThat(dates).isSortedAccordingTo((x, y) -> y.compareTo(x));

        String first = query();
        new org.openqa.selenium.support.ui.Select(b.byId("sort")).selectByValue("date");
        b.waitFor(d -> urlParams().contains("sort=date"));
        b.awaitResults();
        b.driver.navigate().back();
        b.waitFor(d -> query().equals(first));
        b.awaitResults();
        assertThat(b.byId("sort").getAttribute("value")).isEqualTo("-date");
        b.driver.navigate().forward();
        b.waitFor(d -> urlParams().contains("sort=date"));
        b.awaitResults();
        assertThat(b.byId("sort").getAttribute("value")).isEqualTo("date");
    }

    @Test
    void zeroHitsOfferTheServersSpellingSuggestion() {
        open("q=" + enc("hotl seige"));
        assertThat(shownTotal()).isZero();
        String suggestion = server.json("/api/v1/search?q=" + enc("hotl seige")).get("didYouMean").asText();
        WebElement link = b.driver.findElement(By.cssSelector(".did-you-mean a"));
        assertThat(link.getText()).isEqualTo(suggestion);
        link.click();
        b.waitFor(d -> urlParams().contains("q=" + suggestion));
        b.awaitResults();
        assertThat(shownTotal()).isEqualTo(server.total("q=" + enc(suggestion))).isPositive();
    }

    @Test
    void pagingGoesPastTheNumberedPagesByCursor() {
        open("");
        List<String> firstPage = hitLinks();
        b.driver.findElement(By.cssSelector("#pager a.page-next")).click();
        b.waitFor(d -> urlParams().contains("page=2"));
        b.awaitResults();
        assertThat(hitLinks()).hasSize(20).doesNotContainAnyElementsOf(firstPage);

        open("page=10");
        List<String> tenth = hitLinks();
        b.driver.findElement(By.cssSelector("#pager a.page-next")).click();
        b.waitFor(d -> urlParams().stream().anyMatch(p -> p.startsWith("after=")));
        b.awaitResults();
        assertThat(hitLinks()).isNotEmpty().doesNotContainAnyElementsOf(tenth);
        assertThat(b.byId("status-detail").getText()).contains("past page 10");
    }

    List<String> hitLinks() {
        return b.driver.findElements(By.cssSelector(".hit-title a")).stream().map(a -> a.getAttribute("href")).toList();
    }
}
