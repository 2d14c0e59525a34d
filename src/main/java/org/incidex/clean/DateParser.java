package org.incidex.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a short string and writes it as ISO-8601.
 *
 * <p>Understood: ISO-8601 ({@code 2015-11-20}, {@code 2015-11-20T09:41:00.000Z}, {@code 2015-11-20 09:41:00+0100}),
 * RFC-1123 ({@code Fri, 20 Nov 2015 09:41:00 GMT}), English month names in either order ({@code November 20, 2015},
 * {@code 20 Nov. 2015}, {@code Nov. 20, 2015 9:41 AM EST}), {@code 2015/11/20} and {@code 20.11.2015}. The first
 * date found anywhere in the string is used. A date-time with a UTC offset or zone (Z, GMT, UTC, ±hh:mm, common US
 * and European abbreviations) is kept as {@code yyyy-MM-dd'T'HH:mm:ss+hh:mm}; anything else becomes
 * {@code yyyy-MM-dd}, because a time without a zone cannot be placed on the time line. Years outside 1900–2100 and
 * impossible days are refused. Stateless and thread-safe.
 */
public final class DateParser {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String ZONE = "(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?"
            + "|[ECMP][SD]T|BST|CES?T|EES?T|WES?T|IST|JST))?";
    private static final String TIME = "(?:(?:\\s*(?:T|at|,|\\s)\\s*|\\s*-\\s*)"
            + "(\\d{1,2})[:.h](\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
            + "\\s*([ap]\\.?m\\.?)?" + ZONE + ")?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?" + ZONE + ")?(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASH_YMD = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern DOT_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![a-z])(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("Z", "+00:00"), Map.entry("GMT", "+00:00"), Map.entry("UTC", "+00:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("BST", "+01:00"),
            Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"),
            Map.entry("EEST", "+03:00"), Map.entry("WET", "+00:00"), Map.entry("WEST", "+01:00"),
            Map.entry("IST", "+05:30"), Map.entry("JST", "+09:00"));
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    /** Longest input looked at; dates live at the start of the strings this class is given. */
    private static final int MAX_INPUT = 400;

    private DateParser() {
    }

    /**
     * The first date in {@code text} as ISO-8601 ({@code yyyy-MM-dd} or {@code yyyy-MM-dd'T'HH:mm:ss±hh:mm}).
     *
     * @param text any string, or null
     * @return the date, or empty when none is found (never throws)
     */
    public static Optional<String> toIso(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        s = s.replace('\u00A0', ' ').trim();
        Optional<String> best = Optional.empty();
        int bestStart = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            best = build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null, m.group(7));
            bestStart = best.isPresent() ? m.start() : bestStart;
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && m.start() < bestStart) {
            Optional<String> d = build(m.group(3), month(m.group(1)), m.group(2), m.group(4), m.group(5), m.group(6),
                    m.group(7), m.group(8));
            if (d.isPresent()) {
                best = d;
                bestStart = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && m.start() < bestStart) {
            Optional<String> d = build(m.group(3), month(m.group(2)), m.group(1), m.group(4), m.group(5), m.group(6),
                    m.group(7), m.group(8));
            if (d.isPresent()) {
                best = d;
                bestStart = m.start();
            }
        }
        m = SLASH_YMD.matcher(s);
        if (m.find() && m.start() < bestStart) {
            Optional<String> d = build(m.group(1), m.group(2), m.group(3), null, null, null, null, null);
            if (d.isPresent()) {
                best = d;
                bestStart = m.start();
            }
        }
        m = DOT_DMY.matcher(s);
        if (m.find() && m.start() < bestStart) {
            Optional<String> d = build(m.group(3), m.group(2), m.group(1), null, null, null, null, null);
            if (d.isPresent()) {
                best = d;
            }
        }
        return best;
    }

    /**
     * A date from the English month name and day in {@code text} ("Nov. 20", "20 November") with the given year;
     * for datelines that omit the year.
     */
    static Optional<String> monthDayWithYear(String text, int year) {
        Matcher m = Pattern.compile("(?<![a-z])(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        if (m.find()) {
            return build(Integer.toString(year), month(m.group(1)), m.group(2), null, null, null, null, null);
        }
        m = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(" + MONTHS + ")(?![a-z])", Pattern.CASE_INSENSITIVE).matcher(text);
        if (m.find()) {
            return build(Integer.toString(year), month(m.group(2)), m.group(1), null, null, null, null, null);
        }
        return Optional.empty();
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] keys = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < keys.length; i++) {
            if (n.startsWith(keys[i])) {
                return Integer.toString(i + 1);
            }
        }
        return "0";
    }

    private static Optional<String> build(String y, String mo, String d, String h, String mi, String sec,
                                          String ampm, String zone) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
            if (h == null || zone == null) {
                return Optional.of(date.toString());
            }
            int hour = Integer.parseInt(h);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (hour < 1 || hour > 12) {
                    return Optional.of(date.toString());
                }
                hour = (hour % 12) + (pm ? 12 : 0);
            }
            LocalDateTime ldt = date.atTime(hour, Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
            ZoneOffset offset = offset(zone);
            return Optional.of(offset == null ? date.toString() : OffsetDateTime.of(ldt, offset).format(OUT));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.trim().toUpperCase(Locale.ROOT);
        String named = ZONES.get(z);
        if (named != null) {
            return ZoneOffset.of(named);
        }
        if (z.startsWith("GMT") || z.startsWith("UTC")) {
            z = z.substring(3);
        }
        Matcher m = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?").matcher(z);
        if (!m.matches()) {
            return null;
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
