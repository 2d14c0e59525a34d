package org.incidex.extract.date;

import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.rules.RuleTable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a sentence and resolves them against the publication date: absolute dates ("20 November
 * 2015", "Nov. 20, 2015", "2015-11-20"), dates without a year ("on 20 November": the latest such day not after
 * publication), relative ones ("today", "this morning", "yesterday", "last night", "on Friday", "last week"), months
 * ("in August" → the latest August not after publication, as "2015-08"), years ("in 2013" → "2013") and years back
 * from publication ("ten years ago today" → that day, "20 years since" → that year). The words are data beside this
 * class: {@code months.tsv}, {@code weekdays.tsv}, {@code relative-dates.tsv}, {@code years-ago.tsv} and
 * {@code date-words.tsv}; which expression wins where two overlap is the declared order of {@link Rule}.
 * Thread-safe: stateless after loading the tables once.
 */
public final class DateFinder {
    /**
     * A resolved date expression. {@code value} is "YYYY-MM-DD", "YYYY-MM" or "YYYY"; {@code pastRef} marks phrases
     * that point back in time by their words ("last week", "last year") whatever the value's precision.
     */
    public record DateMention(int start, int end, String value, boolean relative, boolean pastRef) {
        /** Whether the value is a day ("YYYY-MM-DD"). */
        public boolean isDay() {
            return value.length() == 10;
        }
    }

    /**
     * The kinds of date expression, in priority order: every rule reads the whole sentence, one after the other in
     * this order, and a mention that overlaps one an earlier rule found is dropped ("the 13 November attacks" is a
     * day, and not also the month that "November attacks" would be). The relative rules (those with {@code means},
     * which names their rows in relative-dates.tsv, and the weekdays) are read only when the publication date is
     * known.
     */
    enum Rule {
        /** "2015-11-20". */
        ISO(null),
        /** "20 November 2015", "3rd of November", "25 December". */
        DAY_MONTH(null),
        /** "November 13, 2015", "Nov. 13". */
        MONTH_DAY(null),
        /** "in August", "early-March", "the March 2014 attack". */
        MONTH_ONLY(null),
        /** "in 2013", "since 2013", "the 2013 siege". */
        YEAR(null),
        /** "ten years ago today", "20 years since", "eight years to the day", "a decade on,": back from publication. */
        YEARS_AGO(null),
        TODAY("today"),
        YESTERDAY("yesterday"),
        /** "on Friday", "last Friday", "Friday's attack": the latest such day not after publication. */
        WEEKDAY(null),
        LAST_WEEK("last-week"),
        LAST_YEAR("last-year");

        final String means;

        Rule(String means) {
            this.means = means;
        }
    }

    /** Month spellings in lower case without their period → month number (months.tsv). */
    private static final Map<String, Integer> MONTHS;
    /** Weekday spellings → the day (weekdays.tsv). */
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    /** Every month spelling begins with one of these (the patterns are case-sensitive). */
    private static final String[] MONTH_STEMS;
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH;
    private static final Pattern MONTH_DAY;
    private static final Pattern MONTH_ONLY;
    private static final Pattern YEAR;
    private static final Pattern ON_WEEKDAY;
    private static final Pattern YEARS_AGO;
    /** years-ago.tsv's rows by use, each row's pattern with its value. */
    private static final Map<String, List<Map.Entry<Pattern, String>>> SPANS = new HashMap<>();
    /** The words of each relative rule (relative-dates.tsv). */
    private static final Map<Rule, Alternatives.WordList> RELATIVE = new EnumMap<>(Rule.class);

