package org.incidex.extract;

import org.incidex.extract.text.Sentence;
import org.incidex.model.TimedEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A live blog's entries as time runs: each sentence's day is its entry's ("this morning" in an entry of the 26th is
 * the 26th, whatever day the page was last updated), and a blog written newest first is read oldest first, so that
 * the latest toll is the one that stands ("Afghan death toll rises to at least 169" above "Early accounts: at least
 * 13 dead"). An article without located entries reads as written. Immutable.
 */
final class Timeline {
    private static final Timeline NONE = new Timeline(List.of());

    /** Located entries in text order. */
    private final List<TimedEntry> entries;

    private Timeline(List<TimedEntry> entries) {
        this.entries = entries;
    }

    static Timeline of(List<TimedEntry> entries) {
        List<TimedEntry> located = new ArrayList<>();
        for (TimedEntry e : entries) {
            if (e.start() >= 0 && e.published() != null && e.published().length() >= 10) located.add(e);
        }
        if (located.size() < 2) return NONE;
        located.sort(Comparator.comparingInt(TimedEntry::start));
        return new Timeline(List.copyOf(located));
    }

    /** The day of the entry {@code s} belongs to, or {@code published} outside any entry. */
    LocalDate dayOf(Sentence s, LocalDate published) {
        TimedEntry e = entryOf(s);
        if (e == null) return published;
        LocalDate day = IncidentExtractor.publishedDay(e.published());
        return day == null ? published : day;
    }

    /** The sentences oldest entry first when the blog runs newest first (what comes before the entries first). */
    List<Sentence> chronological(List<Sentence> sentences) {
        if (!newestFirst()) return sentences;
        List<Sentence> before = new ArrayList<>();
        List<List<Sentence>> blocks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) blocks.add(new ArrayList<>());
        for (Sentence s : sentences) {
            int k = indexOf(s);
            if (k < 0) before.add(s);
            else blocks.get(k).add(s);
        }
        List<Sentence> out = new ArrayList<>(before);
        for (int k = blocks.size() - 1; k >= 0; k--) out.addAll(blocks.get(k));
        return out;
    }

    /** Times that never rise from one entry to the next, and fall at least once. */
    private boolean newestFirst() {
        boolean fell = false;
        for (int i = 1; i < entries.size(); i++) {
            int c = entries.get(i).published().compareTo(entries.get(i - 1).published());
            if (c > 0) return false;
            if (c < 0) fell = true;
        }
        return fell;
    }

    private TimedEntry entryOf(Sentence s) {
        int k = indexOf(s);
        return k < 0 ? null : entries.get(k);
    }

    /** The last entry that starts at or before the sentence, or -1. */
    private int indexOf(Sentence s) {
        int k = -1;
        for (int i = 0; i < entries.size() && entries.get(i).start() <= s.start(); i++) k = i;
        return k;
    }
}
