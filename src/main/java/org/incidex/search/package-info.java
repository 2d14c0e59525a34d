/** Queries, filters, facets, highlighting over the index. No HTTP types. */
package org.incidex.search;
