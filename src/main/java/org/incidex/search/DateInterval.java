package org.incidex.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A date histogram's bucket width. Wire names: year, month, day. */
public enum DateInterval {
    YEAR("year"), MONTH("month"), DAY("day");

    private final String wire;

    DateInterval(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses a wire name; null or blank means "choose from the range" (null). */
    public static DateInterval parse(String value) {
        if (value == null || value.isBlank()) return null;
        for (DateInterval i : values()) if (i.wire.equals(value.strip())) return i;
        throw new InvalidRequestException("interval '" + value + "' is not one of "
                + Arrays.stream(values()).map(DateInterval::wire).collect(Collectors.joining("|")));
    }

    /**
     * The bucket width for a range: over about three years, years; over about three months, months; else days.
     * So 1970–2025 gives 56 bars, one year 12 and a fortnight 14.
     */
    public static DateInterval forRange(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > 3 * 366) return YEAR;
        if (days > 92) return MONTH;
        return DAY;
    }

    /** The first day of the bucket holding {@code d}. */
    LocalDate start(LocalDate d) {
        return switch (this) {
            case YEAR -> d.withDayOfYear(1);
            case MONTH -> d.withDayOfMonth(1);
            case DAY -> d;
        };
    }

    /** The first day of the next bucket after the one starting at {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
            case DAY -> start.plusDays(1);
        };
    }

    /** The bucket's label: "2015", "2015-11" or "2015-11-20". */
    String key(LocalDate start) {
        return switch (this) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> start.toString().substring(0, 7);
            case DAY -> start.toString();
        };
    }
}
