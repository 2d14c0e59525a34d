package org.incidex.extract.place;

import org.incidex.extract.place.PlaceFinder.Kind;
import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceWords.Phrases;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.incidex.extract.place.PlaceWords.alternatives;

/**
 * How a sentence relates its places to the attack, beyond "X in Y". Stateless, thread-safe.
 *
 * <ul>
 *   <li>A reference point: "Balad, about 80 km north of Baghdad", "Jowhar north of Mogadishu": the first place is
 *       where it happened, the second only says roughly where that is ({@link #factor}).</li>
 *   <li>Nearby: "the village of Kasenyi close to the city of Bunia", "Mabanga near Goma": news names the little-known
 *       place by the known one, and the known one is what reports and datasets record ({@link #factor}).</li>
 *   <li>Route ends, destinations, bases, origins and neighbours: "a bus travelling between Nampula and Pemba", "on
 *       the road from Bamenda to Bafut", "the Garissa-Dadaab highway", "heading towards Gao", "rockets fired from Gaza
 *       into Sderot", "militants operating in Idlib", "the attackers came from Somalia", "a forest bordering Odisha":
 *       such places say where the victims came from or went, where the attackers are or came from, or what lies next
 *       door, not where the attack was; they are kept as weak mentions ({@link #weaken}).</li>
 *   <li>Names placed by another place ({@link #areas}): "in Niger's Tamou", "attacked Balad north of Baghdad".</li>
 * </ul>
 */
public final class Relations {
    private Relations() {
    }

    private static final String DIRS = "(?:" + alternatives(Phrases.REFERENCE_DIRECTION) + ")";
    /** "about 30 km" (often with a no-break space), "seven kilometres", "a few miles": a distance before "north of". */
    static final String DISTANCE = "(?:(?:" + alternatives(Phrases.DISTANCE_QUALIFIER) + ")\\s+)?(?:"
            + alternatives(Phrases.DISTANCE_NUMBER) + ")[\\s\\u00a0]*-?\\s*(?:" + alternatives(Phrases.DISTANCE_UNIT)
            + ")\\s+(?:\\([^)]*\\)\\s+)?";
    /** The gap between a place and a reference point: ", about 30 km southwest of", " north of the". */
    private static final Pattern REFERENCE = Pattern.compile("(?i)^[^.;]*?(?:" + DISTANCE + "(?:(?:to\\s+the\\s+)?"
            + DIRS + "\\s+(?:of|from)|from)|\\b" + DIRS + "\\s+of)\\s+[^.;]*$");
    /** The gap between a place and the known place it is near: " near the town of", ", close to". */
    private static final Pattern NEARBY = Pattern.compile("(?i)^[^.;]*?\\b(?:" + alternatives(Phrases.NEARBY)
            + ")\\s+[^.;]*$");

    /** A reference point's weight: "…, 80 km north of Baghdad" says only roughly where. */
    static final double REFERENCE_POINT = 0.3;
    /** A place only said to be near a known one ("the village of X close to the city of Bunia"). */
    static final double NEAR_KNOWN = 0.4;

    /** "the X area", "the area of X": a stretch of land around a place, vaguer than a named town or district. */
    static final double VAGUE_AREA = 0.6;
    private static final Pattern AREA_WORD = Pattern.compile("(?i)(?:\\barea\\s+of\\s+(?:the\\s+)?\\|| area$)");

    /** A village or area of a unit the text named before ("… in the Sardeh village of the district"). */
    static final double PART_OF_NAMED_UNIT = 0.4;
    private static final Pattern PART_OF_NAMED = Pattern.compile("(?i)^\\s*(?:" + alternatives(Phrases.PART_OF_NAMED)
            + ")?\\s*of\\s+(?:the|that|this|same)\\s+(?:" + alternatives(Phrases.PART_OF_UNIT) + ")\\b");

