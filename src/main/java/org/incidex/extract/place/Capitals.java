package org.incidex.extract.place;

import org.incidex.extract.gazetteer.City;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.place.PlaceFinder.Kind;
import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceWords.Phrases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.incidex.extract.place.PlaceWords.alternatives;

/**
 * A capital named by what it is the capital of: "in the capital of the central Logar province" is Pul-e 'Alam (the
 * seat GeoNames gives the province), "in Afghanistan's capital" and "in the Afghan capital" are Kabul. The region or
 * country mention becomes a mention of that city, placed in the region; a capital named outright ("the Somali capital
 * Mogadishu") is found by its name as well, and both agree. Thread-safe: holds only the immutable gazetteer.
 */
final class Capitals {
    /** "capital of the central Logar province", "capital of the northern Afghan province of Baghlan". */
    private static final Pattern CAPITAL_OF = Pattern.compile("(?i)\\bcapital\\s+of\\s+(?:the\\s+)?(?:"
            + AreaFinder.DIRS + "\\s+)*(?:[A-Z][\\w'’-]*\\s+)?(?:(?:"
            + alternatives(Phrases.CAPITAL_OF_TYPE) + ")\\s+of\\s+(?:the\\s+)?)?$");
    /** "Afghanistan's capital", "Logar's provincial capital", "the Afghan capital". */
    private static final Pattern CAPITAL_AFTER = Pattern.compile("^(?:['’]s)?(?:\\s+(?:"
            + alternatives(Phrases.CAPITAL_ADJECTIVE) + "))?\\s+capital\\b");

    /** The capital's own name follows ("the Iraqi capital Baghdad", "… of Baghlan province, Pul-e-Khomri"): it is
     *  found by that name, and the phrase around it ("north of …") keeps its meaning. */
    private static final Pattern NAMED_AFTER = Pattern.compile("^(?:\\s+(?:"
            + alternatives(Phrases.NAMED_AFTER_TYPE) + "))?,?\\s+\\p{Lu}");

    private final Gazetteer gazetteer;

    Capitals(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions with each region or country that a sentence names as the seat of replaced by the seat. */
    List<PlaceMention> apply(String sentence, List<PlaceMention> mentions) {
        List<PlaceMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            if (m.modifier() || !(m.kind() == Kind.REGION || m.kind() == Kind.COUNTRY || m.kind() == Kind.DEMONYM)) {
                continue;
            }
            // "the capital of the Afghan province of Ghazni": the demonym only says whose province
            boolean before = m.kind() != Kind.DEMONYM
                    && CAPITAL_OF.matcher(sentence.substring(Math.max(0, m.start() - 70), m.start())).find()
                    && !NAMED_AFTER.matcher(sentence.substring(m.end())).find();
            var a = CAPITAL_AFTER.matcher(sentence.substring(m.end()));
            boolean after = a.find() && !NAMED_AFTER.matcher(sentence.substring(m.end() + a.end())).find()
                    && (m.kind() != Kind.DEMONYM
                        || sentence.substring(Math.max(0, m.start() - 4), m.start()).equalsIgnoreCase("the "));
            if (!before && !after) continue;
            Optional<City> seat = m.kind() == Kind.REGION
                    ? (m.regions().isEmpty() ? Optional.empty() : gazetteer.regionSeat(m.regions().get(0)))
                    : gazetteer.nationalCapital(m.country().code2());
            if (seat.isEmpty()) continue;
            if (out == null) out = new ArrayList<>(mentions);
            PlaceMention city = new PlaceMention(Kind.CITY, m.text(), m.start(), m.end(), null, List.of(),
                    List.of(seat.get()), true, false, m.text(), false, m.kind() == Kind.REGION ? m : null, false);
            out.set(i, city);
        }
        return out == null ? mentions : out;
    }
}
