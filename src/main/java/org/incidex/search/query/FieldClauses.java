package org.incidex.search.query;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.index.Fields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code field:value} clauses: facet fields match their exact keyword values, found case- and accent-insensitively
 * among the values the index holds ("city:sevare" → Sévaré), with aliases resolved ("group:daesh" → Islamic State,
 * "country:malian" → Mali); numeric fields take a number or a range ({@code killed:[10 TO *]}); {@code date} takes a
 * day, month or year, or a range of them. One instance per query (it reads the query's index reader); not shared.
 */
final class FieldClauses {
    /** Query-language field → facet dimension. "type" is the short name analysts use for the attack type. */
    static final Map<String, String> FACET_FIELDS = facetFields();
    /** Query-language field → int point field. */
    static final Map<String, String> NUMBER_FIELDS = Map.of("killed", Fields.KILLED, "injured", Fields.INJURED,
            "hostages", Fields.HOSTAGES);
    static final String DATE = "date";
    /** Every field name, for error messages. */
    static final List<String> NAMES = names();

    private final IndexReader reader;
    private final FacetsConfig facetsConfig;
    private final Synonyms synonyms;
    private final TextClauses text;

    FieldClauses(IndexReader reader, FacetsConfig facetsConfig, Synonyms synonyms, TextClauses text) {
        this.reader = reader;
        this.facetsConfig = facetsConfig;
        this.synonyms = synonyms;
        this.text = text;
    }

    private static Map<String, String> facetFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("group", Fields.GROUP);
        m.put("country", Fields.COUNTRY);
        m.put("region", Fields.REGION);
        m.put("city", Fields.CITY);
        m.put("type", Fields.ATTACK_TYPE);
        m.put("attacktype", Fields.ATTACK_TYPE);
        m.put("target", Fields.TARGET);
        m.put("year", Fields.YEAR);
        return Map.copyOf(m);
    }

    private static List<String> names() {
        return List.of("group", "country", "region", "city", "type", "target", "year", "killed", "injured", "hostages",
                "date");
    }

    static boolean known(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return FACET_FIELDS.containsKey(f) || NUMBER_FIELDS.containsKey(f) || f.equals(DATE);
    }

    /** {@code field:value}; {@code col} is where the field starts, for error messages. */
    Query value(String field, String value, int col) {
        String f = field.toLowerCase(Locale.ROOT);
        if (NUMBER_FIELDS.containsKey(f)) {
            int n = number(f, value, col);
            return IntPoint.newExactQuery(NUMBER_FIELDS.get(f), n);
        }
        if (f.equals(DATE)) return dates(f, value, value, true, true, col);
        if (f.equals("year") && !value.matches("\\d{4}")) {
            throw QuerySyntax.error("year:" + value + " is not a four-digit year", col);
        }
        return facetValues(FACET_FIELDS.get(f), value);
    }

    /** {@code field:[lo TO hi]}; {@code *} leaves a side open; braces exclude the bound. */
    Query range(String field, String lo, String hi, boolean loIncl, boolean hiIncl, int col) {
        String f = field.toLowerCase(Locale.ROOT);
        if (NUMBER_FIELDS.containsKey(f)) {
            long a = lo.equals("*") ? 0 : number(f, lo, col) + (loIncl ? 0 : 1);
            long b = hi.equals("*") ? Integer.MAX_VALUE : number(f, hi, col) - (hiIncl ? 0 : 1);
            if (a > b) throw QuerySyntax.error(f + ":[" + lo + " TO " + hi + "] is an empty range", col);
            return IntPoint.newRangeQuery(NUMBER_FIELDS.get(f), (int) a, (int) b);
        }
        if (f.equals(DATE) || f.equals("year")) {
            if (f.equals("year")) {
                for (String y : List.of(lo, hi)) {
                    if (!y.equals("*") && !y.matches("\\d{4}")) {
                        throw QuerySyntax.error("year range bound '" + y + "' is not a four-digit year", col);
                    }
                }
            }
            return dates(f, lo, hi, loIncl, hiIncl, col);
        }
        throw QuerySyntax.error(field + ": takes a value, not a range (ranges are for killed, injured, hostages, "
                + "date and year)", col);
    }

    private static int number(String field, String value, int col) {
        if (!value.matches("\\d{1,9}")) {
            throw QuerySyntax.error(field + ":" + value + " is not a whole number >= 0", col);
        }
        return Integer.parseInt(value);
    }

    /** Days from {@code lo}'s first day to {@code hi}'s last; a bound may be a year, a month or a day. */
    private static Query dates(String field, String lo, String hi, boolean loIncl, boolean hiIncl, int col) {
        long a = lo.equals("*") ? Long.MIN_VALUE : firstDay(field, lo, col) + (loIncl ? 0 : 1);
        long b = hi.equals("*") ? Long.MAX_VALUE : lastDay(field, hi, col) - (hiIncl ? 0 : 1);
        if (a > b) throw QuerySyntax.error(field + ":[" + lo + " TO " + hi + "] is an empty range", col);
        return LongPoint.newRangeQuery(Fields.DATE_DAY, a, b);
    }

    private static long firstDay(String field, String s, int col) {
        try {
            return switch (s.length()) {
                case 4 -> LocalDate.of(year(field, s, col), 1, 1).toEpochDay();
                case 7 -> YearMonth.parse(s).atDay(1).toEpochDay();
                case 10 -> LocalDate.parse(s).toEpochDay();
                default -> throw badDate(field, s, col);
            };
        } catch (DateTimeParseException e) {
            throw badDate(field, s, col);
        }
    }

    private static long lastDay(String field, String s, int col) {
        try {
            return switch (s.length()) {
                case 4 -> LocalDate.of(year(field, s, col), 12, 31).toEpochDay();
                case 7 -> YearMonth.parse(s).atEndOfMonth().toEpochDay();
                case 10 -> LocalDate.parse(s).toEpochDay();
                default -> throw badDate(field, s, col);
            };
        } catch (DateTimeParseException e) {
            throw badDate(field, s, col);
        }
    }

    private static int year(String field, String s, int col) {
        if (!s.matches("\\d{4}")) throw badDate(field, s, col);
        return Integer.parseInt(s);
    }

    private static RuntimeException badDate(String field, String s, int col) {
        return QuerySyntax.error(field + ": '" + s + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", col);
    }

    /**
     * The facet values of {@code dim} that {@code value} names: a resolved alias (groups, countries), and every
     * value held in the index that equals it ignoring case and accents; for attack and target types also values
     * that contain it as whole words ("type:bombing" → Bombing/Explosion). No match → matches nothing.
     */
    private Query facetValues(String dim, String value) {
        Set<String> wanted = new LinkedHashSet<>();
        String key = Gazetteer.normalize(value);
        wanted.add(key);
        if (dim.equals(Fields.GROUP)) synonyms.groupValue(value).ifPresent(c -> wanted.add(Gazetteer.normalize(c.value())));
        if (dim.equals(Fields.COUNTRY)) synonyms.countryValue(value).ifPresent(c -> wanted.add(Gazetteer.normalize(c.value())));
        boolean words = dim.equals(Fields.ATTACK_TYPE) || dim.equals(Fields.TARGET);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String v : indexedValues(dim)) {
            String k = Gazetteer.normalize(v);
            if (wanted.contains(k) || (words && !key.isEmpty() && (" " + k + " ").contains(" " + key + " "))) {
                b.add(text.facet(dim, v), BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? new MatchNoDocsQuery(dim + " has no value '" + value + "'") : b.build();
    }

    /** Every value of {@code dim} in the index: its drill-down terms, read in term order. */
    private List<String> indexedValues(String dim) {
        String field = facetsConfig.getDimConfig(dim).indexFieldName;
        String marker = DrillDownQuery.term(field, dim, "\u0000").text();
        String prefix = marker.substring(0, marker.length() - 1);
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) return List.of();
            TermsEnum te = terms.iterator();
            if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return List.of();
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            for (BytesRef t = te.term(); t != null; t = te.next()) {
                String s = t.utf8ToString();
                if (!s.startsWith(prefix)) break;
                String v = s.substring(prefix.length());
                if (!v.isEmpty() && v.indexOf('\u001f') < 0) out.add(v);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the values of " + dim, e);
        }
    }
}
