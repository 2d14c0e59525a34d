package org.incidex.testing;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes; anything else fails. */
public final class Csv {
    private Csv() {}

    public static List<List<String>> parse(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') quoted = false;
                else cell.append(c);
                i++;
            } else if (c == '"') {
                if (!cell.isEmpty()) throw new IllegalArgumentException("quote inside an unquoted cell at " + i);
                quoted = true;
                i++;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') throw new IllegalArgumentException("bare CR at " + i);
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("bare LF at " + i);
            } else {
                cell.append(c);
                i++;
            }
        }
        if (quoted) throw new IllegalArgumentException("unterminated quote");
        if (!cell.isEmpty() || !row.isEmpty()) throw new IllegalArgumentException("last record lacks CRLF");
        for (List<String> r : rows) {
            if (r.size() != rows.getFirst().size()) throw new IllegalArgumentException("ragged row " + r);
        }
        return rows;
    }
}
