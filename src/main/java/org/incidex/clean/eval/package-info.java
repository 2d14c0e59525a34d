/** Quality measurement of the clean stage against pages with known main text and metadata (body F1, title, byline, date). */
package org.incidex.clean.eval;
