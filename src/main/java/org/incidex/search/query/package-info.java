/** The q query language: lexer, parser, field clauses and query-time synonyms (group aliases, country names, demonyms, codes). */
package org.incidex.search.query;
