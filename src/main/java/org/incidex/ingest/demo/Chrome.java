package org.incidex.ingest.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.incidex.ingest.demo.Prose.esc;

/**
 * The boilerplate every news page carries and every cleaner must throw away: navigation, cookie banners, ad
 * slots, share buttons, newsletter boxes, related links, comments, footers. Each layout passes its own class
 * names so the four sites do not share markup. Stateless.
 */
final class Chrome {

    static final List<String> SECTIONS = List.of("Home", "World", "Africa", "Middle East", "Europe", "Americas",
            "Asia", "Politics", "Business", "Security", "Opinion", "Culture", "Sport", "Video");

    private static final DateTimeFormatter COMMENT_GB = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter COMMENT_US = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.ENGLISH);

    private Chrome() {
    }

    static void nav(StringBuilder sb, Site site, String cls, String current) {
        sb.append("<nav class=\"").append(cls).append("\" aria-label=\"Main\">\n<ul>\n");
        for (String s : SECTIONS) {
            String href = site.origin() + "/" + (s.equals("Home") ? "" : Prose.slug(s) + "/");
            sb.append("<li").append(s.equals(current) ? " class=\"active\"" : "").append("><a href=\"")
                    .append(href).append("\">").append(esc(s)).append("</a></li>\n");
        }
        sb.append("</ul>\n</nav>\n");
    }

    static void cookieBanner(StringBuilder sb, Site site, String cls, Random r) {
        String text = Prose.pick(r,
                "We use cookies and similar technologies to improve your experience, measure audiences and show you "
                        + "personalised advertising. You can change your choices at any time.",
                "This site uses cookies. Some are essential, others help us understand how you use "
                        + site.displayName() + " and show relevant ads.",
                "We and our partners store and access information on your device to deliver content and ads.");
        sb.append("<div class=\"").append(cls).append("\" role=\"dialog\" aria-live=\"polite\">\n<p>")
                .append(esc(text)).append(" <a href=\"").append(site.origin()).append("/privacy\">Privacy policy</a></p>\n")
                .append("<button type=\"button\" class=\"accept\">Accept all</button>\n")
                .append("<button type=\"button\" class=\"manage\">Manage preferences</button>\n</div>\n");
    }

    static void ad(StringBuilder sb, String cls, String slot, Random r) {
        String size = Prose.pick(r, "728x90", "300x250", "970x250", "320x50", "300x600");
        sb.append("<aside class=\"").append(cls).append("\" data-ad-slot=\"").append(slot).append("\" data-size=\"")
                .append(size).append("\">\n<span class=\"ad-label\">Advertisement</span>\n<div id=\"ad-").append(slot)
                .append("\" style=\"min-height:").append(size.substring(size.indexOf('x') + 1))
                .append("px\"></div>\n</aside>\n");
    }

    static void share(StringBuilder sb, String cls, String url, String title) {
        String u = URLEncoder.encode(url, StandardCharsets.UTF_8);
        String t = URLEncoder.encode(title, StandardCharsets.UTF_8);
        sb.append("<div class=\"").append(cls).append("\">\n<span>Share this article</span>\n")
                .append("<a class=\"share-facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u=").append(u).append("\">Facebook</a>\n")
                .append("<a class=\"share-x\" href=\"https://x.com/intent/post?url=").append(u).append("&amp;text=").append(t).append("\">X</a>\n")
                .append("<a class=\"share-whatsapp\" href=\"https://wa.me/?text=").append(u).append("\">WhatsApp</a>\n")
                .append("<a class=\"share-email\" href=\"mailto:?subject=").append(t).append("&amp;body=").append(u).append("\">Email</a>\n")
                .append("<button type=\"button\" class=\"copy-link\" data-url=\"").append(esc(url)).append("\">Copy link</button>\n</div>\n");
    }

    static void related(StringBuilder sb, String cls, String heading, List<Page.Link> links) {
        if (links.isEmpty()) return;
        sb.append("<section class=\"").append(cls).append("\">\n<h2>").append(esc(heading)).append("</h2>\n<ul>\n");
        for (Page.Link l : links) {
            sb.append("<li><a href=\"").append(esc(l.url())).append("\">").append(esc(l.title())).append("</a></li>\n");
        }
        sb.append("</ul>\n</section>\n");
    }

    static void newsletter(StringBuilder sb, Site site, String cls, Random r) {
        String pitch = Prose.pick(r, "Get the day's most important stories in your inbox every morning.",
                "Sign up for our free security briefing, sent every weekday.",
                "The essential news from " + site.displayName() + ", delivered daily.");
        sb.append("<div class=\"").append(cls).append("\">\n<h3>Newsletter</h3>\n<p>").append(esc(pitch)).append("</p>\n")
                .append("<form action=\"").append(site.origin()).append("/newsletters/subscribe\" method=\"post\">\n")
                .append("<label for=\"nl-email\">Email address</label>\n")
                .append("<input id=\"nl-email\" type=\"email\" name=\"email\" placeholder=\"you@example.com\">\n")
                .append("<button type=\"submit\">Sign up</button>\n</form>\n")
                .append("<p class=\"fineprint\">You can unsubscribe at any time. See our privacy notice.</p>\n</div>\n");
    }

    /** Reader comments; {@code british} picks the date style, {@code machineDates} whether times carry datetime. */
    static void comments(StringBuilder sb, String cls, List<Page.Comment> comments, boolean british,
                         boolean machineDates) {
        DateTimeFormatter fmt = british ? COMMENT_GB : COMMENT_US;
        sb.append("<section class=\"").append(cls).append("\" id=\"comments\">\n<h2>Comments (")
                .append(comments.size()).append(")</h2>\n<ol>\n");
        for (Page.Comment c : comments) {
            sb.append("<li class=\"comment\">\n<div class=\"comment-meta\"><span class=\"comment-author\">")
                    .append(esc(c.user())).append("</span> ");
            if (machineDates) {
                sb.append("<time datetime=\"").append(c.at()).append("\">").append(c.at().format(fmt)).append("</time>");
            } else {
                sb.append("<span class=\"comment-time\">").append(c.at().format(fmt)).append("</span>");
            }
            sb.append("</div>\n<p>").append(esc(c.text()))
                    .append("</p>\n<button type=\"button\" class=\"reply\">Reply</button>\n</li>\n");
        }
        sb.append("</ol>\n<p class=\"comment-policy\">Comments are moderated. Please keep the discussion civil.</p>\n</section>\n");
    }

    static void footer(StringBuilder sb, Site site, String cls, int year) {
        sb.append("<footer class=\"").append(cls).append("\">\n<div class=\"footer-links\">\n<ul>\n");
        for (String s : List.of("About us", "Contact", "Careers", "Advertise", "Corrections", "Terms of use",
                "Privacy policy", "Cookie settings", "Accessibility", "Sitemap", "RSS feeds", "Archive")) {
            sb.append("<li><a href=\"").append(site.origin()).append("/").append(Prose.slug(s)).append("\">")
                    .append(esc(s)).append("</a></li>\n");
        }
        sb.append("</ul>\n</div>\n<div class=\"social\">Follow us: <a href=\"https://x.com/").append(site.slug())
                .append("\">X</a> <a href=\"https://www.facebook.com/").append(site.slug())
                .append("\">Facebook</a> <a href=\"https://www.instagram.com/").append(site.slug())
                .append("\">Instagram</a></div>\n<p class=\"copyright\">&copy; ").append(year).append(' ')
                .append(esc(site.displayName())).append(". All rights reserved. Fictional site for the Incidex demo.</p>\n")
                .append("</footer>\n");
    }

    /** An analytics stub and a consent-manager config, as real pages carry. */
    static void scripts(StringBuilder sb, Site site, Page page) {
        sb.append("<script>\nwindow.dataLayer = window.dataLayer || [];\n")
                .append("dataLayer.push({\"pageType\":\"article\",\"section\":\"world\",\"site\":\"")
                .append(site.slug()).append("\",\"contentId\":\"").append(Long.toHexString(Site.hash(page.fact().id())))
                .append("\",\"wordCount\":").append(wordCount(page)).append("});\n")
                .append("window.__consent = {\"vendors\":[\"ads\",\"analytics\",\"video\"],\"region\":\"auto\",\"version\":3};\n")
                .append("(function(){var s=document.createElement('script');s.async=true;s.src='")
                .append(site.origin()).append("/static/js/metrics.min.js';document.head.appendChild(s);})();\n</script>\n");
    }

    private static int wordCount(Page page) {
        int n = 0;
        for (String p : page.story().paragraphs()) {
            boolean inWord = false;
            for (int i = 0; i < p.length(); i++) {
                boolean space = Character.isWhitespace(p.charAt(i));
                if (!space && !inWord) n++;
                inWord = !space;
            }
        }
        return n;
    }
}
