/**
 * HTML to article: charset detection ({@link org.incidex.clean.HtmlDecoder}), Jsoup-based main-text extraction and
 * metadata (title, byline, site, language, canonical URL, publication date) behind one front door,
 * {@link org.incidex.clean.ArticleCleaner}; dates are normalized by {@link org.incidex.clean.DateParser}.
 */
package org.incidex.clean;
