package org.incidex.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a sentence and resolves them against the publication date: absolute dates ("20 November
 * 2015", "Nov. 20, 2015", "2015-11-20"), dates without a year ("on 20 November": the latest such day not after
 * publication), relative ones ("today", "this morning", "yesterday", "last night", "on Friday", "last week"), months
 * ("in August" → the latest August not after publication, as "2015-08") and years ("in 2013" → "2013").
 * Thread-safe: stateless.
 */
public final class DateFinder {
    /**
     * A resolved date expression. {@code value} is "YYYY-MM-DD", "YYYY-MM" or "YYYY"; {@code pastRef} marks phrases
     * that point back in time by their words ("last week", "last year") whatever the value's precision.
     */
    public record DateMention(int start, int end, String value, boolean relative, boolean pastRef) {
        public boolean isDay() {
            return value.length() == 10;
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:in|since|during|last|early|mid|late|since)"
            + "(?:-|\\s+)(?:" + MONTH + ")(?:\\s+(\\d{4}))?\\b|\\b(?:the\\s+)?" + MONTH + "(?:\\s+(\\d{4}))?\\s+"
            + "(?:attack|attacks|siege|bombing|bombings|assault|raid|massacre|shooting|killings)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|during)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(today|this morning|this afternoon|this evening|tonight"
            + "|earlier today|on the day)\\b|\\btoday's\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|last night|overnight)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_WEEKDAY = Pattern.compile("\\b(?:on|late on|early on|since|last)\\s+" + WEEKDAY
            + "|\\b" + WEEKDAY + "(?:'s)?\\s+(?:morning|afternoon|evening|night|attack|attacks|bombing|siege)\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("\\blast week(?:'s)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_YEAR = Pattern.compile("\\blast year(?:'s)?\\b", Pattern.CASE_INSENSITIVE);

    /** All date expressions in {@code text}, in order, resolved against {@code published} (which may be null). */
    public List<DateMention> find(String text, LocalDate published) {
        return find(text, published, text.toLowerCase(Locale.ROOT));
    }

    /** {@link #find(String, LocalDate)} with the text lower-cased (Locale.ROOT) by the caller. */
    List<DateMention> find(String text, LocalDate published, String low) {
        List<DateMention> out = new ArrayList<>();
        // Cheap necessary conditions first: most sentences hold no date, and each pattern is a scan of the sentence.
        boolean digit = hasDigit(text), monthName = hasMonth(text);
        if (!digit && !monthName && published == null) return out;
        Matcher m = ISO.matcher(digit && text.indexOf('-') >= 0 ? text : "");
        while (m.find()) {
            try {
                add(out, m, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString(), false);
            } catch (RuntimeException ignored) {
                // not a real date
            }
        }
        m = DAY_MONTH.matcher(digit && monthName ? text : "");
        while (m.find()) dayMonth(out, m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), published);
        m = MONTH_DAY.matcher(digit && monthName ? text : "");
        while (m.find()) dayMonth(out, m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), published);
        m = MONTH_ONLY.matcher(monthName ? text : "");
        while (m.find()) {
            String month = m.group(1) != null ? m.group(1) : m.group(3);
            String year = m.group(1) != null ? m.group(2) : m.group(4);
            Integer mo = month(month);
            if (mo == null) continue;
            Integer y = year != null ? Integer.valueOf(year) : latestYearOf(mo, published);
            if (y != null) add(out, m, YearMonth.of(y, mo).toString(), year == null);
        }
        m = YEAR.matcher(digit ? text : "");
        while (m.find()) add(out, m, m.group(1), false);
        if (published != null) {
            boolean today = low.contains("today") || low.contains("this ") || low.contains("tonight")
                    || low.contains("on the day");
            m = TODAY.matcher(today ? text : "");
            while (m.find()) add(out, m, published.toString(), true);
            boolean yesterday = low.contains("yesterday") || low.contains("night");
            m = YESTERDAY.matcher(yesterday ? text : "");
            while (m.find()) add(out, m, published.minusDays(1).toString(), true);
            m = ON_WEEKDAY.matcher(text.contains("day") ? text : "");
            while (m.find()) {
                String day = m.group(1) != null ? m.group(1) : m.group(2);
                DayOfWeek dow = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
                add(out, m, published.with(TemporalAdjusters.previousOrSame(dow)).toString(), true);
            }
            boolean last = low.contains("last ");
            m = LAST_WEEK.matcher(last ? text : "");
            while (m.find()) add(out, m, YearMonth.from(published.minusDays(7)).toString(), true, true);
            m = LAST_YEAR.matcher(last ? text : "");
            while (m.find()) add(out, m, String.valueOf(published.getYear() - 1), true, true);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** Every spelling {@link #MONTH} matches begins with one of these (the pattern is case-sensitive). */
    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private static boolean hasMonth(String s) {
        for (String stem : MONTH_STEMS) if (s.contains(stem)) return true;
        return false;
    }

    private static void dayMonth(List<DateMention> out, Matcher m, int day, String month, String year, LocalDate pub) {
        Integer mo = month(month);
        if (mo == null || day < 1 || day > 31) return;
        try {
            if (year != null) {
                add(out, m, LocalDate.of(Integer.parseInt(year), mo, day).toString(), false);
            } else if (pub != null) {
                LocalDate d = LocalDate.of(pub.getYear(), mo, day);
                if (d.isAfter(pub)) d = d.minusYears(1);
                add(out, m, d.toString(), true);
            }
        } catch (RuntimeException ignored) {
            // 31 February and the like
        }
    }

    private static Integer latestYearOf(int month, LocalDate pub) {
        if (pub == null) return null;
        return month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
    }

    private static Integer month(String s) {
        if (s == null) return null;
        return MONTHS.get(s.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Adds unless an earlier, longer or equal mention already covers these characters. */
    private static void add(List<DateMention> out, Matcher m, String value, boolean relative) {
        add(out, m, value, relative, false);
    }

    private static void add(List<DateMention> out, Matcher m, String value, boolean relative, boolean pastRef) {
        int s = m.start();
        int e = m.end();
        for (DateMention d : out) {
            if (s < d.end() && e > d.start()) return;
        }
        out.add(new DateMention(s, e, value, relative, pastRef));
    }
}
