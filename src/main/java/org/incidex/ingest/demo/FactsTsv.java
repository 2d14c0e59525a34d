package org.incidex.ingest.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads and validates the facts table. Stateless; see {@link DemoCorpus#parseFacts}. */
final class FactsTsv {

    /** The exact header line, tab-separated. */
    static final String HEADER = String.join("\t", "id", "date", "city", "region", "country", "country_code",
            "groups", "group_role", "killed", "injured", "hostages", "attack_type", "target_type", "target", "name");

    private static final int COLUMNS = 15;

    private FactsTsv() {
    }

    static List<Fact> parse(Reader tsv, String sourceName) {
        Objects.requireNonNull(tsv, "tsv");
        Objects.requireNonNull(sourceName, "sourceName");
        List<Fact> facts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        BufferedReader in = tsv instanceof BufferedReader b ? b : new BufferedReader(tsv);
        try {
            String header = in.readLine();
            if (header != null && header.startsWith("\uFEFF")) header = header.substring(1);
            if (header == null) throw error(sourceName, 1, "empty file, expected the header line");
            if (!HEADER.equals(stripCr(header))) {
                throw error(sourceName, 1, "header must be exactly '" + HEADER.replace("\t", "\\t") + "'");
            }
            int lineNo = 1;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                line = stripCr(line);
                if (line.isBlank()) continue;
                Fact fact = parseRow(line, sourceName, lineNo);
                Integer first = seen.putIfAbsent(fact.id(), lineNo);
                if (first != null) {
                    throw error(sourceName, lineNo, "duplicate id '" + fact.id() + "' (first on line " + first + ")");
                }
                facts.add(fact);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot read facts", e);
        }
        return List.copyOf(facts);
    }

    /** The fact as a table row (no line end); {@code parse} reads it back to an equal fact. */
    static String row(Fact f) {
        return String.join("\t", f.id(), f.date().toString(), f.city(), nz(f.region()), f.country(), f.countryCode(),
                String.join(";", f.groups()), nz(f.groupRole()), nz(f.killed()), nz(f.injured()), nz(f.hostages()),
                f.attackType(), nz(f.targetType()), nz(f.target()), f.name());
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Fact parseRow(String line, String source, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw error(source, lineNo, "expected " + COLUMNS + " tab-separated columns, found " + f.length);
        }
        try {
            return new Fact(f[0], date(f[1]), f[2], f[3], f[4], f[5], groups(f[6]), f[7],
                    count(f[8], "killed"), count(f[9], "injured"), count(f[10], "hostages"),
                    f[11], f[12], f[13], f[14]);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(source, lineNo, e.getMessage());
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + s + "' is not YYYY-MM-DD");
        }
    }

    private static List<String> groups(String s) {
        if (s.isBlank()) return List.of();
        return Arrays.stream(s.split(";")).map(String::strip).toList();
    }

    private static Integer count(String s, String field) {
        String v = s.strip();
        if (v.isEmpty()) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + s + "' is not a whole number");
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static IllegalArgumentException error(String source, int line, String message) {
        return new IllegalArgumentException(source + ":" + line + ": " + message);
    }
}
