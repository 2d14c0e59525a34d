package org.incidex.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Result order. Wire names: relevance, date (oldest first), -date (newest first), -killed (most killed first; the
 * older spelling {@code killed} means the same). Ties are broken by date (for killed) and then by incident id.
 */
public enum SortOrder {
    RELEVANCE("relevance"), DATE("date"), DATE_DESC("-date"), KILLED("killed");

    private final String wire;

    SortOrder(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses a wire name; null or blank means relevance. */
    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) return RELEVANCE;
        for (SortOrder s : values()) if (s.wire.equals(value.strip())) return s;
        if (value.strip().equals("-killed")) return KILLED;
        throw new InvalidRequestException("sort '" + value + "' is not one of "
                + Arrays.stream(values()).map(SortOrder::wire).collect(Collectors.joining("|")) + "|-killed");
    }
}
