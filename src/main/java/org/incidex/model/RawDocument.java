package org.incidex.model;

import java.util.Objects;

/**
 * Bytes of one input document as read, before any decoding.
 *
 * @param source      how the user named it (path as given, URL, or "demo:NAME")
 * @param bytes       the raw bytes; never modified after construction by convention
 * @param contentType a declared content type (HTTP header) when known, else null
 */
public record RawDocument(String source, byte[] bytes, String contentType) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
    }
}
