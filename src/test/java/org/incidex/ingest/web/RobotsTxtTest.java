package org.incidex.ingest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsTxtTest {
    static final String FILE = """
            # comment
            User-agent: Googlebot
            Disallow: /

            User-agent: incidex
            User-agent: otherbot
            Disallow: /private/
            Allow: /private/open/
            Disallow: /*.pdf$
            Disallow: /search?

            User-agent: *
            Disallow: /everything-for-others/
            """;

    @Test
    void ourGroupWinsOverStarAndLongestMatchDecides() {
        RobotsTxt r = RobotsTxt.parse(FILE, "Incidex");
        assertThat(r.allows("/news/a")).isTrue();
        assertThat(r.allows("/everything-for-others/x")).isTrue(); // the * group is not ours
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(r.allows("/private/open/x")).isTrue();           // longer Allow wins
        assertThat(r.allows("/files/report.pdf")).isFalse();
        assertThat(r.allows("/files/report.pdf?x=1")).isTrue();     // $ anchors
        assertThat(r.allows("/search?q=bamako")).isFalse();
    }

    @Test
    void starGroupAppliesToOthersAndTiesGoToAllow() {
        RobotsTxt star = RobotsTxt.parse(FILE, "SomeCrawler");
        assertThat(star.allows("/everything-for-others/x")).isFalse();
        assertThat(star.allows("/private/x")).isTrue();
        RobotsTxt tie = RobotsTxt.parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "Incidex");
        assertThat(tie.allows("/a")).isTrue();
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "Incidex").allows("/x")).isTrue();
        assertThat(RobotsTxt.parse("", "Incidex").allows("/x")).isTrue();
        assertThat(RobotsTxt.DISALLOW_ALL.allows("/")).isFalse();
    }

    @Test
    void wildcardsMatchAndHostilePatternsStayCheap() {
        assertThat(RobotsTxt.matches("/a*b*c", "/a-x-b-y-c-z")).isTrue();
        assertThat(RobotsTxt.matches("/a*b*c$", "/a-x-b-y-c-z")).isFalse();
        assertThat(RobotsTxt.matches("/a*b*c$", "/a-x-b-y-c")).isTrue();
        assertThat(RobotsTxt.matches("*", "/anything")).isTrue();
        assertThat(RobotsTxt.matches("/x", "/")).isFalse();
        String hostile = "/" + "*a".repeat(30) + "$";
        long t0 = System.nanoTime();
        assertThat(RobotsTxt.matches(hostile, "/" + "a".repeat(29) + "b")).isFalse();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(100);
    }
}
