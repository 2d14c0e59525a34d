/**
 * HTML to article: charset detection ({@link org.incidex.clean.HtmlDecoder}), Jsoup-based main-text extraction and
 * metadata (title, byline, site, language, canonical URL, publication date) behind one front door,
 * {@link org.incidex.clean.ArticleCleaner}; dates are normalized by {@link org.incidex.clean.DateParser}. What sits in
 * the article but is not it (captions, sign-offs, boxes of links, prompts) is named by the phrases of
 * {@code boilerplate-text.tsv}, owned by {@code BoilerplateText}.
 */
package org.incidex.clean;
