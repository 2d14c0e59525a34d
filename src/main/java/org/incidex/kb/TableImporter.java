package org.incidex.kb;

import org.incidex.extract.group.GroupLexicon;
import org.incidex.extract.eval.Csv;
import org.incidex.extract.eval.Gold;
import org.incidex.extract.gazetteer.City;
import org.incidex.extract.gazetteer.Country;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;
import org.incidex.model.Article;
import org.incidex.model.DocumentFailure;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.FailureReason;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.Place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads structured incident tables into knowledge-base sources with their coded values (no extraction): each row
 * becomes an {@link ExtractedArticle} whose one incident is the row, whose text is the row's summary, and whose id is
 * the row's identity, so the same row imported twice is one source and articles about the same attack merge onto it.
 *
 * <ul>
 * <li>{@code gtd:FILE.csv} — GTD codebook columns (eventid, iyear, imonth, iday, country_txt, region_txt, provstate,
 * city, latitude, longitude, attacktype1_txt, targtype1_txt, gname, nkill, nwound, nhostkid, summary, and claimed
 * when present); any but eventid and iyear may be missing. GTD conventions: imonth/iday 0 = unknown (the date is then
 * "YYYY-MM" or "YYYY"), a blank or negative figure = unknown, city and gname "Unknown" = none. Identity: the
 * eventid.</li>
 * <li>{@code wikipedia-list:FILE.csv} — Wikipedia's incident-list layout (Date, Type, Dead "14 (+1)", Injured,
 * Location "Place, Country", Details, Perpetrator "X (suspected)"), read as the extraction evaluation reads it
 * ({@link Gold}); a day range ("20–21 January 2018") is dated by its first day; figures in words are unknown.
 * Identity: a hash of the file name, date, location and details.</li>
 * </ul>
 * A row that cannot be read is a {@link FailureReason#BAD_ROW} failure naming the file, the line and the column; the
 * other rows are imported. Thread-safe: the gazetteer and group list are.
 */
public final class TableImporter {
    /** Prefix of a GTD-format source argument. */
    public static final String GTD = "gtd:";
    /** Prefix of a Wikipedia incident-list source argument. */
    public static final String WIKIPEDIA_LIST = "wikipedia-list:";
    /** A coded table's row is an attack by its coders' judgement: full confidence. */
    private static final Double CODED = 1.0;

    private static final Pattern LEADING_DAY = Pattern.compile("^\\s*(\\d{1,2})\\b");
    private static final Pattern DAY_RANGE = Pattern.compile("^\\s*(\\d{1,2})\\s*[-–]\\s*\\d{1,2}\\s+");
    private static final Pattern PLUS = Pattern.compile("\\(\\s*\\+\\s*(\\d+)\\s*\\)");
    private static final Pattern QUALIFIER = Pattern.compile("\\((?i:suspected|alleged|presumed|disputed|unconfirmed)\\)");

    /** The rows read and the rows (or whole files) that could not be. */
    public record Result(List<ExtractedArticle> rows, List<DocumentFailure> failures) {
        public Result {
            rows = List.copyOf(rows);
            failures = List.copyOf(failures);
        }
    }

    private final Gazetteer gazetteer;
    private final GroupLexicon groups;

    public TableImporter(Gazetteer gazetteer, GroupLexicon groups) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    public static TableImporter createDefault() {
        return new TableImporter(Gazetteer.shared(), GroupLexicon.shared());
    }

    /** Reads {@code file} in the format its prefix names ({@link #GTD} or {@link #WIKIPEDIA_LIST}). */
    public Result read(String format, Path file, String source) {
        List<List<String>> rows;
        try {
            rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return fail(source, FailureReason.UNREADABLE, "cannot read " + file + ": " + e.getMessage());
        }
        if (rows.isEmpty()) return fail(source, FailureReason.EMPTY, "no header row");
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) col.putIfAbsent(rows.get(0).get(i).strip().toLowerCase(Locale.ROOT), i);
        List<String> required = GTD.equals(format) ? List.of("eventid", "iyear")
                : List.of("date", "location", "details");
        for (String need : required) {
            if (!col.containsKey(need)) return fail(source, FailureReason.BAD_ROW, "no '" + need + "' column in the header");
        }
        List<ExtractedArticle> out = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        String fileName = file.getFileName().toString();
        for (int r = 1; r < rows.size(); r++) {
            Row row = new Row(rows.get(r), col);
            String at = source + " line " + (r + 1);
            try {
                out.add(GTD.equals(format) ? gtd(row, source) : listRow(row, fileName, source, r + 1));
            } catch (BadRow e) {
                String id = GTD.equals(format) && !row.get("eventid").isEmpty() ? " (eventid " + row.get("eventid") + ")" : "";
                failures.add(new DocumentFailure(at + id, FailureReason.BAD_ROW, e.getMessage()));
            }
        }
        return new Result(out, failures);
    }

    private ExtractedArticle gtd(Row row, String source) throws BadRow {
        String eventid = row.get("eventid");
        if (!eventid.matches("\\d{1,20}")) throw new BadRow("eventid '" + eventid + "' is not a number");
        int year = row.integer("iyear", 1900, 2100);
        Integer month = row.has("imonth") ? row.integer("imonth", 0, 12) : 0;
        Integer day = row.has("iday") ? row.integer("iday", 0, 31) : 0;
        String date;
        try {
            date = month == 0 ? String.valueOf(year) : day == 0 ? String.format("%04d-%02d", year, month)
                    : LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            throw new BadRow("no such date: " + year + "-" + month + "-" + day);
        }
        Double lat = row.decimal("latitude", -90, 90);
        Double lon = row.decimal("longitude", -180, 180);
        Place place = place(unknownToNull(row.get("city")), unknownToNull(row.get("provstate")),
                unknownToNull(row.get("country_txt")), lat, lon);
        List<GroupRef> gs = new ArrayList<>();
        String gname = unknownToNull(row.get("gname"));
        if (gname != null) gs.add(group(gname, "1".equals(row.get("claimed")) ? GroupRole.CLAIMED : GroupRole.BLAMED));
        Incident inc = new Incident(date, place, gs, row.figure("nkill"), row.figure("nwound"), row.figure("nhostkid"),
                null, listOf(unknownToNull(row.get("attacktype1_txt"))), listOf(unknownToNull(row.get("targtype1_txt"))),
                List.of(), CODED);
        String summary = row.get("summary");
        Article a = new Article("gtd-" + eventid, source + "#" + eventid, Summaries.title(inc), null, "GTD", "en", null,
                null, summary.isEmpty() ? Summaries.summary(inc) : summary);
        return new ExtractedArticle(a, List.of(inc));
    }

    private ExtractedArticle listRow(Row row, String fileName, String source, int line) throws BadRow {
        // "20–21 January 2018": an attack over several days is dated by its first day.
        String dateText = DAY_RANGE.matcher(row.get("date")).replaceFirst("$1 ");
        Gold g = Gold.of(line, dateText, row.get("type"), row.get("dead"), row.get("injured"),
                row.get("location"), row.get("details"), row.get("perpetrator"));
        Matcher day = LEADING_DAY.matcher(dateText);
        if (g.date() == null || !day.find() || Integer.parseInt(day.group(1)) != g.date().getDayOfMonth()) {
            // (the last check: "31 February" would otherwise be read leniently as 28 February)
            throw new BadRow("Date '" + row.get("date") + "' is not a date like '1 January 2018'");
        }
        if (g.country() == null) throw new BadRow("Location is empty");
        // A Dead or Injured in words ("Unknown", "Several") is an unknown figure, as the extraction evaluation reads it.
        Matcher plus = PLUS.matcher(row.get("dead"));
        Integer attackersKilled = plus.find() ? Integer.valueOf(plus.group(1)) : null;
        List<GroupRef> gs = new ArrayList<>();
        if (g.perpetrator() != null) {
            boolean suspected = QUALIFIER.matcher(row.get("perpetrator")).find();
            gs.add(group(g.perpetrator(), suspected ? GroupRole.SUSPECTED : GroupRole.BLAMED));
        }
        Place place = place(g.place(), null, g.country(), null, null);
        Incident inc = new Incident(g.date().toString(), place, gs, g.dead(), g.injured(), null, attackersKilled,
                new ArrayList<>(g.attackTypes()), List.of(), List.of(), CODED);
        String identity = fileName + "|" + g.date() + "|" + row.get("location").strip() + "|" + g.details();
        String id = "wl-" + ArticleProcessor.sha256(identity).substring(0, 16);
        Article a = new Article(id, source + "#line-" + line, Summaries.title(inc), null, "Wikipedia incident list", "en",
                null, null, g.details());
        return new ExtractedArticle(a, List.of(inc));
    }

    /**
     * The table an imported row came from ("gtd" for every GTD file: eventids are global; the file for a list), or
     * null for an article.
     */
    static String table(Article a) {
        if (a.id().startsWith("gtd-") && a.source().startsWith(GTD)) return "gtd";
        int hash = a.source().lastIndexOf("#line-");
        return a.id().startsWith("wl-") && a.source().startsWith(WIKIPEDIA_LIST) && hash > 0 ? a.source().substring(0, hash) : null;
    }

    /** Gazetteer spellings (so articles about the same place merge), the table's own when the gazetteer lacks them. */
    Place place(String city, String region, String country, Double lat, Double lon) {
        Country c = country == null ? null : gazetteer.country(country).orElse(null);
        String code = c == null ? null : c.code2();
        String countryName = c == null ? country : c.name();
        String cityName = city;
        String regionName = region;
        if (city != null) {
            List<City> cities = gazetteer.cities(city).stream().filter(x -> code == null || code.equals(x.countryCode())).toList();
            if (!cities.isEmpty()) {
                City best = cities.get(0);
                cityName = best.name();
                if (regionName == null) regionName = best.region();
                if (lat == null || lon == null) {
                    lat = best.lat();
                    lon = best.lon();
                }
            } else if (region == null) {
                // "Maguindanao, Philippines": the list's place is often a region.
                List<Region> regions = gazetteer.regions(city).stream().filter(x -> code == null || code.equals(x.countryCode())).toList();
                if (!regions.isEmpty()) {
                    cityName = null;
                    regionName = regions.get(0).name();
                    if (lat == null || lon == null) {
                        lat = regions.get(0).lat();
                        lon = regions.get(0).lon();
                    }
                }
            }
        }
        if (regionName != null && region != null) {
            List<Region> regions = gazetteer.regions(region).stream().filter(x -> code == null || code.equals(x.countryCode())).toList();
            if (!regions.isEmpty()) regionName = regions.get(0).name();
        }
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
        return new Place(cityName, regionName, countryName, code, lat, lon);
    }

    private GroupRef group(String name, GroupRole role) {
        return groups.find(name).map(g -> new GroupRef(g.name(), role, true)).orElse(new GroupRef(name, role, false));
    }

    private static String unknownToNull(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() || t.equalsIgnoreCase("unknown") ? null : t;
    }

    private static List<String> listOf(String s) {
        return s == null ? List.of() : List.of(s);
    }

    private static Result fail(String source, FailureReason reason, String detail) {
        return new Result(List.of(), List.of(new DocumentFailure(source, reason, detail)));
    }

    /** A row that cannot be read; the message names the column. */
    private static final class BadRow extends Exception {
        BadRow(String message) {
            super(message);
        }
    }

    /** Cells by lower-case column name; a missing column reads as blank. */
    private record Row(List<String> cells, Map<String, Integer> col) {
        boolean has(String name) {
            return col.containsKey(name) && !get(name).isEmpty();
        }

        String get(String name) {
            Integer i = col.get(name);
            return i == null || i >= cells.size() ? "" : cells.get(i).strip();
        }

        int integer(String name, int min, int max) throws BadRow {
            String v = get(name);
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) throw new BadRow(name + " " + n + " is outside " + min + ".." + max);
                return n;
            } catch (NumberFormatException e) {
                throw new BadRow(name + " '" + v + "' is not a whole number");
            }
        }

        /** Blank or negative (GTD's -99 "unknown") → null; "3.0" → 3. */
        Integer figure(String name) throws BadRow {
            String v = get(name);
            if (v.isEmpty()) return null;
            try {
                double d = Double.parseDouble(v);
                if (d < 0) return null;
                if (d != Math.rint(d) || d > Integer.MAX_VALUE) throw new BadRow(name + " '" + v + "' is not a whole number");
                return (int) d;
            } catch (NumberFormatException e) {
                throw new BadRow(name + " '" + v + "' is not a number");
            }
        }

        Double decimal(String name, double min, double max) throws BadRow {
            String v = get(name);
            if (v.isEmpty()) return null;
            try {
                double d = Double.parseDouble(v);
                if (!(d >= min && d <= max)) throw new BadRow(name + " " + v + " is outside " + min + ".." + max);
                return d;
            } catch (NumberFormatException e) {
                throw new BadRow(name + " '" + v + "' is not a number");
            }
        }
    }
}
