package org.incidex.model;

import java.util.Objects;

/** A document that cannot be used, with a typed reason. The message names the document. */
public class RejectedDocumentException extends Exception {
    private final String source;
    private final FailureReason reason;

    public RejectedDocumentException(String source, FailureReason reason, String detail) {
        this(source, reason, detail, null);
    }

    public RejectedDocumentException(String source, FailureReason reason, String detail, Throwable cause) {
        super(source + ": " + reason.label() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String source() {
        return source;
    }

    public FailureReason reason() {
        return reason;
    }

    /** The failure as a record for reports. */
    public DocumentFailure toFailure() {
        String msg = getMessage();
        String prefix = source + ": " + reason.label();
        String detail = msg.length() > prefix.length() + 3 ? msg.substring(prefix.length() + 2, msg.length() - 1) : null;
        return new DocumentFailure(source, reason, detail);
    }
}
