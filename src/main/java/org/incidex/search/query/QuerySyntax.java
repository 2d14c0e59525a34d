package org.incidex.search.query;

import org.incidex.search.InvalidRequestException;

/** Errors of the query language: what is wrong and the 1-based column where, in the {@code q} parameter. */
final class QuerySyntax {
    private QuerySyntax() {}

    static InvalidRequestException error(String what, int column) {
        return new InvalidRequestException("cannot parse q at column " + column + ": " + what);
    }
}
