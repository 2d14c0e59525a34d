package org.incidex.search;

/**
 * A search ran out of its time budget ({@link SearchService}'s per-request {@code QueryTimeout}) and was stopped
 * rather than left to hold a thread; the message says the budget. The API answers 503, so a client may retry or
 * narrow the query.
 */
public class SearchTimeoutException extends RuntimeException {
    public SearchTimeoutException(String message) {
        super(message);
    }
}