    static {
        Months months = months(RuleTable.load(DateFinder.class, "months.tsv"));
        MONTHS = months.numbers();
        MONTH_STEMS = months.stems().toArray(String[]::new);
        String month = "(" + months.alternatives() + ")";
        String weekday = "(" + weekdayAlternatives(RuleTable.load(DateFinder.class, "weekdays.tsv")) + ")";
        RuleTable words = RuleTable.load(DateFinder.class, "date-words.tsv");
        for (RuleTable.Row r : words.rows()) {
            if (!Set.of("ordinal", "before-month", "after-month", "before-year", "before-weekday", "after-weekday", "link")
                    .contains(r.require("use"))) {
                throw new IllegalStateException(r.where() + ": unknown use '" + r.get("use") + "'");
            }
        }
        String ordinal = "(?:" + words(words, "ordinal") + ")?";
        DAY_MONTH = Pattern.compile("\\b(\\d{1,2})" + ordinal + "\\s+(?:of\\s+)?" + month + "(?:,?\\s+(\\d{4}))?\\b");
        MONTH_DAY = Pattern.compile("\\b" + month + "\\s+(\\d{1,2})" + ordinal + "\\b(?:,?\\s+(\\d{4}))?");
        // the words before a date are read in any case ("In August", "On Friday"), the month's name only capitalised
        MONTH_ONLY = Pattern.compile("\\b(?i:" + words(words, "before-month") + ")(?:-|\\s+)(?:" + month
                + ")(?:\\s+(\\d{4}))?\\b|\\b(?:the\\s+)?" + month + "(?:\\s+(\\d{4}))?\\s+(?:"
                + words(words, "after-month") + ")\\b");
        // "in 2013"; "the 2013 siege", "the 2008 Mumbai attacks", "the 2019 arson attack": a year naming an attack
        YEAR = Pattern.compile("\\b(?i:" + words(words, "before-year") + ")\\s+((?:19|20)\\d{2})\\b|\\b(?i:the)\\s+"
                + "((?:19|20)\\d{2})\\s+(?:(?!(?i:" + words(words, "link") + ")\\b)[\\p{L}'’-]+\\s+){0,3}(?:"
                + words(words, "after-month") + ")\\b");
        // "Friday's attack", "Saturday's truck bombing", not "on a Friday afternoon" (some Friday)
        ON_WEEKDAY = Pattern.compile("\\b(?i:" + words(words, "before-weekday") + ")\\s+" + weekday
                + "|(?<!\\ban?\\s)\\b" + weekday + "(?:['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?|\\s+)(?:"
                + words(words, "after-weekday") + ")\\b");
        RuleTable spans = RuleTable.load(DateFinder.class, "years-ago.tsv");
        for (RuleTable.Row r : spans.rows()) {
            String use = r.require("use");
            if (!Set.of("count", "unit", "relation", "today").contains(use)) {
                throw new IllegalStateException(r.where() + ": unknown use '" + use + "'");
            }
            String value = r.require("value");
            if (!value.matches(use.equals("count") || use.equals("unit") ? "[1-9]\\d*" : "day|year")) {
                throw new IllegalStateException(r.where() + ": bad value '" + value + "' for " + use);
            }
            SPANS.computeIfAbsent(use, k -> new ArrayList<>())
                    .add(Map.entry(Pattern.compile("(?i)" + r.require("pattern")), value));
        }
        String count = "(?:" + words(spans, "count") + ")";
        YEARS_AGO = Pattern.compile("(?i)\\b(?<n>\\d{1,3}|" + count + "(?:[- ]" + count + ")?)\\s+(?<u>"
                + words(spans, "unit") + ")\\s+(?<r>" + words(spans, "relation") + ")\\b(?:,?\\s+(?<t>"
                + words(spans, "today") + ")\\b)?");
        RuleTable relative = RuleTable.load(DateFinder.class, "relative-dates.tsv");
        for (Rule rule : Rule.values()) {
            if (rule.means != null) RELATIVE.put(rule, Alternatives.WordList.of(words(relative, rule.means, "means")));
        }
        for (RuleTable.Row r : relative.rows()) {
            if (RELATIVE.keySet().stream().noneMatch(rule -> rule.means.equals(r.require("means")))) {
                throw new IllegalStateException(r.where() + ": unknown means '" + r.get("means") + "'");
            }
        }
    }

    /**
     * What months.tsv says: its spellings as regex alternatives in table order (a short form may take a period), the
     * month number of each spelling (lower case), and the first three letters of each as written.
     */
    record Months(String alternatives, Map<String, Integer> numbers, Set<String> stems) {}

