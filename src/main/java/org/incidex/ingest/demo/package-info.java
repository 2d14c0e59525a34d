/**
 * The bundled demo corpus: a table of real attacks ({@link org.incidex.ingest.demo.Fact}) rendered as news pages
 * on four fictional sites by {@link org.incidex.ingest.demo.PageRenderer}, plus a hand-written live blog, served
 * as raw documents by {@link org.incidex.ingest.demo.DemoCorpus}. Every figure on a page comes from its own fact.
 */
package org.incidex.ingest.demo;
