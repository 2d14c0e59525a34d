/**
 * Web ingest: a polite fetcher (jsoup; http/https only, User-Agent, timeout, size cap, bounded redirects, robots.txt,
 * per-host delay), RSS 2.0 / Atom feeds, dedup by canonical URL and content hash, and the crawl state kept next to
 * the index. Front door: {@link org.incidex.ingest.web.WebIngest}; documents go on to an
 * {@link org.incidex.ingest.ArticleSink}.
 */
package org.incidex.ingest.web;
