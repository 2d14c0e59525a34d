package org.incidex.extract.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of many word lists may match a text, in one pass over its word starts: every list's literal stems ({@link
 * Alternatives.WordList#stems()}) are indexed by their first one to three letters, and each word start of the text is
 * checked against the stems that begin like it. A list none of whose stems begins a word of the text cannot match
 * (its pattern begins every alternative with a word boundary and the stem). Replaces one {@code indexOf} per stem and
 * list per text. A list without stems is always reported. Immutable, thread-safe.
 */
public final class StemIndex {
    private static final int KEY = 3;

    /** A stem and the list it belongs to. */
    private record Entry(String stem, int list) {}

    private final Map<String, Entry[]> byPrefix = new HashMap<>();
    /** The same entries for stems whose first two letters are ASCII a-z, by those letters (26 × 26 buckets); the
     *  stems of one letter by it (the last 26 buckets): no string is built for most word starts. */
    private final Entry[][] ascii = new Entry[26 * 26 + 26][];
    private final BitSet always = new BitSet();
    private final int size;
    /** Every stem that begins with an ASCII letter is in {@link #ascii} (else word starts use the string look-up). */
    private boolean allAscii = true;

    private StemIndex(List<Alternatives.WordList> lists) {
        this.size = lists.size();
        Map<String, List<Entry>> build = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            String[] stems = lists.get(i).stems();
            if (stems == null) {
                always.set(i);
                continue;
            }
            for (String s : stems) {
                build.computeIfAbsent(s.substring(0, Math.min(KEY, s.length())), k -> new ArrayList<>())
                        .add(new Entry(s, i));
            }
        }
        build.forEach((k, v) -> byPrefix.put(k, v.toArray(Entry[]::new)));
        Map<Integer, List<Entry>> fast = new HashMap<>();
        for (List<Entry> v : build.values()) {
            for (Entry e : v) {
                int slot = slot(e.stem(), 0);
                if (slot >= 0) fast.computeIfAbsent(slot, k -> new ArrayList<>()).add(e);
                else if (e.stem().charAt(0) >= 'a' && e.stem().charAt(0) <= 'z') allAscii = false;
            }
        }
        fast.forEach((k, v) -> ascii[k] = v.toArray(Entry[]::new));
    }

    /** The ASCII bucket of the word starting at {@code i}: its first two letters, or its one letter; -1 otherwise. */
    private static int slot(String s, int i) {
        char a = s.charAt(i);
        if (a < 'a' || a > 'z') return -1;
        if (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1))) return 26 * 26 + (a - 'a');
        char b = s.charAt(i + 1);
        if (b < 'a' || b > 'z') return -1;
        return (a - 'a') * 26 + (b - 'a');
    }

    /** An index over {@code lists}; {@link #present} numbers them in this order. */
    public static StemIndex of(List<Alternatives.WordList> lists) {
        return new StemIndex(lists);
    }

    /** The lists (by position) that may match the text whose lower-cased form (Locale.ROOT) is {@code low}. */
    public BitSet present(String low) {
        BitSet out = (BitSet) always.clone();
        int n = low.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && Character.isLetterOrDigit(low.charAt(i - 1))) continue;
            if (!Character.isLetter(low.charAt(i))) continue;
            int slot = slot(low, i);
            if (slot >= 0 && allAscii) {
                check(ascii[slot], low, i, out);
                if (slot < 26 * 26) check(ascii[26 * 26 + (low.charAt(i) - 'a')], low, i, out);
                continue;
            }
            for (int len = 1; len <= KEY && i + len <= n; len++) {
                Entry[] entries = byPrefix.get(low.substring(i, i + len));
                if (entries == null) continue;
                for (Entry e : entries) {
                    if (!out.get(e.list()) && low.startsWith(e.stem(), i)) out.set(e.list());
                }
            }
            if (out.cardinality() == size) break;
        }
        return out;
    }

    private static void check(Entry[] entries, String low, int i, BitSet out) {
        if (entries == null) return;
        for (Entry e : entries) {
            if (!out.get(e.list()) && low.startsWith(e.stem(), i)) out.set(e.list());
        }
    }
}
