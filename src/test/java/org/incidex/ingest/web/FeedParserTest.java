package org.incidex.ingest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedParserTest {
    @Test
    void rssItemsWithRelativeLinksGuidsAndDates() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
                <item><title>Hotel siege in Bamako</title><link>/2015/11/20/bamako</link>
                  <pubDate>Fri, 20 Nov 2015 10:00:00 GMT</pubDate></item>
                <item><title>By guid</title><guid isPermaLink="true">https://wire.example/g</guid></item>
                <item><title>Not a link</title><guid isPermaLink="false">tag:wire,1</guid></item>
                <item><title>Again</title><link>https://wire.example/2015/11/20/bamako</link></item>
                </channel></rss>""";
        assertThat(FeedParser.parse(rss, "https://wire.example/feed.xml")).containsExactly(
                new FeedParser.Item("https://wire.example/2015/11/20/bamako", "Hotel siege in Bamako", "Fri, 20 Nov 2015 10:00:00 GMT"),
                new FeedParser.Item("https://wire.example/g", "By guid", null));
    }

    @Test
    void atomEntriesPreferTheAlternateLink() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
                <entry><title>Kabul bombing</title><link rel="self" href="https://desk.example/api/1"/>
                  <link rel="alternate" href="https://desk.example/kabul"/><published>2016-07-23T08:00:00Z</published>
                  <updated>2016-07-24T08:00:00Z</updated></entry>
                </feed>""";
        assertThat(FeedParser.parse(atom, "https://desk.example/atom")).containsExactly(
                new FeedParser.Item("https://desk.example/kabul", "Kabul bombing", "2016-07-23T08:00:00Z"));
    }
}
