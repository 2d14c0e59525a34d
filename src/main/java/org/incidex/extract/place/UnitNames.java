package org.incidex.extract.place;

import org.incidex.extract.place.PlaceFinder.Kind;
import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of second-level units, for {@link PlaceFinder} and {@link AreaFinder}:
 * <ul>
 *   <li>before a unit word ("district", "upazila", "department"), the whole run of capitalised words is the unit's
 *       name, even where a part of it is a known place or a compass word: "the Mueang Yala district" (not Yala),
 *       "Khas Urozgan district", "the Mayo-Sava department" (not Sava), "East Garo Hills district", "the Imphal East
 *       district" ({@link #read}; runs the gazetteer spells whole, "North Waziristan district", and runs with neither
 *       a known part nor a compass word are left to {@link AreaFinder});</li>
 *   <li>a unit named after its seat: "Huanta Province", "the district of Palma" ({@link #seats});</li>
 *   <li>"the districts of A and B" ({@link #lists}); "the X district of Y" with Y unknown ({@link #unitsOfTowns}).</li>
 * </ul>
 * Stateless, thread-safe.
 */
final class UnitNames {
    /** Capitalised words that begin or end a unit's name ("East Garo Hills", "Imphal East"). */
    static final Set<String> COMPASS = PlaceWords.set(Words.COMPASS);

    private UnitNames() {
    }

    /**
     * Replaces gazetteer mentions that are parts of a longer unit name by one AREA for the whole name (with its unit
     * word), marking its tokens covered. Called before the unit words are read as divisions named after a seat.
     */
    static void read(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        for (int k = 1; k < tokens.size(); k++) {
            int len = AreaFinder.unitLength(tokens, k);
            if (len == 0 || !AreaFinder.spaceBetween(sentence, tokens, k - 1, k)) continue;
            // the unit word itself is free, or taken by the known name just before it ("Yala district", the
            // gazetteer's "Wardak District" in "the Chaki Wardak District")
            PlaceMention taken = mentionAt(out, tokens.get(k));
            if (taken != null && (taken.kind() != Kind.CITY && taken.kind() != Kind.REGION
                    || taken.start() >= tokens.get(k).start() || taken.end() != tokens.get(k + len - 1).end())) {
                continue;
            }
            int from = start(sentence, tokens, out, k);
            if (from == k) continue;
            int s = tokens.get(from).start(), e = tokens.get(k - 1).end();
            List<PlaceMention> parts = new ArrayList<>();
            boolean known = false, compass = false, other = false, free = false;
            for (PlaceMention m : out) {
                if (m.end() <= s || m.start() >= e) continue;
                if (m.start() < s) return;   // a known name begins before the run: not ours to split
                parts.add(m);
                known |= m.kind() == Kind.CITY || m.kind() == Kind.REGION;
            }
            for (int j = from; j < k; j++) {
                Tokens.Token t = tokens.get(j);
                if (!t.isCapitalized()) continue;
                boolean c = COMPASS.contains(t.folded());
                compass |= c;
                other |= !c;
                free |= mentionAt(parts, t) == null;
            }
            if (!other || !free || !(known || compass)) continue;
            out.removeAll(parts);
            // "Khas Urozgan district": a province named in the unit's name is kept, to say the region if the unit's
            // country turns out to have it (Sava in "Mayo-Sava" is Madagascar's, not Cameroon's)
            List<org.incidex.extract.gazetteer.Region> regions = new ArrayList<>();
            for (PlaceMention p : parts) if (p.kind() == Kind.REGION) regions.addAll(p.regions());
            String name = sentence.substring(s, e) + " " + AreaFinder.unitName(tokens, k);
            int end = tokens.get(k + len - 1).end();
            out.add(new PlaceMention(Kind.AREA, sentence.substring(s, end), s, end, null, regions, List.of(), true,
                    false, name, false, null, false));
            for (int j = from; j < k + len; j++) covered[j] = true;
            k += len - 1;
        }
    }

    /**
     * "Huanta Province", "the Province of Treviso": a town's name with "province" that the gazetteer has no region
     * for names a second-level province after its seat (Peru, Italy, Spain…), not the town; "the district of
     * Mocímboa da Praia", "the department of Mayo-Tsanaga": a town's name after a unit word and "of" names that unit
     * (not "the municipality of Tibú", which is the town). Each
     * becomes an AREA ("Huanta Province", "Mocímboa da Praia District") that keeps the seat's candidates to say where
     * it lies, so that what the text puts in it ("Llochegua district, Huanta Province") is not taken for a part of
     * the town. ("Hawija district", a unit word after the name, is read by {@link PlaceFinder}.)
     */
    static void seats(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        for (int i = 0; i < out.size(); i++) {
            PlaceMention m = out.get(i);
            if (m.kind() != Kind.CITY || !m.regions().isEmpty()) continue;
            int first = -1, last = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).start() == m.start()) first = k;
                if (tokens.get(k).end() == m.end()) last = k;
            }
            if (first < 0 || last < 0) continue;
            int s = m.start(), e = m.end(), from = first, to = last + 1;
            String type;
            if (to < tokens.size() && province(tokens, covered, to)
                    && sentence.substring(e, tokens.get(to).start()).equals(" ")) {
                e = tokens.get(to).end();
                to++;
                type = "Province";
            } else if (first >= 2 && !covered[first - 2] && !covered[first - 1]
                    && (province(tokens, covered, first - 2) || AreaFinder.unitLength(tokens, first - 2) == 1
                        && !TOWN_UNITS.contains(tokens.get(first - 2).folded()))
                    && sentence.substring(tokens.get(first - 2).end(), s).matches("\\s+of\\s+")
                    && !namedBefore(sentence, tokens, first - 2)) {
                s = tokens.get(first - 2).start();
                from = first - 2;
                type = province(tokens, covered, from) ? "Province" : AreaFinder.unitName(tokens, from);
            } else {
                continue;
            }
            out.set(i, new PlaceMention(Kind.AREA, sentence.substring(s, e), s, e, null, List.of(), m.cities(), true,
                    false, m.text() + " " + type, false, null, false));
            for (int k = from; k < to; k++) covered[k] = true;
        }
    }

    /** Units that are the town itself in news use: "the municipality of Tibú" is Tibú, "the commune of Lautaro"
     *  Lautaro. */
    private static final Set<String> TOWN_UNITS = PlaceWords.set(Words.TOWN_UNIT);

    /** "the Ladha Subdivision of South Waziristan": the unit word ends a name of its own, the place after contains
     *  it. */
    private static boolean namedBefore(String sentence, List<Tokens.Token> tokens, int k) {
        return k > 0 && tokens.get(k - 1).isCapitalized() && !AreaFinder.FUNCTION.contains(tokens.get(k - 1).folded())
                && AreaFinder.spaceBetween(sentence, tokens, k - 1, k);
    }

    private static boolean province(List<Tokens.Token> tokens, boolean[] covered, int k) {
        return !covered[k] && tokens.get(k).folded().equals("province");
    }

    /** "the districts of Dih Yak and Jaghatū", "the villages of A, B and C": each name is a place of that kind. */
    static void lists(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        int n = tokens.size();
        for (int k = 0; k + 2 < n; k++) {
            String w = tokens.get(k).folded(), one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            boolean unit = AreaFinder.UNIT_WORDS.contains(one);
            if (one.equals(w) || !unit && !AreaFinder.SETTLEMENT_WORDS.contains(one) || tokens.get(k).isCapitalized()
                    || !tokens.get(k + 1).text().equals("of")) continue;
            String type = unit ? Character.toUpperCase(one.charAt(0)) + one.substring(1) : null;
            for (int j = k + 2; j < n; ) {
                int to = covered[j] ? j : AreaFinder.runForward(sentence, tokens, covered, j);
                if (to > j) {
                    String name = sentence.substring(tokens.get(j).start(), tokens.get(to - 1).end());
                    AreaFinder.add(out, covered, j, to, tokens, sentence, type == null ? name : name + " " + type,
                            false);
                } else {
                    while (to < n && covered[to]) to++;   // a known name in the list
                    if (to == j) break;
                }
                String gap = to < n ? sentence.substring(tokens.get(to - 1).end(), tokens.get(to).start()) : "";
                if (gap.matches(",\\s*") && to < n && tokens.get(to).isCapitalized()) j = to;
                else if (gap.matches(",?\\s+") && to + 1 < n && tokens.get(to).text().equals("and")) j = to + 1;
                else break;
            }
        }
    }

    /**
     * "the Ouro-Kessoum district of Amchide": after a unit already read, "of" names the place it lies in, here a
     * name the gazetteer lacks (not after "town of", where a country's name is read as a town's: "the Machh town of
     * Pakistan").
     */
    static void unitsOfTowns(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        int n = tokens.size();
        for (int k = 1; k + 1 < n; k++) {
            Tokens.Token of = tokens.get(k), before = tokens.get(k - 1);
            if (!of.text().equals("of") || !covered[k - 1] || covered[k + 1]
                    || AreaFinder.unitLength(tokens, k - 1) == 0
                    || out.stream().noneMatch(m -> m.kind() == Kind.AREA && m.end() == before.end())) continue;
            int to = AreaFinder.runForward(sentence, tokens, covered, k + 1);
            // "… district of Churcampa province": left to the province's own reading
            if (to == k + 1 || to < n && (AreaFinder.unitLength(tokens, to) > 0
                    || AreaFinder.PROVINCE_WORDS.contains(tokens.get(to).folded())
                    || AreaFinder.NOT_AFTER.contains(tokens.get(to).folded()))) continue;
            String name = sentence.substring(tokens.get(k + 1).start(), tokens.get(to - 1).end());
            AreaFinder.add(out, covered, k + 1, to, tokens, sentence, name, false);
        }
    }

    private static final Set<String> HYPHEN_ADJECTIVES = PlaceWords.set(Words.HYPHEN_ADJECTIVE);

    /** "Taliban-controlled Chardara district", "ISIS-held": a participle hyphened on ends a name, unlike "Su-ngai". */
    static boolean compoundAdjective(String sentence, List<Tokens.Token> tokens, int j) {
        String w = tokens.get(j).folded();
        return j > 0 && sentence.charAt(tokens.get(j - 1).end()) == '-'
                && (w.length() >= 5 && w.endsWith("ed") || HYPHEN_ADJECTIVES.contains(w));
    }

    /** First token of the capitalised name ending before unit word {@code k}; {@code k} when there is none. */
    private static int start(String sentence, List<Tokens.Token> tokens, List<PlaceMention> out, int k) {
        int from = k;
        for (int j = k - 1; j >= 0 && k - j <= 5; j--) {
            Tokens.Token t = tokens.get(j);
            if (j < k - 1 && !AreaFinder.spaceBetween(sentence, tokens, j, j + 1)) break;
            PlaceMention m = mentionAt(out, t);
            if (m != null && m.kind() != Kind.CITY && m.kind() != Kind.REGION) break;   // "Afghan", "Pakistani"
            if (!t.isCapitalized()) {
                if (PlaceFinder.articlePrefix(sentence, tokens, j)) { from = j; continue; }   // "al-Mada'in"
                boolean glued = j > 0 && AreaFinder.glued(sentence, tokens, j - 1, j);
                if (glued && compoundAdjective(sentence, tokens, j)) break;   // "Taliban-controlled"
                if (glued || PlaceFinder.CONNECTORS.contains(t.folded()) && !t.folded().equals("of")) continue;
                break;
            }
            boolean stop = PlaceFinder.STOP.contains(t.folded()) && !COMPASS.contains(t.folded());
            if (m == null && stop) break;
            from = j;
        }
        // "Lake Chad district": a capitalised word that is not a function word means the name starts earlier
        if (from > 0 && from < k && tokens.get(from - 1).isCapitalized()
                && AreaFinder.spaceBetween(sentence, tokens, from - 1, from)
                && !AreaFinder.FUNCTION.contains(tokens.get(from - 1).folded())) return k;
        // a connector never starts a name
        while (from < k && !tokens.get(from).isCapitalized() && !PlaceFinder.articlePrefix(sentence, tokens, from)) {
            from++;
        }
        return from;
    }

    private static PlaceMention mentionAt(List<PlaceMention> mentions, Tokens.Token t) {
        for (PlaceMention m : mentions) if (m.start() <= t.start() && t.end() <= m.end()) return m;
        return null;
    }
}
