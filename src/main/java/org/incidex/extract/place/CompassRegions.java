package org.incidex.extract.place;

import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;
import org.incidex.extract.place.PlaceFinder.Kind;
import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.text.Tokens;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "in the far north of Cameroon", "in the north-west of Cameroon": a compass phrase that is the very name of a region
 * of the country after it (Cameroon's "Far North", "North-West") names that region. A bare direction ("the north of
 * Cameroon") does not, though a region may be called "North": news uses it loosely for a part of the country, and
 * Cameroon's north is as often its Far North. Stateless, thread-safe.
 */
final class CompassRegions {
    private static final Pattern PHRASE = Pattern.compile("(?i)\\bthe\\s+((?:far[ -])?(?:north|south|east|west)"
            + "(?:-?(?:east|west))?)\\s+(?:region\\s+)?of\\s+(?:the\\s+)?$");
    private static final Set<String> BARE = PlaceWords.set(Words.COMPASS_POINT);

    private CompassRegions() {
    }

    /** Adds a REGION mention for each such phrase before a country mention of {@code out}. */
    static void find(String sentence, Gazetteer gazetteer, List<PlaceMention> out) {
        for (int i = 0, n = out.size(); i < n; i++) {
            PlaceMention c = out.get(i);
            if (c.kind() != Kind.COUNTRY) continue;
            Matcher m = PHRASE.matcher(sentence.substring(Math.max(0, c.start() - 40), c.start()));
            if (!m.find()) continue;
            String phrase = m.group(1);
            String folded = Tokens.fold(phrase);
            if (BARE.contains(folded)) continue;
            // "northwest" is spelled "North-West" as a region's name
            String spaced = folded.replaceFirst("^(far[ -])?(north|south)(east|west)$", "$1$2 $3");
            List<Region> regions = gazetteer.regions(spaced).stream()
                    .filter(r -> r.countryCode().equals(c.country().code2())).toList();
            if (regions.isEmpty()) continue;
            int s = Math.max(0, c.start() - 40) + m.start(1), e = s + phrase.length();
            if (out.stream().anyMatch(o -> o.start() < e && s < o.end())) continue;   // "the Far North region of …"
            out.add(new PlaceMention(Kind.REGION, phrase, s, e, null, regions, List.of(), true, false));
        }
    }
}
