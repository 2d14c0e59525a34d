package org.incidex.ingest.demo;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.incidex.ingest.demo.Prose.esc;

/**
 * "Sahel Wire": a WordPress-style regional wire with OpenGraph metadata ({@code article:published_time}), a
 * byline "By NAME, Staff Reporter", a numeric visible date and a sidebar. Title suffix " | Sahel Wire".
 */
final class SahelWireLayout implements Layout {

    static final SahelWireLayout INSTANCE = new SahelWireLayout();

    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ENGLISH);

    private static final String CSS = """
            body{margin:0;font-family:'Helvetica Neue',Arial,sans-serif;background:#faf7f2;color:#222}
            #top{background:#b5541c;color:#fff;padding:10px 20px}#top .site-title a{color:#fff;font-size:28px;text-decoration:none}
            .site-description{margin:0;font-size:12px}.menu-primary ul{list-style:none;display:flex;flex-wrap:wrap;margin:0;padding:0 20px;background:#222}
            .menu-primary a{color:#eee;display:block;padding:10px 12px;text-decoration:none}
            .gdpr-notice{background:#222;color:#fff;padding:12px 20px;font-size:13px}
            #content{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1100px;margin:0 auto;padding:20px}
            .entry-title{font-size:30px;margin:8px 0}.entry-meta{font-size:13px;color:#666}
            .entry-content p{line-height:1.6;font-size:16px}.wp-caption-text{font-size:12px;color:#666}
            .widget{background:#fff;border:1px solid #e5ded3;margin-bottom:20px;padding:12px}
            .widget-title{font-size:15px;text-transform:uppercase;border-bottom:2px solid #b5541c}
            .adsbygoogle-wrap{text-align:center;margin:16px 0}.sharedaddy a{margin-right:6px}
            #colophon{background:#222;color:#aaa;padding:20px;font-size:13px}#colophon a{color:#ddd}
            """;

    private SahelWireLayout() {
    }

    @Override
    public String render(Page p) {
        Site site = p.site();
        StringBuilder sb = new StringBuilder(16_384);
        String headline = p.headline();
        long postId = 10_000 + Long.remainderUnsigned(Site.hash(p.fact().id()), 90_000);
        sb.append("<!DOCTYPE html>\n<html lang=\"en-US\" prefix=\"og: https://ogp.me/ns#\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(headline)).append(" | Sahel Wire</title>\n")
                .append("<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(p.url())).append("\">\n")
                .append("<meta property=\"og:locale\" content=\"en_US\">\n<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(headline)).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(esc(p.story().standfirst())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(esc(p.url())).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"Sahel Wire\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(p.isoInstant()).append("\">\n")
                .append("<meta property=\"article:section\" content=\"Security\">\n")
                .append("<meta property=\"article:author\" content=\"").append(esc(p.author())).append("\">\n")
                .append("<meta property=\"og:image\" content=\"").append(site.origin()).append("/wp-content/uploads/")
                .append(p.published().getYear()).append("/").append(Prose.slug(p.fact().city())).append(".jpg\">\n")
                .append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
                .append("<link rel=\"stylesheet\" id=\"theme-css\" href=\"").append(site.origin())
                .append("/wp-content/themes/sahel/style.css?ver=5.2\" media=\"all\">\n")
                .append("<style id=\"theme-inline-css\">\n").append(CSS).append("</style>\n</head>\n")
                .append("<body class=\"post-template-default single single-post postid-").append(postId)
                .append(" single-format-standard\">\n<div id=\"page\" class=\"site\">\n");
        Chrome.cookieBanner(sb, site, "gdpr-notice", p.r());
        sb.append("<header id=\"top\" class=\"site-header\">\n<p class=\"site-title\"><a href=\"").append(site.origin())
                .append("/\" rel=\"home\">Sahel Wire</a></p>\n")
                .append("<p class=\"site-description\">News from the Sahel and West Africa</p>\n</header>\n");
        Chrome.nav(sb, site, "menu-primary", "Africa");
        sb.append("<div id=\"content\" class=\"site-content\">\n<div id=\"primary\" class=\"content-area\">\n")
                .append("<main id=\"main\" class=\"site-main\">\n<article id=\"post-").append(postId)
                .append("\" class=\"post-").append(postId).append(" post type-post status-publish\">\n")
                .append("<header class=\"entry-header\">\n<span class=\"cat-links\"><a href=\"").append(site.origin())
                .append("/category/security/\" rel=\"category tag\">Security</a></span>\n")
                .append("<h1 class=\"entry-title\">").append(esc(headline)).append("</h1>\n")
                .append("<div class=\"entry-meta\">\n<span class=\"byline\">By <span class=\"author vcard\">")
                .append(esc(p.author())).append("</span>, Staff Reporter</span>\n<span class=\"posted-on\">Posted on ")
                .append("<time class=\"entry-date published\" datetime=\"").append(p.isoInstant()).append("\">")
                .append(p.published().format(POSTED))
                .append("</time></span>\n</div>\n</header>\n");
        Chrome.ad(sb, "adsbygoogle-wrap", "after-title", p.r());
        sb.append("<div class=\"entry-content\">\n<figure class=\"wp-caption\"><img src=\"").append(site.origin())
                .append("/wp-content/uploads/").append(p.published().getYear()).append("/")
                .append(Prose.slug(p.fact().city())).append(".jpg\" alt=\"\" loading=\"lazy\">")
                .append("<figcaption class=\"wp-caption-text\">").append(esc(p.story().caption()))
                .append("</figcaption></figure>\n");
        var paras = p.story().paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            sb.append("<p>").append(esc(paras.get(i))).append("</p>\n");
            if (i == 3) Chrome.ad(sb, "adsbygoogle-wrap", "in-content", p.r());
        }
        sb.append("<p class=\"editor-note\"><em>Reporting by ").append(esc(p.author()))
                .append("; editing by the Sahel Wire desk.</em></p>\n</div>\n<footer class=\"entry-footer\">\n");
        Chrome.share(sb, "sharedaddy sd-sharing-enabled", p.url(), headline);
        sb.append("<span class=\"tags-links\">Tagged ");
        for (String t : p.story().tags()) {
            sb.append("<a href=\"").append(site.origin()).append("/tag/").append(Prose.slug(t)).append("/\" rel=\"tag\">")
                    .append(esc(t)).append("</a> ");
        }
        sb.append("</span>\n</footer>\n</article>\n");
        Chrome.comments(sb, "comments-area", p.comments(), true, true);
        sb.append("</main>\n</div>\n<aside id=\"secondary\" class=\"widget-area\">\n");
        Chrome.related(sb, "widget widget_related", "Related stories", p.related());
        Chrome.newsletter(sb, site, "widget widget_newsletter", p.r());
        Chrome.ad(sb, "widget adsbygoogle-wrap", "sidebar", p.r());
        sb.append("<section class=\"widget widget_text\"><h2 class=\"widget-title\">About Sahel Wire</h2>")
                .append("<p>Sahel Wire covers politics, security and business across the region.</p></section>\n")
                .append("</aside>\n</div>\n");
        Chrome.footer(sb, site, "site-footer\" id=\"colophon", p.published().getYear());
        sb.append("</div>\n");
        Chrome.scripts(sb, site, p);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }
}
