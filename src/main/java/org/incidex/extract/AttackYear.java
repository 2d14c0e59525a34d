package org.incidex.extract;

import org.incidex.extract.date.DateFinder;
import org.incidex.extract.event.AttackJudge;
import org.incidex.extract.event.EventLexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The year of the attack that an article written long after it (a trial, a memorial, "ten years on") tells of. */
final class AttackYear {
    private AttackYear() {
    }

    /**
     * The year of the attack an article tells of long after (null: news of the day, or no past year named): the past
     * year before publication's that the headline, the lead and the sentences about the attack name most, when the
     * headline or the lead counts years back ("Bali, ten years on", "20 years since the bombing") or the article is a
     * trial's or a memorial's ({@link AttackJudge.Frame#retells}), and the headline and the lead tell of no act on a
     * recent day.
     */
    static String of(SentenceFacts title, List<SentenceFacts> facts, LocalDate published,
                                     AttackJudge.Frame frame) {
        if (published == null) return null;
        EventLexicon lexicon = EventLexicon.shared();
        boolean back = false;
        boolean recentAct = false;
        Map<String, Double> years = new HashMap<>();
        List<SentenceFacts> all = new ArrayList<>(facts.size() + 1);
        all.add(title);
        all.addAll(facts);
        for (SentenceFacts f : all) {
            boolean lead = f == title || f.sentence().paragraph() <= 1;   // the headline, a standfirst, the lead
            boolean about = f == title || f.attackCue() || f.eventLevel() >= 3;
            for (DateFinder.DateMention d : f.dates()) {
                int year = Integer.parseInt(d.value().substring(0, 4));
                if (year < published.getYear()) {
                    // "ten years on", "20 years since": a count of years back (not "last year", another year's news)
                    back |= lead && d.pastRef() && d.value().length() == 4
                            && !f.sentence().text().regionMatches(true, d.start(), "last", 0, 4);
                    if (about) years.merge(d.value().substring(0, 4), lead ? 2.0 : 1.0, Double::sum);
                } else if (lead && !IncidentExtractor.isPast(d, published) && d.isDay() && !d.pastRef()
                        && f.eventLevel() >= 3
                        && f.event().frames().stream().noneMatch(lexicon::retells)) {
                    recentAct = true;   // the headline or the lead tells of an act of the last days: news of the day
                }
            }
        }
        if (years.isEmpty() || recentAct || !(back || frame.retells())) return null;
        return MainPlace.best(years, k -> k);
    }
}