    /**
     * The factor a mention's weight as the attack's place is multiplied by: {@link #REFERENCE_POINT} when another
     * place of the sentence is given relative to it by direction or distance, {@link #NEAR_KNOWN} when it is itself
     * only placed near another, {@link #VAGUE_AREA} for an area the gazetteer lacks ("the Wadi Hajar area"),
     * {@link #PART_OF_NAMED_UNIT} for a village "of the district" named before, else 1.
     */
    public static double factor(String sentence, PlaceMention m, List<PlaceMention> all) {
        // "Sardeh village of the district": part of a unit named before, which is what news reports
        if (small(m) && PART_OF_NAMED.matcher(sentence.substring(m.end())).find()) return PART_OF_NAMED_UNIT;
        String before = sentence.substring(Math.max(0, m.start() - 12), m.start());
        if (m.kind() == Kind.AREA && !m.regionLevel() && !AreaFinder.isUnitName(m.name())
                && AREA_WORD.matcher(before + "|" + m.text()).find()) {
            return VAGUE_AREA;
        }
        // a town or village near a town or region ("Tebessa province near the Algerian border" is no such thing)
        if (m.near() && m.within() != null && m.within().start() > m.end() && small(m) && isPlace(m.within())
                && NEARBY.matcher(sentence.substring(m.end(), m.within().start())).matches()
                && !REFERENCE.matcher(sentence.substring(m.end(), m.within().start())).matches()) {
            return NEAR_KNOWN;
        }
        for (PlaceMention o : all) {
            if (o.near() && o.within() != null && o.within().start() == m.start() && o.end() < m.start() && isPlace(m)
                    && REFERENCE.matcher(sentence.substring(o.end(), m.start())).matches()) {
                return REFERENCE_POINT;
            }
        }
        return 1;
    }

    /** Lower-case words that may follow a place's name directly ("in Niger's Tamou when …", "Tamou on Sunday"). */
    private static final Set<String> FOLLOWS_NAME = PlaceWords.set(Words.FOLLOWS_NAME);

    /** Words before a name placed by a reference point ("attacked Balad north of Baghdad"). */
    private static final Pattern REFERENCED_LEAD = Pattern.compile("(?i)\\b(?:" + alternatives(Phrases.REFERENCED_LEAD)
            + ")\\s+(?:the\\s+)?$");
    /** The gap from such a name to its reference point: ", 80 km north of the", " south of". */
    private static final Pattern REFERENCE_GAP = Pattern.compile("(?i)^\\s*(?:(?:"
            + alternatives(Phrases.REFERENCE_TYPE) + ")\\s*)?,?\\s*(?:" + DISTANCE + ")?(?:(?:to\\s+the\\s+)?" + DIRS
            + "\\s+(?:of|from)|(?<=[a-z]\\s)from)\\s+(?:the\\s+)?$");

