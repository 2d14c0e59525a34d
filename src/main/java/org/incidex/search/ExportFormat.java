package org.incidex.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Export file formats. Wire names: csv, jsonl, geojson. */
public enum ExportFormat {
    /** RFC 4180: a header row, then one row per incident, CRLF line ends, UTF-8. */
    CSV("csv", "text/csv; charset=utf-8"),
    /** JSON lines: one incident object per line. */
    JSONL("jsonl", "application/x-ndjson; charset=utf-8"),
    /** RFC 7946 FeatureCollection: one Feature per incident; geometry null when the incident has no coordinates. */
    GEOJSON("geojson", "application/geo+json; charset=utf-8");

    private final String wire;
    private final String contentType;

    ExportFormat(String wire, String contentType) {
        this.wire = wire;
        this.contentType = contentType;
    }

    public String wire() {
        return wire;
    }

    /** The HTTP content type, with charset. */
    public String contentType() {
        return contentType;
    }

    /** Parses a wire name; null or blank is CSV. */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) return CSV;
        for (ExportFormat f : values()) if (f.wire.equals(value.strip())) return f;
        throw new InvalidRequestException("format '" + value + "' is not one of "
                + Arrays.stream(values()).map(ExportFormat::wire).collect(Collectors.joining("|")));
    }
}
