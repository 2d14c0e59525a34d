package org.incidex.extract.place;

import org.incidex.extract.place.PlaceFinder.Kind;
import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.text.Tokens;

import java.util.List;
import java.util.Set;

/**
 * Natural features the gazetteer lacks, as AREA mentions: a name after a feature word ("Lake Chad", "Mount Elgon",
 * "Jabal al-Zawiya") or before one ("the Sambisa forest", "the Nuba Mountains", "the Garo hills"). Attacks in remote
 * country are reported by such names. A country or town the name contains is the feature's name, not a place of its
 * own ("Mount Kenya" is not Kenya); where the feature lies comes from its container ("the Lake Chad region of
 * Niger"), else the country it is named after ("near Lake Chad"), else the article. Stateless, thread-safe.
 */
final class Features {
    private Features() {
    }

    /** Capitalised words that open a feature's name. */
    private static final Set<String> BEFORE = PlaceWords.set(Words.FEATURE_BEFORE);
    private static final Set<String> REGION_WORDS = PlaceWords.set(Words.FEATURE_REGION);
    /** Words that close a feature's name (any case). */
    private static final Set<String> AFTER = PlaceWords.set(Words.FEATURE_AFTER);

    /** Adds feature mentions to {@code out}, marking their tokens covered; drops mentions a feature's name contains. */
    static void find(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        int n = tokens.size();
        for (int k = 0; k + 1 < n; k++) {
            Tokens.Token t = tokens.get(k);
            if (!t.isCapitalized() || !BEFORE.contains(t.folded()) || covered[k]
                    || !AreaFinder.spaceBetween(sentence, tokens, k, k + 1)) continue;
            int s = tokens.get(k + 1).start();
            // "Lake Chad": the country is the lake's name, and where the lake lies unless the sentence says otherwise
            PlaceMention country = out.stream().filter(m -> m.start() == s && m.kind() == Kind.COUNTRY)
                    .findFirst().orElse(null);
            out.removeIf(m -> m.start() == s && m.kind() != Kind.AREA && uncover(tokens, covered, m));
            int to = AreaFinder.runForward(sentence, tokens, covered, k + 1);
            if (to == k + 1) continue;
            add(sentence, tokens, covered, out, k, to, sentence.substring(t.start(), tokens.get(to - 1).end()),
                    country != null && country.end() == tokens.get(to - 1).end() ? country : null);
        }
        for (int k = 1; k < n; k++) {
            Tokens.Token t = tokens.get(k);
            if (!AFTER.contains(t.folded()) || covered[k]
                    || !AreaFinder.spaceBetween(sentence, tokens, k - 1, k)) continue;
            // "East Garo Hills district": a unit's name, left to the unit's word
            if (k + 1 < n && (AreaFinder.unitLength(tokens, k + 1) > 0
                    || REGION_WORDS.contains(tokens.get(k + 1).folded()))) continue;
            int from = k;
            while (from > 0 && k - from < 3 && !covered[from - 1] && tokens.get(from - 1).isCapitalized()
                    && !PlaceFinder.STOP.contains(tokens.get(from - 1).folded())
                    && (from == k || AreaFinder.spaceBetween(sentence, tokens, from - 1, from))) from--;
            if (from == k) continue;
            String type = Character.toUpperCase(t.text().charAt(0)) + t.text().substring(1);
            add(sentence, tokens, covered, out, from, k + 1,
                    sentence.substring(tokens.get(from).start(), tokens.get(k - 1).end()) + " " + type, null);
        }
    }

    private static void add(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out,
                            int from, int to, String name, PlaceMention in) {
        int s = tokens.get(from).start(), e = tokens.get(to - 1).end();
        out.add(new PlaceMention(Kind.AREA, sentence.substring(s, e), s, e, null, List.of(), List.of(), true, false,
                name, false, in, false));
        for (int j = from; j < to; j++) covered[j] = true;
    }

    private static boolean uncover(List<Tokens.Token> tokens, boolean[] covered, PlaceMention m) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).start() >= m.start() && tokens.get(j).end() <= m.end()) covered[j] = false;
        }
        return true;
    }
}
