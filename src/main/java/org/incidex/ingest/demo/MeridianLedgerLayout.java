package org.incidex.ingest.demo;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.incidex.ingest.demo.Prose.esc;
import static org.incidex.ingest.demo.Prose.json;

/**
 * "The Meridian Ledger": a broadsheet layout with JSON-LD NewsArticle metadata, a {@code <time datetime>} in the
 * dateline, an inline "Read more" link and a mid-article advertisement. Title suffix " | The Meridian Ledger".
 */
final class MeridianLedgerLayout implements Layout {

    static final MeridianLedgerLayout INSTANCE = new MeridianLedgerLayout();

    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH.mm", Locale.ENGLISH);

    private static final String CSS = """
            body{margin:0;font-family:Georgia,'Times New Roman',serif;color:#121212;background:#fff}
            .skip-link{position:absolute;left:-999px}.skip-link:focus{left:8px;top:8px}
            .masthead{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;background:#052962;color:#fff}
            .masthead .brand a{color:#fff;font-size:32px;font-weight:700;text-decoration:none}
            .masthead .tagline{font-size:13px;opacity:.8}
            .main-nav ul{display:flex;flex-wrap:wrap;gap:16px;list-style:none;margin:0;padding:8px 24px;border-bottom:1px solid #dcdcdc}
            .main-nav li.active a{border-bottom:3px solid #c70000}
            .consent-banner{position:fixed;bottom:0;left:0;right:0;background:#f6f6f6;padding:16px;border-top:1px solid #999;z-index:9}
            .story{max-width:640px;margin:0 auto;padding:0 16px}.story-headline{font-size:34px;line-height:1.15}
            .standfirst{font-size:19px;color:#333}.story-meta{font-family:Arial,sans-serif;font-size:14px;color:#707070}
            .story-body p{font-size:17px;line-height:1.5}.dateline{font-weight:700;text-transform:uppercase}
            .ad-slot{margin:24px auto;text-align:center;background:#f6f6f6}.ad-label{font:11px Arial,sans-serif;color:#767676}
            .share-bar a,.share-bar button{margin-right:8px;font:13px Arial,sans-serif}
            .onward{border-top:2px solid #052962;margin-top:32px}.newsletter-signup{background:#e6eef7;padding:16px}
            .comments-area .comment{border-bottom:1px solid #eee;padding:8px 0}.site-footer{background:#052962;color:#ddd;padding:24px}
            .site-footer a{color:#fff}.site-footer ul{columns:3;list-style:none}
            """;

    private MeridianLedgerLayout() {
    }

    @Override
    public String render(Page p) {
        Site site = p.site();
        StringBuilder sb = new StringBuilder(16_384);
        String headline = p.headline();
        sb.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(headline)).append(" | ").append(esc(site.displayName())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(esc(p.story().standfirst())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(p.url())).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(site.origin()).append("/static/css/main.4f2a91.css\">\n")
                .append("<link rel=\"icon\" href=\"").append(site.origin()).append("/favicon.ico\">\n");
        jsonLd(sb, p, headline);
        sb.append("<style>\n").append(CSS).append("</style>\n</head>\n<body class=\"article-page section-world\">\n")
                .append("<a class=\"skip-link\" href=\"#maincontent\">Skip to main content</a>\n");
        Chrome.cookieBanner(sb, site, "consent-banner", p.r());
        sb.append("<header class=\"masthead\">\n<div class=\"brand\"><a href=\"").append(site.origin()).append("/\">")
                .append(esc(site.displayName())).append("</a></div>\n")
                .append("<p class=\"tagline\">Independent journalism, every day</p>\n")
                .append("<form class=\"search\" action=\"").append(site.origin()).append("/search\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" aria-label=\"Search\"><button>Search</button></form>\n")
                .append("<a class=\"support\" href=\"").append(site.origin()).append("/support\">Support us</a>\n</header>\n");
        Chrome.nav(sb, site, "main-nav", "World");
        Chrome.ad(sb, "ad-slot", "top-banner", p.r());
        sb.append("<main id=\"maincontent\">\n<article class=\"story\">\n")
                .append("<p class=\"kicker\"><a href=\"").append(site.origin()).append("/world/\">World news</a></p>\n")
                .append("<h1 class=\"story-headline\">").append(esc(headline)).append("</h1>\n")
                .append("<p class=\"standfirst\">").append(esc(p.story().standfirst())).append("</p>\n")
                .append("<div class=\"story-meta\">\n<span class=\"byline\">By <a rel=\"author\" href=\"")
                .append(site.origin()).append("/profile/").append(Prose.slug(p.author())).append("\">")
                .append(esc(p.author())).append("</a></span>\n</div>\n");
        Chrome.share(sb, "share-bar", p.url(), headline);
        sb.append("<figure class=\"lead-image\">\n<img src=\"").append(site.origin()).append("/img/")
                .append(Prose.slug(p.fact().city())).append("-file.jpg\" alt=\"").append(esc(p.story().caption()))
                .append("\" width=\"640\" height=\"360\">\n<figcaption>").append(esc(p.story().caption()))
                .append(" Photograph: Ledger archive</figcaption>\n</figure>\n<div class=\"story-body\">\n");
        String dateline = p.published().format(DATELINE) + " GMT";
        sb.append("<p class=\"dateline\">").append(esc(p.fact().city().toUpperCase(Locale.ROOT)))
                .append(", <time datetime=\"").append(p.isoInstant()).append("\">").append(dateline).append("</time></p>\n");
        var paras = p.story().paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            sb.append("<p>").append(esc(paras.get(i))).append("</p>\n");
            if (i == 2) Chrome.ad(sb, "ad-slot inline", "mid-article", p.r());
            if (i == 1 && !p.related().isEmpty()) {
                Page.Link l = p.related().get(0);
                sb.append("<p class=\"read-more\"><strong>Read more:</strong> <a href=\"").append(esc(l.url()))
                        .append("\">").append(esc(l.title())).append("</a></p>\n");
            }
        }
        sb.append("</div>\n<ul class=\"tags\">\n");
        for (String t : p.story().tags()) {
            sb.append("<li><a href=\"").append(site.origin()).append("/tag/").append(Prose.slug(t)).append("\">")
                    .append(esc(t)).append("</a></li>\n");
        }
        sb.append("</ul>\n</article>\n<aside class=\"onward-column\">\n");
        Chrome.related(sb, "onward", "More on this story", p.related());
        Chrome.newsletter(sb, site, "newsletter-signup", p.r());
        Chrome.ad(sb, "ad-slot", "right-mpu", p.r());
        sb.append("</aside>\n");
        Chrome.comments(sb, "comments-area", p.comments(), true, true);
        sb.append("</main>\n");
        Chrome.footer(sb, site, "site-footer", p.published().getYear());
        Chrome.scripts(sb, site, p);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void jsonLd(StringBuilder sb, Page p, String headline) {
        Site site = p.site();
        sb.append("<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(json(headline)).append("\",")
                .append("\"description\":\"").append(json(p.story().standfirst())).append("\",")
                .append("\"datePublished\":\"").append(p.isoInstant()).append("\",")
                .append("\"dateModified\":\"").append(p.isoInstant()).append("\",")
                .append("\"author\":[{\"@type\":\"Person\",\"name\":\"").append(json(p.author())).append("\"}],")
                .append("\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(json(site.displayName()))
                .append("\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"").append(site.origin()).append("/static/logo.png\"}},")
                .append("\"mainEntityOfPage\":\"").append(json(p.url())).append("\",")
                .append("\"articleSection\":\"World news\",\"inLanguage\":\"en-GB\"}\n</script>\n");
    }
}
