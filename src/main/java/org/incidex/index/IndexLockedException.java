package org.incidex.index;

/** Another process is writing the index. The message names the index directory and, when known, the holder. */
public class IndexLockedException extends IndexStoreException {
    public IndexLockedException(String message) {
        super(message);
    }
}
