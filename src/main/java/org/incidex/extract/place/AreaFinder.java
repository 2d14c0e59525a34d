package org.incidex.extract.place;

import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceWords.Phrases;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.text.Tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.incidex.extract.place.PlaceWords.alternatives;

/**
 * The part of {@link PlaceFinder} that reads what the gazetteer cannot know: names that the words around them call a
 * place ({@link PlaceFinder.Kind#AREA}), and which place of the sentence each mention lies in.
 *
 * <ul>
 *   <li>a capitalised name before an administrative word: "the Nahri Saraj district", "Mohmand Agency", "Maguindanao
 *       province"; or before a settlement word in lower case: "Qunyo Barrow town", "Tral village";</li>
 *   <li>a capitalised name after "the town / village / district / province … of": "the village of Dugheila";</li>
 *   <li>a capitalised name after "in / at / near" and before ", " plus a known place: "in Mbau village, Beni".</li>
 * </ul>
 * Containers: the next place when only commas, "of", "in", "the" and compass words stand between ("… district of
 * southern Helmand province", "…, Gadchiroli district"), else the previous one when a possessive or a demonym with a
 * place-type word leads in ("Kabul's Shar-e-Naw district", "the Philippine province of Maguindanao").
 * Stateless, thread-safe.
 */
public final class AreaFinder {
    /** Administrative units: "X district" names a district, kept with its type word. */
    static final Set<String> UNIT_WORDS = PlaceWords.unitWords();
    /** First-level units: the AREA is a region. */
    static final Set<String> PROVINCE_WORDS = PlaceWords.set(Words.PROVINCE);
    /** Settlements and localities: "Tral village", "the town of Gharanij", "the Wadi Hajar area", "the area of
     *  Tombouri", "the settlement of Eli", "the Itamar settlement", "the tambon of Yupo"; only the bare name is
     *  kept. */
    static final Set<String> SETTLEMENT_WORDS = PlaceWords.set(Words.SETTLEMENT);
    /** "the industrial zone of Barkan": a type word read only before "of" ("X zone" is often an administrative
     *  unit). */
    private static final Set<String> BEFORE_OF = PlaceWords.set(Words.BEFORE_OF);
    /** Capitalised words that make "X Department", "X State" an institution or a people, not a place. */
    private static final Set<String> NOT_PLACE = PlaceWords.set(Words.NOT_PLACE);
    /** Prepositions before a bare unknown name read as a place ({@link #findAfterPreposition}). */
    private static final Set<String> BARE_LEAD = PlaceWords.set(Words.BARE_LEAD);
    /** Capitalised words after "in / at" that are times, faiths, languages or media, not places. */
    static final Set<String> NOT_NAMED = PlaceWords.set(Words.NOT_NAMED);
    /** Words after a name that make it a group, an institution or a person ("in Taliban attacks", "at Ahmed's"). */
    static final Set<String> NOT_AFTER = PlaceWords.set(Words.NOT_AFTER);
    /** Compass and descriptive words that may stand before a place ("the restive northern", "the far"). */
    static final String DIRS = "(?:" + alternatives(Phrases.DIRECTION) + ")";
    /** Type words that may stand between a place and its container ("Jakana in the local government area of …",
     *  "Virgen Casa, jurisdiction of the Sivia district", "Gajiram, headquarters of the local government of …"). */
    private static final String TYPES = "(?:" + alternatives(Phrases.UNIT_TYPE) + ")";
    private static final Pattern FILLER_AFTER = Pattern.compile("(?i)^\\s*(?:" + TYPES + "\\s+)?,?\\s*(?:(?:(?:"
            + alternatives(Phrases.LOCATED) + ")\\s+)?(?:of|in|within)\\s+)?(?:the\\s+)?(?:"
            + DIRS + "\\s+)*(?:" + TYPES + "\\s+of\\s+(?:the\\s+)?){0,2}$");
    /** "…, north of Baghdad", "Balad town, about 80 km north of", "near the town of", "close to":
     *  near, not in — a region or country still says where, a city does not ({@link Relations} weighs the two). */
    private static final Pattern NEAR_AFTER = Pattern.compile("(?i)^\\s*(?:" + TYPES + "\\s*)?,?\\s*(?:"
            + Relations.DISTANCE + "(?:(?:to\\s+the\\s+)?" + DIRS + "\\s+(?:of|from)|from)|" + DIRS + "\\s+of"
            + "|" + alternatives(Phrases.NEAR) + ")\\s+(?:the\\s+)?(?:" + DIRS + "\\s+)*"
            + "(?:(?:[a-z]+\\s+)?" + TYPES + "\\s+(?:of\\s+)?(?:the\\s+)?)?$");
    /** Capitalised words that may stand just before a name that begins a sentence or follows a preposition. */
    static final Set<String> FUNCTION = PlaceWords.set(Words.FUNCTION);
    private static final Pattern FILLER_BEFORE = Pattern.compile("(?i)^(['’]s)?\\s+(?:the\\s+)?(?:" + DIRS
            + "\\s+)*(?:(?:" + alternatives(Phrases.FILLER_TYPE) + ")(?:\\s+of)?\\s+)?(?:the\\s+)?$");
    private static final Pattern TYPE_OF = Pattern.compile("(?i)^\\s+(?:"
            + alternatives(Phrases.DEMONYM_TYPE) + ")\\s+(?:of\\s+)?$");
    static final Pattern LEADS_IN = Pattern.compile("(?i)\\b(?:"
            + alternatives(Phrases.LEADS_IN) + ")\\s+$");

