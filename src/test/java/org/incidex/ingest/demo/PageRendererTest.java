package org.incidex.ingest.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageRendererTest {

    private static final List<Fact> FACTS = SampleFacts.load();
    private static final PageRenderer RENDERER = new PageRenderer(FACTS);
    private static final int SEEDS = 12;
    private static final Pattern CASUALTY_WORDS = Pattern.compile("\\b(killed|killing|dead|died|death|wounded|wounding"
            + "|injured|hurt|toll|hostages?|abducted)\\b");

    @Test
    void sameFactAndSeedGiveTheSameBytes() {
        for (Fact f : FACTS) {
            String a = RENDERER.render(f, 42);
            assertThat(new PageRenderer(FACTS).render(f, 42)).isEqualTo(a);
            assertThat(RENDERER.render(f, 42)).isEqualTo(a);
        }
        Fact bamako = FACTS.get(0);
        Set<String> variants = new HashSet<>();
        for (long seed = 0; seed < SEEDS; seed++) variants.add(RENDERER.render(bamako, seed));
        assertThat(variants).as("seeds vary the prose").hasSizeGreaterThan(SEEDS / 2);
    }

    @Test
    void everyPageNamesItsCityAndItsOwnFigures() {
        for (Fact f : FACTS) {
            for (long seed = 0; seed < SEEDS; seed++) {
                Document doc = PageText.parse(RENDERER.render(f, seed));
                List<String> body = PageText.body(doc);
                String text = String.join(" ", body);
                String where = f.id() + " seed " + seed + ": " + text;
                assertThat(body).as(where).hasSizeBetween(4, 8);
                assertThat(text).as(where).contains(f.city());
                if (f.killed() != null) assertThat(PageText.mentionsCount(text, f.killed())).as("killed " + where).isTrue();
                if (f.injured() != null) assertThat(PageText.mentionsCount(text, f.injured())).as("injured " + where).isTrue();
                if (f.hostages() != null) assertThat(PageText.mentionsCount(text, f.hostages())).as("hostages " + where).isTrue();
                for (String g : f.groups()) assertThat(text.toLowerCase(Locale.ROOT)).as(where).contains(g.toLowerCase(Locale.ROOT));
                if (f.groups().isEmpty()) assertThat(text).as(where).contains("claimed responsibility");
            }
        }
    }

    @Test
    void casualtySentencesCarryOnlyTheFactsOwnFigures() {
        for (Fact f : FACTS) {
            Set<Integer> own = new HashSet<>();
            for (Integer n : new Integer[] {f.killed(), f.injured(), f.hostages()}) if (n != null) own.add(n);
            for (long seed = 0; seed < SEEDS; seed++) {
                Document doc = PageText.parse(RENDERER.render(f, seed));
                for (String paragraph : PageText.body(doc)) {
                    for (String sentence : PageText.sentences(paragraph)) {
                        if (!CASUALTY_WORDS.matcher(sentence.toLowerCase(Locale.ROOT)).find()) continue;
                        assertThat(own).as(f.id() + " seed " + seed + ": " + sentence)
                                .containsAll(PageText.numbers(withoutNames(sentence, f)));
                    }
                }
            }
        }
    }

    /** The sentence without the fact's name and target, whose own numbers ("two mosques") are not figures. */
    private static String withoutNames(String sentence, Fact f) {
        String s = sentence.replace(f.name(), "");
        return f.target() == null ? s : s.replace(f.target(), "");
    }

    @Test
    void noPageCarriesAnotherFactsDeathToll() {
        for (Fact f : FACTS) {
            Set<Integer> own = new HashSet<>();
            for (Integer n : new Integer[] {f.killed(), f.injured(), f.hostages()}) if (n != null) own.add(n);
            for (Fact other : FACTS) {
                if (other == f || other.killed() == null || other.killed() < 10 || own.contains(other.killed())) continue;
                for (long seed = 0; seed < SEEDS; seed++) {
                    String text = String.join(" ", PageText.body(PageText.parse(RENDERER.render(f, seed))));
                    assertThat(PageText.numbers(text)).as(f.id() + " must not show " + other.id() + "'s toll")
                            .doesNotContain(other.killed());
                }
            }
        }
    }

    @Test
    void headAndDateAreThere() {
        for (Fact f : FACTS) {
            String html = RENDERER.render(f, 7);
            Document doc = PageText.parse(html);
            Site site = Site.of(f);
            String day = Site.published(f).toLocalDate().toString();
            assertThat(doc.title()).as(f.id()).matches(".+ [|-] " + Pattern.quote(
                    site == Site.MERIDIAN_LEDGER ? "The Meridian Ledger" : site.displayName()));
            assertThat(doc.selectFirst("meta[charset], meta[http-equiv=Content-Type]")).as(f.id()).isNotNull();
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).startsWith(site.origin());
            assertThat(html.contains(day) || html.contains(day.replace('-', '/'))).as(f.id() + " date " + day).isTrue();
            assertThat(Site.published(f).toLocalDate()).isBetween(f.date(), f.date().plusDays(1));
            assertThat(doc.text()).contains("Advertisement", "Comments", "Newsletter", "All rights reserved");
            assertThat(html.length()).as(f.id() + " size").isBetween(8_000, 25_000);
        }
    }

    @Test
    void eachSiteHasItsDateConvention() {
        for (Fact f : FACTS) {
            Document doc = PageText.parse(RENDERER.render(f, 3));
            String iso = Site.published(f).toLocalDate().toString();
            switch (Site.of(f)) {
                case MERIDIAN_LEDGER -> {
                    assertThat(doc.select("script[type=application/ld+json]").html()).contains("\"NewsArticle\"", "\"datePublished\":\"" + iso);
                    assertThat(doc.selectFirst("p.dateline time").attr("datetime")).startsWith(iso);
                }
                case SAHEL_WIRE -> {
                    assertThat(doc.selectFirst("meta[property=article:published_time]").attr("content")).startsWith(iso);
                    assertThat(doc.selectFirst(".byline").text()).endsWith(", Staff Reporter");
                }
                case GLOBAL_DESK -> {
                    assertThat(doc.selectFirst("meta[name=date]").attr("content")).isEqualTo(iso);
                    assertThat(doc.selectFirst("span.author").text()).isNotBlank();
                }
                case COURIER_ONLINE -> {
                    assertThat(doc.selectFirst("[itemprop=headline]")).isNotNull();
                    assertThat(doc.select("[datetime], meta[name=date], meta[property=article:published_time]")).isEmpty();
                    assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).contains("/" + iso.replace('-', '/') + "/");
                }
            }
        }
    }

    @Test
    void allFourLayoutsAppearOverTheSample() {
        Set<Site> seen = EnumSet.noneOf(Site.class);
        for (Fact f : FACTS) seen.add(PageText.site(PageText.parse(RENDERER.render(f, 1))));
        assertThat(seen).containsExactlyInAnyOrder(Site.values());
    }

    @Test
    void relatedLinksNameOtherFactsOnly() {
        for (Fact f : FACTS) {
            for (long seed = 0; seed < SEEDS; seed++) {
                Document doc = PageText.parse(RENDERER.render(f, seed));
                Element box = doc.selectFirst("section.onward, section.widget_related, section.gd-related, section.more-stories");
                assertThat(box).as(f.id()).isNotNull();
                List<String> titles = new ArrayList<>(box.select("li a").eachText());
                assertThat(titles).as(f.id()).hasSizeBetween(3, 5).doesNotHaveDuplicates()
                        .doesNotContain(Prose.capitalize(f.name()));
                assertThat(box.select("li a").eachAttr("href")).doesNotContain(Site.of(f).url(f));
                for (String t : titles) {
                    assertThat(FACTS).anyMatch(o -> Prose.capitalize(o.name()).equals(t));
                }
            }
        }
    }

    @Test
    void aRendererWithoutCorpusStillWritesAWholePage() {
        Fact bamako = FACTS.get(0);
        Document doc = PageText.parse(new PageRenderer().render(bamako, 5));
        assertThat(PageText.body(doc)).hasSizeBetween(4, 8);
        assertThat(doc.select("section.onward, section.widget_related, section.gd-related, section.more-stories")).isEmpty();
    }

    @Test
    void unknownFiguresAreNotInvented() {
        Fact sevare = FACTS.get(1);
        Fact noToll = SampleFacts.withKilled(sevare, null);
        for (long seed = 0; seed < SEEDS; seed++) {
            String text = String.join(" ", PageText.body(PageText.parse(new PageRenderer().render(noToll, seed))));
            assertThat(PageText.numbers(text)).as(text).isEmpty();
            assertThat(text).contains("Casualty figures were not immediately available");
        }
    }

    @Test
    void everyAttackTypeAndMissingFieldIsWrittenTruthfully() {
        List<Fact> edge = List.of(
                fact("kidnap", "Hostage Taking (Kidnapping)", "Chibok", "Borno", "Nigeria", "NG", null, null, 276, "schoolgirls"),
                fact("assassination", "Assassination", "Rawalpindi", "Punjab", "Pakistan", "PK", 24, 91, null,
                        "opposition leader's election rally"),
                fact("hijack", "Hijacking", "Lahore", null, "Pakistan", "PK", 0, 3, 150, "a passenger airliner"),
                fact("facility", "Facility/Infrastructure Attack", "Ouagadougou", "Centre", "Burkina Faso", "BF", null, null,
                        null, null),
                fact("unknown-country", "Armed Assault", "Pristina", null, "Kosovo", "XK", 1, 0, null, "police station"),
                fact("other-type", "Unknown", "Kabul", "Kabul", "Afghanistan", "AF", 3, null, null, "checkpoint"));
        PageRenderer renderer = new PageRenderer(edge);
        for (Fact f : edge) {
            Set<Integer> own = new HashSet<>();
            for (Integer n : new Integer[] {f.killed(), f.injured(), f.hostages()}) if (n != null) own.add(n);
            for (long seed = 0; seed < 40; seed++) {
                Document doc = PageText.parse(renderer.render(f, seed));
                List<String> body = PageText.body(doc);
                String text = String.join(" ", body);
                String where = f.id() + " seed " + seed + ": " + text;
                assertThat(body).as(where).hasSizeBetween(4, 8);
                assertThat(text).as(where).contains(f.city()).doesNotContain("null", "  ", " ,", "..");
                if (f.killed() != null) assertThat(PageText.mentionsCount(text, f.killed())).as("killed " + where).isTrue();
                if (f.injured() != null && f.injured() > 0) {
                    assertThat(PageText.mentionsCount(text, f.injured())).as("injured " + where).isTrue();
                }
                if (f.hostages() != null) assertThat(PageText.mentionsCount(text, f.hostages())).as("hostages " + where).isTrue();
                for (String paragraph : body) {
                    for (String sentence : PageText.sentences(paragraph)) {
                        if (!CASUALTY_WORDS.matcher(sentence.toLowerCase(Locale.ROOT)).find()) continue;
                        assertThat(own).as(where).containsAll(PageText.numbers(withoutNames(sentence, f)));
                    }
                }
            }
        }
    }

    private static Fact fact(String id, String type, String city, String region, String country, String code,
                             Integer killed, Integer injured, Integer hostages, String target) {
        return new Fact(id, java.time.LocalDate.of(2012, 6, 4), city, region, country, code, List.of(), null, killed,
                injured, hostages, type, null, target, city + " " + id.replace('-', ' '));
    }
}
