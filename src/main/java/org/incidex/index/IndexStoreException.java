package org.incidex.index;

/** The index directory cannot be used as asked: missing, not an index, locked, or failing I/O. Message is for users. */
public class IndexStoreException extends RuntimeException {
    public IndexStoreException(String message) {
        super(message);
    }

    public IndexStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
