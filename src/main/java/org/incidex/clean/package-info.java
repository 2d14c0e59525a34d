/** HTML to article: Jsoup-based main-text extraction and metadata (title, byline, site, language, canonical URL, publication date), with charset detection. */
package org.incidex.clean;
