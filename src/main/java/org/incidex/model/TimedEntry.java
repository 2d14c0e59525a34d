package org.incidex.model;

/**
 * One timestamped entry of a live blog.
 *
 * @param published ISO-8601 date-time (or date) of the entry
 * @param start     offset of the entry's first words in the article's cleaned text, or -1 when the cleaner did not
 *                  keep them
 * @param headline  the entry's heading, or the start of its text
 */
public record TimedEntry(String published, int start, String headline) {
}