    /**
     * Reads and checks a table of months. A spelling that begins a later one would hide it: "Sep|Sept" reads "Sep"
     * of "Sept. 2".
     */
    static Months months(RuleTable t) {
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> stems = new LinkedHashSet<>();
        List<String> seen = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (RuleTable.Row r : t.rows()) {
            String spelling = r.require("spelling");
            if (!spelling.matches("\\p{L}{3,}")) {
                throw new IllegalStateException(r.where() + ": a spelling is three letters or more");
            }
            for (String s : seen) {
                if (spelling.startsWith(s)) {
                    throw new IllegalStateException(r.where() + ": '" + spelling + "' must come before '" + s + "'");
                }
            }
            seen.add(spelling);
            int month;
            try {
                month = Integer.parseInt(r.require("month"));
            } catch (NumberFormatException e) {
                month = 0;
            }
            if (month < 1 || month > 12) throw new IllegalStateException(r.where() + ": month must be 1-12");
            String form = r.require("form");
            if (!form.equals("full") && !form.equals("short")) {
                throw new IllegalStateException(r.where() + ": form must be 'full' or 'short'");
            }
            numbers.put(spelling.toLowerCase(Locale.ROOT), month);
            stems.add(spelling.substring(0, 3));
            alternatives.add(form.equals("short") ? spelling + "\\.?" : spelling);
        }
        return new Months(String.join("|", alternatives), Map.copyOf(numbers), Set.copyOf(stems));
    }

    private static String weekdayAlternatives(RuleTable t) {
        List<String> alternatives = new ArrayList<>();
        for (RuleTable.Row r : t.rows()) {
            String spelling = r.require("spelling");
            if (!spelling.contains("day")) throw new IllegalStateException(r.where() + ": a weekday contains 'day'");
            WEEKDAYS.put(spelling, DayOfWeek.valueOf(r.require("day").toUpperCase(Locale.ROOT)));
            alternatives.add(spelling);
        }
        return String.join("|", alternatives);
    }

    /** The patterns of the rows whose {@code column} is {@code value}, as alternatives in table order. */
    private static String words(RuleTable t, String value, String column) {
        List<RuleTable.Row> rows = t.where(column, value);
        if (rows.isEmpty()) throw new IllegalStateException(t.source() + ": no row with " + column + " " + value);
        return String.join("|", rows.stream().map(r -> r.require("pattern")).toList());
    }

    private static String words(RuleTable t, String use) {
        return words(t, use, "use");
    }

    /** All date expressions in {@code text}, in order, resolved against {@code published} (which may be null). */
    public List<DateMention> find(String text, LocalDate published) {
        return find(text, published, text.toLowerCase(Locale.ROOT));
    }

