package org.incidex.model;

/** Why a document could not be used. Counted and reported per file at the end of a run. */
public enum FailureReason {
    /** Zero bytes, or only white space. */
    EMPTY,
    /** Bytes that are not text (NUL bytes, an image, an archive...). */
    BINARY,
    /** Text, but not HTML (no markup). */
    NOT_HTML,
    /** Larger than the configured cap. */
    TOO_LARGE,
    /** The file could not be read (permissions, vanished, I/O error). */
    UNREADABLE,
    /** Parsed, but no main text could be found. */
    NO_TEXT,
    /** The cleaner or extractor failed on this document; the detail names the error. */
    PROCESSING_ERROR,
    /** A row of an imported table (GTD, incident list) that cannot be read; the detail names the column. */
    BAD_ROW,
    /** A URL that cannot be fetched: not http or https, or malformed. */
    UNSUPPORTED_URL,
    /** The site's robots.txt disallows the URL for our User-Agent. */
    BLOCKED_BY_ROBOTS,
    /** The server did not connect or answer within the timeout. */
    TIMEOUT,
    /** The fetch failed: connection refused, an HTTP error status, too many redirects, a non-text content type. */
    FETCH_FAILED;

    /** Lower-case, dash-separated name for summaries and JSON ("not-html"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
