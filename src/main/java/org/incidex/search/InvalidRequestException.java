package org.incidex.search;

/** A search request that cannot be run as given; the message says what and where (for a 400 answer). */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