    private AreaFinder() {
    }

    /**
     * How many tokens from {@code k} spell a second-level unit ({@link PlaceWords#unitAt}): "district", "LGA", "Local
     * Government Area" (3), "rural district" (2); 0 when none.
     */
    static int unitLength(List<Tokens.Token> tokens, int k) {
        PlaceWords.Unit u = PlaceWords.unitAt(tokens, k);
        return u == null ? 0 : u.words().size();
    }

    /** The unit's word as it ends an AREA name: "District", "Cercle"; a local government area is an "LGA". */
    static String unitName(List<Tokens.Token> tokens, int k) {
        PlaceWords.Unit u = PlaceWords.unitAt(tokens, k);
        String w = tokens.get(k).folded();
        return u != null ? u.name() : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * True when an AREA name ends with a second-level unit's word ("Niono Cercle", "Gujba LGA", "Sukma District"), or
     * names a province after its seat ("Huanta Province", see {@link UnitNames#seats}).
     */
    public static boolean isUnitName(String name) {
        int sp = name.lastIndexOf(' ');
        String w = sp > 0 ? name.substring(sp + 1).toLowerCase(java.util.Locale.ROOT) : "";
        return UNIT_WORDS.contains(w) || w.equals("province");
    }

    /** Words before a name that make it a village or ward of a town ("Barangay Biyong", "Tambon Tasab"). */
    private static final Set<String> VILLAGE_PREFIXES = PlaceWords.set(Words.VILLAGE_PREFIX);

    /**
     * "Barangay Ginatilan, Pikit": a name after a village-level prefix is that village, an AREA, even when a town
     * elsewhere has the name (Ginatilan is also a town in Cebu); where it lies comes from its container.
     */
    static void villages(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Tokens.Token t = tokens.get(k);
            if (!t.isCapitalized() || !VILLAGE_PREFIXES.contains(t.folded())
                    || !tokens.get(k + 1).isCapitalized()) continue;
            // "the Barangay Hall", "Barangay Captain …": an office of the village, not its name
            String next = tokens.get(k + 1).folded();
            if (NameContext.FACILITIES.contains(next) || PlaceFinder.STOP.contains(next)) continue;
            int s = tokens.get(k + 1).start();
            out.removeIf(m -> m.start() == s && m.kind() == PlaceFinder.Kind.CITY && uncover(tokens, covered, m));
            if (covered[k + 1]) continue;
            int to = runForward(sentence, tokens, covered, k + 1);
            if (to == k + 1) continue;
            String name = sentence.substring(s, tokens.get(to - 1).end());
            out.add(new PlaceMention(PlaceFinder.Kind.AREA, name, s, tokens.get(to - 1).end(), null, List.of(),
                    List.of(), true, false, name, false, null, false));
            for (int j = k; j < to; j++) covered[j] = true;
        }
    }

    private static boolean uncover(List<Tokens.Token> tokens, boolean[] covered, PlaceMention m) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).start() >= m.start() && tokens.get(j).end() <= m.end()) covered[j] = false;
        }
        return true;
    }

    /** Adds AREA mentions for uncovered name runs to {@code out} (marking their tokens covered). */
    static void find(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            Tokens.Token t = tokens.get(k);
            String w = t.folded();
            int unitLen = unitLength(tokens, k);
            boolean unit = unitLen > 0, province = PROVINCE_WORDS.contains(w);
            boolean settlement = SETTLEMENT_WORDS.contains(w) && !t.isCapitalized();
            if ((unit || province || settlement) && !covered[k] && spaceBetween(sentence, tokens, k - 1, k)) {
                int from = runBack(sentence, tokens, covered, k);
                if (from < k) {
                    String name = sentence.substring(tokens.get(from).start(), tokens.get(k - 1).end());
                    if (unit) name = name + " " + unitName(tokens, k);
                    else if (!settlement) {
                        name = name + " " + Character.toUpperCase(t.text().charAt(0)) + w.substring(1);
                    }
                    add(out, covered, from, k + Math.max(1, unitLen), tokens, sentence, name, province);
                    continue;
                }
            }
            int of = k + Math.max(1, unitLen);   // "the local government (area) of Nganzai": past a unit of 2-3 words
            // "the industrial zone of Barkan" (only before "of": "X zone" is often an administrative unit)
            if ((unit || province || SETTLEMENT_WORDS.contains(w) || BEFORE_OF.contains(w)) && of + 1 < n
                    && tokens.get(of).folded().equals("of") && !tokens.get(k).isCapitalized() && !covered[of + 1]) {
                int to = runForward(sentence, tokens, covered, of + 1);
                // "the area of Momand Dara District": the unit's own word names it (handled at that word)
                boolean unitAfter = to > of + 1 && to < n && spaceBetween(sentence, tokens, to - 1, to)
                        && (unitLength(tokens, to) > 0 || PROVINCE_WORDS.contains(tokens.get(to).folded()));
                if (to > of + 1 && !unitAfter) {
                    String name = sentence.substring(tokens.get(of + 1).start(), tokens.get(to - 1).end());
                    // "the district of Gadchiroli" is Gadchiroli District; "the rural district of Taji" is in Taji
                    // District
                    if (unit) name = name + " " + PlaceWords.unitAt(tokens, k).ofName();
                    add(out, covered, of + 1, to, tokens, sentence, name, province);
                }
            }
        }
        UnitNames.lists(sentence, tokens, covered, out);
        UnitNames.unitsOfTowns(sentence, tokens, covered, out);
        // "in Mbau, Beni Territory": an unknown name between "in" and a known place after a comma; "Barangay Palma
        // Gil, Talaingod, Davao del Norte": between two places of an address
        for (int k = 0; k < n; k++) {
            if (covered[k] || !tokens.get(k).isCapitalized()) continue;
            boolean address = k > 0 && covered[k - 1]
                    && sentence.substring(tokens.get(k - 1).end(), tokens.get(k).start()).matches(",\\s*");
            if (!address && !LEADS_IN.matcher(sentence.substring(Math.max(0, tokens.get(k).start() - 8),
                    tokens.get(k).start())).find()) continue;
            int to = runForward(sentence, tokens, covered, k);
            // "Barangay Labu-Labu, Shariff Aguak, in Maguindanao": the next place may follow "in"
            int next = to + 1 < n && address && tokens.get(to).text().equals("in") ? to + 1 : to;
            if (to == k || next >= n || !covered[next]) continue;
            String gap = sentence.substring(tokens.get(to - 1).end(), tokens.get(next).start());
            if (!gap.matches(",\\s*(?:in\\s+)?")) continue;
            add(out, covered, k, to, tokens, sentence,
                    sentence.substring(tokens.get(k).start(), tokens.get(to - 1).end()), false);
        }
    }

    /**
     * "attacked a police post at Hombori.", "in Kakapora with a grenade": a name the gazetteer lacks right after "in /
     * at / near" is most often a village. A weak mention (no cue): it names the place only when nothing better does.
     */
    static void findAfterPreposition(String sentence, List<Tokens.Token> tokens, boolean[] covered,
                                     List<PlaceMention> out) {
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            Tokens.Token t = tokens.get(k);
            if (covered[k] || !t.isCapitalized() || !BARE_LEAD.contains(tokens.get(k - 1).folded())
                    || tokens.get(k - 1).isCapitalized() || NOT_NAMED.contains(t.folded())) continue;
            int to = runForward(sentence, tokens, covered, k);
            if (to == k) continue;
            if (to < n && (covered[to] || tokens.get(to).isCapitalized() || NOT_AFTER.contains(tokens.get(to).folded())
                    || sentence.startsWith("'", tokens.get(to - 1).end())
                    || sentence.startsWith("’", tokens.get(to - 1).end()))) continue;
            if (to - k == 1 && t.text().length() < 4) continue;
            String name = sentence.substring(t.start(), tokens.get(to - 1).end());
            int s = t.start(), e = tokens.get(to - 1).end();
            out.add(new PlaceMention(PlaceFinder.Kind.AREA, name, s, e, null, List.of(), List.of(), false, false, name,
                    false, null, false));
            for (int j = k; j < to; j++) covered[j] = true;
        }
    }

    static void add(List<PlaceMention> out, boolean[] covered, int from, int to, List<Tokens.Token> tokens,
                            String sentence, String name, boolean regionLevel) {
        int s = tokens.get(from).start(), e = tokens.get(to - 1).end();
        out.add(new PlaceMention(PlaceFinder.Kind.AREA, sentence.substring(s, e), s, e, null, List.of(), List.of(),
                true, false, name, regionLevel, null, false));
        for (int k = from; k < to; k++) covered[k] = true;
    }

    /** First token of the capitalised name ending just before token {@code k}; {@code k} when there is none. */
    private static int runBack(String sentence, List<Tokens.Token> tokens, boolean[] covered, int k) {
        int from = k;
        for (int j = k - 1; j >= 0 && k - j <= 4; j--) {
            Tokens.Token t = tokens.get(j);
            if (covered[j] || (j < k - 1 && !spaceBetween(sentence, tokens, j, j + 1))) break;
            boolean connector = nameConnector(t);
            if (!t.isCapitalized() && j > 0 && glued(sentence, tokens, j - 1, j)) {
                if (UnitNames.compoundAdjective(sentence, tokens, j)) break;
                continue;   // "Qa'im district"
            }
            if (!t.isCapitalized() && !connector) break;
            if (t.isCapitalized() && (PlaceFinder.STOP.contains(t.folded()) || NOT_PLACE.contains(t.folded()))) break;
            if (!connector || PlaceFinder.articlePrefix(sentence, tokens, j)) from = j;   // "al-Mada'in district"
        }
        // "Lake Chad region": a capitalised word that is not a function word means the name starts earlier
        if (from > 0 && from < k && tokens.get(from - 1).isCapitalized()
                && !FUNCTION.contains(tokens.get(from - 1).folded())
                && spaceBetween(sentence, tokens, from - 1, from)) return k;
        return from < k && ok(tokens, from, k) ? from : k;
    }

    /** One past the last token of the capitalised name starting at token {@code k}; {@code k} when there is none. */
    static int runForward(String sentence, List<Tokens.Token> tokens, boolean[] covered, int k) {
        int to = k;
        for (int j = k; j < tokens.size() && j - k < 4; j++) {
            Tokens.Token t = tokens.get(j);
            if (covered[j] || (j > k && !spaceBetween(sentence, tokens, j - 1, j))) break;
            boolean connector = j > k && nameConnector(t);
            // "Su-ngai", "Tal'skoye"
            boolean glued = j > k && !t.isCapitalized() && glued(sentence, tokens, j - 1, j);
            // "the town of al Zab", "the village of al-Bu Hayat": a lower-case article may open the name
            boolean article = j == k && PlaceFinder.ARTICLES.contains(t.text()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalized() && spaceBetween(sentence, tokens, j, j + 1);
            if (glued && UnitNames.compoundAdjective(sentence, tokens, j)) return k;   // "Taliban-controlled": no place
            if (!t.isCapitalized() && !connector && !glued && !article) break;
            if (t.isCapitalized() && (PlaceFinder.STOP.contains(t.folded()) || NOT_PLACE.contains(t.folded()))) break;
            if (!connector || glued) to = j + 1;
        }
        if (to == k + 1 && !tokens.get(k).isCapitalized()) return k;   // an article alone
        return to > k && ok(tokens, k, to) ? to : k;
    }

    /**
     * A lower-case word that joins the parts of one name ("Mocímboa da Praia", "Dih Yak and …"); not "of", which
     * puts one place in another ("Cyitabi Sector of Nyamagabe District", "Tasab of Yala").
     */
    private static boolean nameConnector(Tokens.Token t) {
        return !t.isCapitalized() && PlaceFinder.CONNECTORS.contains(t.folded()) && !t.folded().equals("of")
                && !t.folded().equals("and");
    }


    /** A lower-case part joined to the word before by a hyphen or apostrophe alone, not a possessive "'s". */
    static boolean glued(String sentence, List<Tokens.Token> tokens, int a, int b) {
        String gap = sentence.substring(tokens.get(a).end(), tokens.get(b).start());
        if (!(gap.equals("-") || gap.equals("'") || gap.equals("’"))) return false;
        Tokens.Token t = tokens.get(b);
        // after an apostrophe, not a clitic: "Mali's", "they'll" are not parts of a name; "Qa'im" is
        return !(gap.charAt(0) != '-' && NameContext.CLITICS.contains(t.folded()))
                && Character.isLetter(t.text().charAt(0));
    }

    private static boolean ok(List<Tokens.Token> tokens, int from, int to) {
        if (tokens.get(from).text().length() < 2) return false;
        for (int j = from; j < to; j++) if (Character.isDigit(tokens.get(j).text().charAt(0))) return false;
        return true;
    }

    /** Tokens {@code a} and {@code b} are parts of one name: only spaces, hyphens or apostrophes between. */
    static boolean spaceBetween(String sentence, List<Tokens.Token> tokens, int a, int b) {
        String gap = sentence.substring(tokens.get(a).end(), tokens.get(b).start());
        return gap.length() <= 3 && gap.chars().allMatch(c -> c == ' ' || c == '-' || c == '\'' || c == '’');
    }

    /** The mentions in text order, each AREA (and gazetteer name) linked to the place the sentence puts it in. */
    static List<PlaceMention> link(String sentence, List<PlaceMention> mentions) {
        List<PlaceMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(PlaceMention::start));
        int n = sorted.size();
        int[] within = new int[n];
        boolean[] near = new boolean[n];
        for (int i = 0; i < n; i++) {
            PlaceMention m = sorted.get(i);
            PlaceMention c = null;
            if (m.kind() == PlaceFinder.Kind.AREA || m.kind() == PlaceFinder.Kind.CITY
                    || m.kind() == PlaceFinder.Kind.REGION) {
                c = container(sentence, sorted, i);
            }
            within[i] = -1;
            for (int k = 0; c != null && k < n; k++) if (sorted.get(k) == c) within[i] = k;
            near[i] = c != null && c.start() > m.start()
                    && !FILLER_AFTER.matcher(sentence.substring(m.end(), sorted.get(i + 1).start())).matches();
        }
        List<PlaceMention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(linked(sorted, within, near, i, 0));
        return out;
    }

    /** A mention with its container linked in turn: "Pinukpuk in the Philippine province of Kalinga" chains up. */
    private static PlaceMention linked(List<PlaceMention> sorted, int[] within, boolean[] near, int i, int depth) {
        PlaceMention m = sorted.get(i);
        if (within[i] < 0 || depth > 4) return m;
        return m.withWithin(linked(sorted, within, near, within[i], depth + 1), near[i]);
    }

    private static PlaceMention container(String sentence, List<PlaceMention> sorted, int i) {
        PlaceMention m = sorted.get(i);
        if (i + 1 < sorted.size()) {
            PlaceMention next = sorted.get(i + 1);
            String gap = sentence.substring(m.end(), next.start());
            // a bare space joins one name ("Davao Oriental"), it does not put one place in another
            boolean in = !gap.isBlank() && (FILLER_AFTER.matcher(gap).matches() || NEAR_AFTER.matcher(gap).matches());
            // "the districts of Srinagar, Anantnag and Pulwama": a list, not one place in the next
            if (gap.matches(",\\s*") && i + 2 < sorted.size()
                    && sentence.substring(next.end(), sorted.get(i + 2).start()).matches(",?\\s+and\\s+")) in = false;
            // "Sirnak's Silopi District of Turkey": the possessor says more than the country after
            if (in && isCountry(next) && i > 0 && !isCountry(sorted.get(i - 1))
                    && possessed(sentence, sorted.get(i - 1), m)) {
                return sorted.get(i - 1);
            }
            if (in && (!m.regionLevel() || isCountry(next))) {
                PlaceMention c = refine(sentence, sorted, i + 1);
                // "the Gao Region near the Burkinabe border": a demonym used as a modifier is no container
                if (!(isCountry(c) && c.modifier()) || FILLER_AFTER.matcher(gap).matches()) return c;
            }
        }
        if (i > 0) {
            PlaceMention prev = sorted.get(i - 1);
            var f = FILLER_BEFORE.matcher(sentence.substring(prev.end(), m.start()));
            if (f.matches() && (f.group(1) != null
                    || isCountry(prev) && TYPE_OF.matcher(sentence.substring(prev.end(), m.start())).matches())) {
                return prev;
            }
        }
        return null;
    }

    /** "Kabul's Shar-e-Naw district": {@code m} follows {@code owner}'s possessive. */
    private static boolean possessed(String sentence, PlaceMention owner, PlaceMention m) {
        var f = FILLER_BEFORE.matcher(sentence.substring(owner.end(), m.start()));
        return f.matches() && f.group(1) != null;
    }

    private static boolean isCountry(PlaceMention m) {
        return m.kind() == PlaceFinder.Kind.COUNTRY || m.kind() == PlaceFinder.Kind.DEMONYM;
    }

    /**
     * "… of the eastern Afghan province of Nangarhar": past the demonym to the province it introduces; "Kakapora in
     * Jammu and Kashmir's Pulwama district": past the possessor to the place it possesses (which lies in it).
     */
    private static PlaceMention refine(String sentence, List<PlaceMention> sorted, int j) {
        PlaceMention c = sorted.get(j);
        if (isCountry(c) && j + 1 < sorted.size()
                && TYPE_OF.matcher(sentence.substring(c.end(), sorted.get(j + 1).start())).matches()) {
            return sorted.get(j + 1);
        }
        if (j + 1 < sorted.size() && !isCountry(sorted.get(j + 1))) {
            var f = FILLER_BEFORE.matcher(sentence.substring(c.end(), sorted.get(j + 1).start()));
            if (f.matches() && f.group(1) != null) return sorted.get(j + 1);
        }
        return c;
    }
}