    /**
     * Names the gazetteer lacks that the sentence places by another place, added to {@code out} as AREA mentions
     * (their tokens marked covered): after a country's or region's possessive, "in Niger's Tamou", "at Kandahar's
     * Arghandab"; before a reference point, "attacked Balad north of Baghdad", "in Tarmiyah, 30 km north of Baghdad".
     */
    static void areas(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            Tokens.Token t = tokens.get(k);
            if (covered[k] || !t.isCapitalized() || AreaFinder.NOT_NAMED.contains(t.folded())) continue;
            int to = AreaFinder.runForward(sentence, tokens, covered, k);
            if (to == k) continue;
            int s = t.start(), e = tokens.get(to - 1).end();
            if (e < sentence.length() && (Character.isLetterOrDigit(sentence.charAt(e)) || sentence.charAt(e) == '-')) {
                continue;
            }
            if (to < n && AreaFinder.spaceBetween(sentence, tokens, to - 1, to)) {
                // the name runs on ("Loire Atlantique"), or is an adjective or a facility's ("Mali's Islamist
                // insurgency", "Kenya's Westgate mall"), or a group's ("in Taliban attacks")
                Tokens.Token after = tokens.get(to);
                if (after.isCapitalized() || AreaFinder.NOT_AFTER.contains(after.folded())) continue;
                if (!FOLLOWS_NAME.contains(after.folded()) && !after.folded().matches("[a-z]+(?:ing|ed)")) continue;
            }
            boolean possessed = possessor(sentence, out, s) != null;
            int ref = to;
            while (ref < n && !covered[ref] && ref - to < 12) ref++;
            boolean referenced = !possessed && ref < n && covered[ref] && isPlaceAt(out, tokens.get(ref).start())
                    && REFERENCED_LEAD.matcher(sentence.substring(Math.max(0, s - 20), s)).find()
                    && REFERENCE_GAP.matcher(sentence.substring(e, tokens.get(ref).start())).matches();
            if (!possessed && !referenced) continue;
            String name = sentence.substring(s, e);
            out.add(new PlaceMention(Kind.AREA, name, s, e, null, List.of(), List.of(), true, false, name, false, null,
                    false));
            for (int j = k; j < to; j++) covered[j] = true;
        }
    }

    /** The country or region whose possessive stands just before {@code start}, after "in / at / near", or null. */
    private static PlaceMention possessor(String sentence, List<PlaceMention> out, int start) {
        for (PlaceMention m : out) {
            if (m.kind() != Kind.COUNTRY && m.kind() != Kind.REGION || m.modifier() || m.end() >= start) continue;
            String gap = sentence.substring(m.end(), start);
            if ((gap.equals("'s ") || gap.equals("’s "))
                    && AreaFinder.LEADS_IN.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                return m;
            }
        }
        return null;
    }

    private static boolean isPlaceAt(List<PlaceMention> out, int start) {
        for (PlaceMention m : out) if (m.start() == start && m.kind() != Kind.DEMONYM) return true;
        return false;
    }

    /** "between X and Y" where a route or a journey is meant (places, not countries). */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?(?:(?:"
            + alternatives(Phrases.BETWEEN_TYPE) + ")\\s+of\\s+)?$");
    /** "… and Mocímboa da Praia": the other end, known to the gazetteer or not. */
    private static final Pattern AND_NAME = Pattern.compile("^\\s+and\\s+(?:the\\s+(?:" + alternatives(Phrases.AND_TYPE)
            + ")\\s+of\\s+)?\\p{Lu}");
    private static final Pattern AND = Pattern.compile("(?i)^\\s+and\\s+(?:the\\s+)?(?:(?:"
            + alternatives(Phrases.AND_TYPE) + ")\\s+of\\s+)?$");
    /** "from X to Y" (a journey: both ends) or "from X towards / into / at Y" (fire: only the source). */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?(?:(?:\\w+\\s+)?(?:"
            + alternatives(Phrases.FROM_TYPE) + ")\\s+of\\s+)?$");
    private static final Pattern TO = Pattern.compile("(?i)^(?:\\s+(?:" + alternatives(Phrases.ROUTE_TYPE) + "))?,?\\s+"
            + "(?:to|towards?|into|at|on|onto)\\s+(?:the\\s+)?(?:(?:" + alternatives(Phrases.TO_ADJECTIVE) + "|" + DIRS
            + "(?:ern)?)\\s+)*(?:(?:" + alternatives(Phrases.TO_TYPE) + ")\\s+of\\s+(?:the\\s+)?)?$");
    /** "… to St. Paul's monastery": a journey's other end, known to the gazetteer or not. */
    private static final Pattern TO_NAME = Pattern.compile("^(?:\\s+(?:" + alternatives(Phrases.ROUTE_TYPE) + "))?"
            + ",?\\s+(?:to|towards?)\\s+(?:the\\s+)?\\p{Lu}");
    private static final Pattern TO_JOURNEY = Pattern.compile("(?i)^(?:\\s+(?:" + alternatives(Phrases.ROUTE_TYPE)
            + "))?,?\\s+to\\s+");
    /** "heading towards", "on their way to", "bound for": where someone was going. */
    private static final Pattern HEADING = Pattern.compile("(?i)\\b(?:" + alternatives(Phrases.HEADING)
            + ")\\s+(?:back\\s+)?(?:to|towards?|for|into)\\s+(?:the\\s+)?(?:(?:"
            + alternatives(Phrases.HEADING_ADJECTIVE) + ")\\s+)?(?:(?:\\w+\\s+)?(?:"
            + alternatives(Phrases.HEADING_TYPE) + ")\\s+of\\s+)?$");
    /** "a forest bordering Odisha", "the border with Niger State": the neighbour, not the place. */
    private static final Pattern NEIGHBOUR = Pattern.compile("(?i)\\b(?:" + alternatives(Phrases.NEIGHBOUR)
            + ")\\s+(?:the\\s+)?$");
    /** "the attackers came from Somalia", "crossed over from Sudan": where the attackers came from. */
    private static final Pattern ORIGIN = Pattern.compile("(?i)\\b(?:" + alternatives(Phrases.ORIGIN)
            + ")\\s+(?:over\\s+|in\\s+)?from\\s+(?:neighbou?ring\\s+)?(?:the\\s+)?$");
    /** "operating in", "based in": where the attackers are, not where they struck. */
    private static final Pattern BASE = Pattern.compile("(?i)\\b(?:" + alternatives(Phrases.BASE)
            + ")\\s+(?:in|from|out\\s+of)\\s+(?:the\\s+)?$");
    /** Words after "X-Y" that make the pair a route's name ("the Garissa-Dadaab highway"). */
    private static final Pattern ROUTE_NOUN = Pattern.compile("(?i)^\\s+(?:" + alternatives(Phrases.ROUTE_NOUN)
            + ")\\b");

    /** The sentence's mentions with route ends, destinations, bases, origins and neighbours made weak, in order. */
    static List<PlaceMention> weaken(String sentence, List<PlaceMention> mentions) {
        int n = mentions.size();
        boolean[] weak = new boolean[n];
        boolean[] here = new boolean[n];   // route ends, destinations, bases: in the same country as a rule
        for (int i = 0; i < n; i++) {
            PlaceMention m = mentions.get(i);
            String lead = sentence.substring(Math.max(0, m.start() - 40), m.start());
            if (m.kind() == Kind.COUNTRY && ORIGIN.matcher(lead).find()) weak[i] = true;   // "came from Somalia"
            if (!isPlace(m)) continue;
            String before = sentence.substring(Math.max(0, m.start() - 60), m.start());
            PlaceMention next = i + 1 < n ? mentions.get(i + 1) : null;
            String gap = next == null ? "" : sentence.substring(m.end(), next.start());
            if (BETWEEN.matcher(before).find() && AND_NAME.matcher(sentence.substring(m.end())).find()) {
                weak[i] = here[i] = true;        // "a bus travelling between Nampula and Pemba"
                if (next != null && isPlace(next) && AND.matcher(gap).matches()) weak[i + 1] = here[i + 1] = true;
            }
            if (next != null && isPlace(next) && FROM.matcher(before).find() && TO.matcher(gap).matches()) {
                weak[i] = true;                  // "shells fired from Idlib towards Hama": Hama was hit
                // "on the road from Bamenda to Bafut"
                if (TO_JOURNEY.matcher(gap).find()) weak[i + 1] = here[i] = here[i + 1] = true;
            } else if (FROM.matcher(before).find() && TO_NAME.matcher(sentence.substring(m.end())).find()) {
                weak[i] = here[i] = true;        // "travelling from Asyut to St. Paul's monastery"
            }
            if (next != null && isPlace(next) && gap.equals("-") && ROUTE_NOUN.matcher(
                    sentence.substring(next.end(), Math.min(sentence.length(), next.end() + 20))).find()) {
                weak[i] = weak[i + 1] = here[i] = here[i + 1] = true;   // "the Garissa-Dadaab highway"
            }
            if (HEADING.matcher(before).find() || BASE.matcher(before).find()) weak[i] = here[i] = true;
            if (NEIGHBOUR.matcher(before).find()) weak[i] = true;
        }
        List<PlaceMention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(weak[i] ? weakened(mentions.get(i), here[i]) : mentions.get(i));
        return out;
    }

    private static boolean small(PlaceMention m) {
        return (m.kind() == Kind.CITY || m.kind() == Kind.AREA) && !m.regionLevel() && !AreaFinder.isUnitName(m.name());
    }

    private static boolean isPlace(PlaceMention m) {
        return m.kind() == Kind.CITY || m.kind() == Kind.AREA || m.kind() == Kind.REGION;
    }

    /** A modifier without a cue; an AREA keeps its cue, which is what makes its name a place at all. */
    private static PlaceMention weakened(PlaceMention m, boolean sameCountry) {
        return new PlaceMention(m.kind(), m.text(), m.start(), m.end(), m.country(), m.regions(), m.cities(),
                m.cue() && m.kind() == Kind.AREA, true, m.name(), m.regionLevel(), m.within(), m.near(), sameCountry);
    }
}