    /** {@link #find(String, LocalDate)} with the text lower-cased (Locale.ROOT) by the caller. */
    public List<DateMention> find(String text, LocalDate published, String low) {
        List<DateMention> out = new ArrayList<>();
        // Cheap necessary conditions first: most sentences hold no date, and each pattern is a scan of the sentence.
        boolean digit = hasDigit(text);
        boolean monthName = hasMonth(text);
        if (!digit && !monthName && published == null) return out;
        for (Rule rule : Rule.values()) read(rule, text, low, published, digit, monthName, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Adds the mentions {@code rule} finds that no earlier one overlaps. */
    private static void read(Rule rule, String text, String low, LocalDate published, boolean digit, boolean monthName,
                             List<DateMention> out) {
        Matcher m;
        switch (rule) {
            case ISO -> {
                m = ISO.matcher(digit && text.indexOf('-') >= 0 ? text : "");
                while (m.find()) {
                    try {
                        add(out, m, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3))).toString(), false);
                    } catch (RuntimeException ignored) {
                        // not a real date
                    }
                }
            }
            case DAY_MONTH -> {
                m = DAY_MONTH.matcher(digit && monthName ? text : "");
                while (m.find()) dayMonth(out, m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), published);
            }
            case MONTH_DAY -> {
                m = MONTH_DAY.matcher(digit && monthName ? text : "");
                while (m.find()) dayMonth(out, m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), published);
            }
            case MONTH_ONLY -> {
                m = MONTH_ONLY.matcher(monthName ? text : "");
                while (m.find()) {
                    String month = m.group(1) != null ? m.group(1) : m.group(3);
                    String year = m.group(1) != null ? m.group(2) : m.group(4);
                    Integer mo = month(month);
                    if (mo == null) continue;
                    Integer y = year != null ? Integer.valueOf(year) : latestYearOf(mo, published);
                    if (y != null) add(out, m, YearMonth.of(y, mo).toString(), year == null);
                }
            }
            case YEAR -> {
                m = YEAR.matcher(digit ? text : "");
                while (m.find()) add(out, m, m.group(1) != null ? m.group(1) : m.group(2), false);
            }
            case YEARS_AGO -> {
                if (published == null || !low.contains("year") && !low.contains("decade")) return;
                m = YEARS_AGO.matcher(text);
                while (m.find()) {
                    int years = count(m.group("n")) * Integer.parseInt(span("unit", m, "u"));
                    if (years < 1 || years > 200) continue;
                    boolean day = m.group("t") != null
                            || span("relation", text, m.start("r"), m.end("r")).equals("day");
                    LocalDate then = published.minusYears(years);
                    add(out, m, day ? then.toString() : String.valueOf(then.getYear()), true, true);
                }
            }
            case WEEKDAY -> {
                if (published == null) return;
                m = ON_WEEKDAY.matcher(text.contains("day") ? text : "");
                while (m.find()) {
                    if (dateFollows(text, m.end())) continue;   // "on Saturday, October 12, 2002": that date's day
                    DayOfWeek dow = WEEKDAYS.get(m.group(1) != null ? m.group(1) : m.group(2));
                    add(out, m, published.with(TemporalAdjusters.previousOrSame(dow)).toString(), true);
                }
            }
            default -> {
                if (published == null) return;
                Alternatives.WordList words = RELATIVE.get(rule);
                boolean maybe = words.stems() == null || Alternatives.containsAny(low, words.stems());
                m = words.pattern().matcher(maybe ? text : "");
                while (m.find()) {
                    switch (rule) {
                        case TODAY -> add(out, m, published.toString(), true);
                        case YESTERDAY -> add(out, m, published.minusDays(1).toString(), true);
                        case LAST_WEEK -> add(out, m, YearMonth.from(published.minusDays(7)).toString(), true, true);
                        case LAST_YEAR -> add(out, m, String.valueOf(published.getYear() - 1), true, true);
                        default -> throw new IllegalStateException("not a relative rule: " + rule);
                    }
                }
            }
        }
    }

    /**
     * Whether {@code d}, found in {@code sentence}, is a day and month or a month named without its year ("on 13
     * November", "in July"), which is read as the latest before publication.
     */
    public static boolean yearless(String sentence, DateMention d) {
        String words = sentence.substring(d.start(), d.end());
        if (YEAR_DIGITS.matcher(words).find()) return false;
        return DAY_MONTH.matcher(words).find() || MONTH_DAY.matcher(words).find() || MONTH_ONLY.matcher(words).find();
    }

    private static final Pattern YEAR_DIGITS = Pattern.compile("\\b\\d{4}\\b");

    /** A day and month right after {@code at}, perhaps after a comma ("Saturday, October 12", "Sunday 8 May"). */
    private static boolean dateFollows(String text, int at) {
        int i = at;
        if (i < text.length() && text.charAt(i) == ',') i++;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i == at || i >= text.length()) return false;
        return DAY_MONTH.matcher(text).region(i, text.length()).lookingAt()
                || MONTH_DAY.matcher(text).region(i, text.length()).lookingAt();
    }

    /** The value years-ago.tsv gives the words of group {@code g} of {@code m}: the first row that reads them whole. */
    private static String span(String use, Matcher m, String g) {
        return span(use, m.group(g), 0, m.group(g).length());
    }

    private static String span(String use, String text, int start, int end) {
        for (Map.Entry<Pattern, String> e : SPANS.get(use)) {
            Matcher x = e.getKey().matcher(text).region(start, text.length()).useTransparentBounds(true);
            if (x.lookingAt() && x.end() == end) return e.getValue();
        }
        throw new IllegalStateException("years-ago.tsv: no " + use + " for '" + text.substring(start, end) + "'");
    }

    /** "12", "ten", "twenty-five", "a": the count of a span. */
    private static int count(String n) {
        if (n.chars().allMatch(Character::isDigit)) return Integer.parseInt(n);
        int sum = 0;
        for (String part : n.split("[- ]")) sum += Integer.parseInt(span("count", part, 0, part.length()));
        return sum;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

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
