package org.incidex.ingest.demo;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.incidex.ingest.demo.Prose.esc;

/**
 * "Courier Online": a regional paper with schema.org microdata ({@code itemprop} headline, author, articleBody)
 * and no machine-readable date: the date is only in the visible text and in the URL ({@code /2015/11/21/...}).
 * Title suffix " - Courier Online".
 */
final class CourierOnlineLayout implements Layout {

    static final CourierOnlineLayout INSTANCE = new CourierOnlineLayout();

    private static final DateTimeFormatter EDITION = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a", Locale.ENGLISH);

    private static final String CSS = """
            body{margin:0;font:16px/1.5 'Source Serif Pro',Georgia,serif;background:#f4f1ea;color:#1d1d1d}
            #masthead{text-align:center;padding:20px 0 8px;border-bottom:1px solid #1d1d1d}
            #masthead .logo{font:700 44px 'Playfair Display',Georgia,serif;color:#1d1d1d;text-decoration:none}
            #masthead .edition{font-size:12px;letter-spacing:2px;text-transform:uppercase}
            .courier-nav ul{list-style:none;display:flex;justify-content:center;flex-wrap:wrap;margin:0;padding:6px;gap:14px;font-family:Arial,sans-serif;font-size:13px}
            .cookie-bar{background:#1d1d1d;color:#f4f1ea;padding:10px;text-align:center;font-size:13px}
            .container{max-width:720px;margin:24px auto;background:#fff;padding:24px 32px}
            .headline{font-size:36px;line-height:1.15;margin:0 0 8px}.byline-block{font-family:Arial,sans-serif;font-size:13px;color:#555}
            .article-text p{margin:0 0 18px}.promo{border:1px solid #ddd;padding:12px;margin:20px 0}
            .dfp{margin:20px auto;text-align:center}.social-share a{margin-right:10px;font-family:Arial,sans-serif;font-size:12px}
            .discussion .comment{border-left:3px solid #ccc;padding-left:8px;margin:8px 0}
            .bottom{background:#1d1d1d;color:#ccc;padding:24px}.bottom a{color:#fff}
            """;

    private CourierOnlineLayout() {
    }

    @Override
    public String render(Page p) {
        Site site = p.site();
        StringBuilder sb = new StringBuilder(16_384);
        String headline = p.headline();
        sb.append("<!doctype html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(esc(headline)).append(" - Courier Online</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(p.url())).append("\">\n")
                .append("<meta name=\"description\" content=\"").append(esc(p.story().standfirst())).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(site.origin()).append("/assets/courier.css\">\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body class=\"story-page\">\n");
        Chrome.cookieBanner(sb, site, "cookie-bar", p.r());
        String day = p.published().format(EDITION);
        sb.append("<div id=\"masthead\">\n<div class=\"edition\">").append(day).append(" &middot; Today's paper</div>\n")
                .append("<a class=\"logo\" href=\"").append(site.origin()).append("/\">The Courier</a>\n</div>\n");
        Chrome.nav(sb, site, "courier-nav", "World");
        Chrome.ad(sb, "dfp", "top", p.r());
        sb.append("<div class=\"container\">\n<article itemscope itemtype=\"https://schema.org/NewsArticle\">\n")
                .append("<meta itemprop=\"mainEntityOfPage\" content=\"").append(esc(p.url())).append("\">\n")
                .append("<div class=\"section-label\">World</div>\n")
                .append("<h1 class=\"headline\" itemprop=\"headline\">").append(esc(headline)).append("</h1>\n")
                .append("<p class=\"subhead\" itemprop=\"description\">").append(esc(p.story().standfirst())).append("</p>\n")
                .append("<div class=\"byline-block\">\n<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">")
                .append("By <span itemprop=\"name\">").append(esc(p.author())).append("</span></span>\n")
                .append("<span class=\"pubdate\">Published ")
                .append(p.published().format(PUBLISHED))
                .append("</span>\n<span itemprop=\"publisher\" itemscope itemtype=\"https://schema.org/Organization\">")
                .append("<meta itemprop=\"name\" content=\"Courier Online\"></span>\n</div>\n");
        Chrome.share(sb, "social-share", p.url(), headline);
        sb.append("<div class=\"article-text\" itemprop=\"articleBody\">\n");
        var paras = p.story().paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            sb.append("<p>").append(esc(paras.get(i))).append("</p>\n");
            if (i == 2) {
                sb.append("<div class=\"promo\"><strong>Subscribe to the Courier</strong> for unlimited access. ")
                        .append("<a href=\"").append(site.origin()).append("/subscribe\">Start your trial</a></div>\n");
            }
            if (i == 3) Chrome.ad(sb, "dfp", "inline", p.r());
        }
        sb.append("<p class=\"contributor\"><i>Wire services contributed to this report.</i></p>\n</div>\n</article>\n");
        Chrome.related(sb, "more-stories", "You may also like", p.related());
        Chrome.newsletter(sb, site, "promo newsletter", p.r());
        Chrome.comments(sb, "discussion", p.comments(), false, false);
        sb.append("</div>\n");
        Chrome.ad(sb, "dfp", "bottom", p.r());
        Chrome.footer(sb, site, "bottom", p.published().getYear());
        Chrome.scripts(sb, site, p);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }
}
