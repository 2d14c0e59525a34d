package org.incidex.ingest.demo;

import static org.incidex.ingest.demo.Prose.esc;

/**
 * "Global Desk": a portal layout of nested divs with {@code <meta name="date">}, the byline in
 * {@code <span class="author">}, title-case headlines, a breaking-news ticker and a "Most read" box.
 * Title suffix " - Global Desk".
 */
final class GlobalDeskLayout implements Layout {

    static final GlobalDeskLayout INSTANCE = new GlobalDeskLayout();

    private static final String CSS = """
            *{box-sizing:border-box}body{margin:0;font-family:Roboto,Arial,sans-serif;color:#1a1a1a}
            .gd-topbar{background:#0b0b0b;color:#fff;font-size:12px;padding:4px 16px}
            .gd-header{display:flex;justify-content:space-between;align-items:center;padding:16px;border-bottom:4px solid #e21b1b}
            .gd-logo{font-size:30px;font-weight:900;letter-spacing:-1px;color:#e21b1b;text-decoration:none}
            .gd-nav ul{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0 16px;gap:4px}.gd-nav a{padding:8px;display:block}
            .gd-ticker{background:#fff3f3;padding:6px 16px;font-size:13px;white-space:nowrap;overflow:hidden}
            .gd-cookie{position:fixed;bottom:16px;right:16px;width:360px;background:#fff;box-shadow:0 2px 8px #0004;padding:16px}
            .gd-wrap{display:flex;gap:32px;max-width:1200px;margin:0 auto;padding:16px}.gd-main{flex:3}.gd-rail{flex:1}
            .gd-title{font-size:38px;line-height:1.1;font-weight:700}.gd-meta{color:#555;font-size:13px;margin:8px 0 16px}
            .gd-body .gd-p{font-size:18px;line-height:1.6;margin:0 0 16px}.gd-ad{background:#f2f2f2;text-align:center;padding:8px}
            .gd-box{border-top:3px solid #1a1a1a;margin-bottom:24px}.gd-box li{margin:8px 0}
            .gd-social a{display:inline-block;margin:0 4px;padding:4px 8px;border:1px solid #ccc;border-radius:4px}
            .gd-footer{background:#1a1a1a;color:#bbb;padding:32px 16px}.gd-footer a{color:#eee}
            """;

    private GlobalDeskLayout() {
    }

    @Override
    public String render(Page p) {
        Site site = p.site();
        StringBuilder sb = new StringBuilder(16_384);
        String headline = p.headline();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
                .append("<title>").append(esc(headline)).append(" - Global Desk</title>\n")
                .append("<meta name=\"description\" content=\"").append(esc(p.story().standfirst())).append("\">\n")
                .append("<meta name=\"date\" content=\"").append(p.isoDate()).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(esc(p.author())).append("\">\n")
                .append("<meta name=\"keywords\" content=\"").append(esc(String.join(", ", p.story().tags()))).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(p.url())).append("\">\n")
                .append("<link rel=\"amphtml\" href=\"").append(esc(p.url())).append("?amp=1\">\n")
                .append("<link rel=\"preconnect\" href=\"https://cdn.globaldesk.example\">\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<div class=\"gd-topbar\">Edition: International | <a href=\"").append(site.origin())
                .append("/login\">Sign in</a> | <a href=\"").append(site.origin()).append("/subscribe\">Subscribe</a></div>\n")
                .append("<div class=\"gd-header\">\n<a class=\"gd-logo\" href=\"").append(site.origin())
                .append("/\">GLOBAL DESK</a>\n<div class=\"gd-weather\">Markets &middot; Weather &middot; Puzzles</div>\n</div>\n");
        Chrome.nav(sb, site, "gd-nav", "World");
        sb.append("<div class=\"gd-ticker\"><b>Latest:</b> ");
        for (Page.Link l : p.related()) {
            sb.append("<a href=\"").append(esc(l.url())).append("\">").append(esc(l.title())).append("</a> &bull; ");
        }
        sb.append("</div>\n");
        Chrome.cookieBanner(sb, site, "gd-cookie", p.r());
        Chrome.ad(sb, "gd-ad", "leaderboard", p.r());
        sb.append("<div class=\"gd-wrap\">\n<div class=\"gd-main\">\n<div class=\"gd-crumbs\"><a href=\"").append(site.origin())
                .append("/\">Home</a> &rsaquo; <a href=\"").append(site.origin()).append("/world/\">World</a></div>\n")
                .append("<div class=\"gd-title\" role=\"heading\" aria-level=\"1\">").append(esc(headline)).append("</div>\n")
                .append("<div class=\"gd-summary\">").append(esc(p.story().standfirst())).append("</div>\n")
                .append("<div class=\"gd-meta\">By <span class=\"author\">").append(esc(p.author()))
                .append("</span> &middot; <span class=\"gd-date\">").append(p.displayDate()).append("</span></div>\n");
        Chrome.share(sb, "gd-social", p.url(), headline);
        sb.append("<div class=\"gd-media\"><img src=\"https://cdn.globaldesk.example/photos/")
                .append(Prose.slug(p.fact().city())).append("_1200.jpg\" alt=\"").append(esc(p.story().caption()))
                .append("\"><div class=\"gd-credit\">").append(esc(p.story().caption())).append("</div></div>\n")
                .append("<div class=\"gd-body\">\n");
        var paras = p.story().paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            sb.append("<div class=\"gd-p\">").append(esc(paras.get(i))).append("</div>\n");
            if (i == 1) Chrome.ad(sb, "gd-ad", "in-article-1", p.r());
            if (i == 4) Chrome.ad(sb, "gd-ad", "in-article-2", p.r());
        }
        sb.append("<div class=\"gd-correction\">Global Desk is committed to accuracy. ")
                .append("<a href=\"").append(site.origin()).append("/corrections\">Report an error</a>.</div>\n</div>\n");
        Chrome.newsletter(sb, site, "gd-box gd-newsletter", p.r());
        Chrome.comments(sb, "gd-comments", p.comments(), false, true);
        sb.append("</div>\n<div class=\"gd-rail\">\n");
        Chrome.related(sb, "gd-box gd-related", "Related Coverage", p.related());
        Chrome.ad(sb, "gd-ad", "rail-1", p.r());
        sb.append("<div class=\"gd-box gd-mostread\"><h2>Most Read</h2><ol>\n");
        for (String s : new String[] {"Markets slide as oil prices swing", "Five things to watch this week",
                "Opinion: the long road to stability", "Photos of the week"}) {
            sb.append("<li><a href=\"").append(site.origin()).append("/").append(Prose.slug(s)).append("\">")
                    .append(esc(s)).append("</a></li>\n");
        }
        sb.append("</ol></div>\n</div>\n</div>\n");
        Chrome.footer(sb, site, "gd-footer", p.published().getYear());
        Chrome.scripts(sb, site, p);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }
}
