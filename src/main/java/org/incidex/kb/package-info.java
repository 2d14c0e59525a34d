/** The knowledge base: runs the pipeline (ingest, clean, extract) over sources and merges articles' incidents into incidents with sources. */
package org.incidex.kb;
