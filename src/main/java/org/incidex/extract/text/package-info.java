/**
 * The text every reader of the extractor shares: sentences with their offsets ({@link
 * org.incidex.extract.text.SentenceSplitter}) and tokens with their folded forms ({@link
 * org.incidex.extract.text.Tokens}).
 */
package org.incidex.extract.text;
