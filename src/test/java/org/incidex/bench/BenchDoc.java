package org.incidex.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One page of the benchmark corpus: its HTML file and the facts the generator wrote into it. Systems that do no
 * extraction (the bare Lucene limit, SQLite, PostgreSQL) index these facts as columns beside the page's text, so every
 * system answers the same faceted queries; Incidex reads only the file.
 *
 * @param id         unique, file-name safe
 * @param file       the HTML page
 * @param date       the attack day, ISO yyyy-MM-dd
 * @param year       the attack's year (a facet)
 * @param country    facet
 * @param city       facet
 * @param groups     facet, multi-valued (may be empty)
 * @param attackType facet
 * @param target     target type, facet
 * @param killed     killed, or null when the page gives none
 */
public record BenchDoc(String id, Path file, String date, int year, String country, String city, List<String> groups,
                       String attackType, String target, Integer killed) {
    /** The six facet dimensions every system counts, in this order. */
    public static final List<String> DIMENSIONS = List.of("country", "city", "group", "year", "attackType", "target");
}
