package org.incidex.search;

/** No index generation is open (none built yet, or it cannot be opened); the message says which and what to do. */
public class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String message) {
        super(message);
    }
}
