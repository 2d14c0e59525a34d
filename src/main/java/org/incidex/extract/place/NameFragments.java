package org.incidex.extract.place;

import org.incidex.extract.gazetteer.City;
import org.incidex.extract.place.PlaceFinder.Kind;
import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceWords.Phrases;
import org.incidex.extract.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.incidex.extract.place.PlaceWords.alternatives;

/**
 * Gazetteer matches that are parts of a longer name, for {@link PlaceFinder}: "Abu Kamal" is neither Abu, India nor
 * Kamal, Indonesia. Stateless, thread-safe.
 */
final class NameFragments {
    /** "the district of", "the village of": a place's name follows. */
    private static final Pattern TYPE_OF_BEFORE = Pattern.compile("(?i)\\b(?:"
            + alternatives(Phrases.TYPE_OF) + ")\\s+of\\s+$");

    /**
     * A small town matched inside a longer capitalised name is a fragment of another name ("Abu Kamal" is neither
     * Abu, India nor Kamal, Indonesia): such matches are dropped so the whole name can be read as an unknown place.
     */
    static void drop(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out) {
        List<PlaceMention> keep = new ArrayList<>(out.size());
        for (PlaceMention m : out) {
            if (m.kind() == Kind.CITY && fragment(sentence, tokens, out, m)) {
                for (int k = 0; k < tokens.size(); k++) {
                    if (tokens.get(k).start() >= m.start() && tokens.get(k).end() <= m.end()) covered[k] = false;
                }
            } else {
                keep.add(m);
            }
        }
        out.retainAll(keep);
    }

    private static boolean fragment(String sentence, List<Tokens.Token> tokens, List<PlaceMention> mentions,
                                    PlaceMention m) {
        // "the district of Santo Domingo Acobamba": after "the <type> of" the whole name is the place, even when its
        // first words spell a capital
        boolean introduced = TYPE_OF_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find();
        if (!introduced) for (City c : m.cities()) if (c.capital() || c.population() >= 100_000) return false;
        for (int k = 0; k < tokens.size(); k++) {
            // only a space, hyphen or apostrophe joins two words into one name ("Lahi,Gigaquit" is two places)
            boolean before = tokens.get(k).end() < m.start() && tokens.get(k).end() >= m.start() - 1
                    && " -'’–".indexOf(sentence.charAt(m.start() - 1)) >= 0;
            boolean after = tokens.get(k).start() > m.end() && tokens.get(k).start() <= m.end() + 1
                    && " -'’–".indexOf(sentence.charAt(m.end())) >= 0;
            if (!before && !after) continue;
            // "Nawa-I-Barakzayi", "Deir ez-Zor": look past a connector to the word it joins
            int j = k, next = k + (after ? 1 : -1);
            if (PlaceFinder.CONNECTORS.contains(tokens.get(k).folded()) && next >= 0 && next < tokens.size()
                    && Math.abs(tokens.get(next).start() - tokens.get(k).start())
                        <= tokens.get(k).text().length() + 2) j = next;
            Tokens.Token t = tokens.get(j);
            // "Barani Department": a division named after its seat, not a longer name (see PlaceFinder.seatAreas)
            if (after && j == k && AreaFinder.UNIT_WORDS.contains(t.folded())) break;
            if (!t.isCapitalized() || PlaceFinder.STOP.contains(t.folded())
                    || PlaceFinder.CONNECTORS.contains(t.folded())) {
                if (before) continue;
                break;
            }
            // "Mayo-Sava": a hyphen joins the two into one name the gazetteer lacks, whatever the other part matches
            boolean hyphened = j == k && (after ? t.start() == m.end() + 1 : t.end() == m.start() - 1)
                    && sentence.charAt(after ? m.end() : m.start() - 1) == '-';
            boolean otherKind = mentions.stream()
                    .anyMatch(o -> o.kind() != Kind.CITY && o.start() <= t.start() && t.end() <= o.end());
            if (!otherKind || hyphened) return true;
        }
        return false;
    }

    private NameFragments() {
    }
}
