package org.incidex.ingest.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two fetched pages the same: the canonical URL (the page's {@code link rel=canonical}, else
 * {@code og:url}, else the URL it was fetched from; normalized by {@link #normalize}) and the content hash (SHA-256 of
 * the page's visible text with white space collapsed, so markup, scripts and ad slots that change on every request
 * do not make a page "changed").
 *
 * @param canonicalUrl normalized canonical URL
 * @param contentHash  hex SHA-256 of the visible text
 */
public record PageIdentity(String canonicalUrl, String contentHash) {

    /** Reads the identity of a fetched HTML page. */
    public static PageIdentity of(byte[] html, String charsetHint, String fetchedUrl) {
        Charset cs = StandardCharsets.UTF_8;
        if (charsetHint != null) {
            try {
                cs = Charset.forName(charsetHint);
            } catch (IllegalArgumentException e) {
                // unknown charset name: UTF-8 is good enough for a hash and a URL
            }
        }
        Document doc = Jsoup.parse(new String(html, cs), fetchedUrl);
        String canonical = null;
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) canonical = link.absUrl("href");
        if (canonical == null || canonical.isBlank()) {
            Element og = doc.selectFirst("meta[property=og:url][content]");
            if (og != null) canonical = og.absUrl("content");
        }
        String url = normalize(canonical == null || canonical.isBlank() ? fetchedUrl : canonical);
        if (url == null) url = normalize(fetchedUrl);
        if (url == null) url = fetchedUrl;
        String text = doc.body() == null ? doc.text() : doc.body().text();
        return new PageIdentity(url, sha256(doc.title() + "\n" + text.replaceAll("\\s+", " ").strip()));
    }

    /**
     * Normalizes an http(s) URL: lower-case scheme and host, default port dropped, empty path as "/", fragment
     * dropped, {@code utm_*} tracking parameters dropped. Returns null when it is not an absolute http(s) URL.
     */
    public static String normalize(String url) {
        if (url == null) return null;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) return null;
            int port = u.getPort();
            if (scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443) port = -1;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = u.getRawQuery();
            if (query != null) {
                StringBuilder kept = new StringBuilder();
                for (String p : query.split("&")) {
                    if (p.isEmpty() || p.toLowerCase(Locale.ROOT).startsWith("utm_")) continue;
                    if (!kept.isEmpty()) kept.append('&');
                    kept.append(p);
                }
                query = kept.isEmpty() ? null : kept.toString();
            }
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
