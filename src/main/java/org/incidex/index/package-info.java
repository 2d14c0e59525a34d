/** The Lucene index: the schema (Fields), writing complete generations and switching them atomically, and readers that follow the live generation. */
package org.incidex.index;
