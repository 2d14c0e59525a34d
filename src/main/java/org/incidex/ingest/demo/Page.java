package org.incidex.ingest.demo;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Everything a layout needs to print one page. The random stream is the page's own, so layout choices
 * (ad sizes, banner wording) are as deterministic as the prose.
 */
record Page(Site site, Fact fact, ArticleWriter.Story story, String url, LocalDateTime published, String author,
            List<Link> related, List<Comment> comments, Random r) {

    private static final DateTimeFormatter GB = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH);

    /** A related-story link. */
    record Link(String title, String url) {
    }

    /** A reader comment. */
    record Comment(String user, LocalDateTime at, String text) {
    }

    /** "2015-11-20T14:05:00Z". */
    String isoInstant() {
        return published.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z";
    }

    /** "2015-11-20". */
    String isoDate() {
        return published.toLocalDate().toString();
    }

    /** Visible date in the site's style: "20 November 2015 14:05 GMT" or "November 20, 2015 2:05 PM". */
    String displayDate() {
        if (site.britishDates()) {
            return published.format(GB) + " GMT";
        }
        return published.format(US) + " UTC";
    }

    /** The headline with the site's capitalisation. */
    String headline() {
        return site == Site.GLOBAL_DESK ? Prose.titleCase(story.headline()) : story.headline();
    }
}
