package org.incidex.extract;

import org.incidex.extract.casualty.CasualtyFinder;
import org.incidex.extract.date.DateFinder;
import org.incidex.extract.event.AttackClassifier;
import org.incidex.extract.event.EventReader;
import org.incidex.extract.event.EventSignal;
import org.incidex.extract.group.GroupFinder;
import org.incidex.extract.place.PlaceFinder;
import org.incidex.extract.text.Sentence;
import org.incidex.model.GroupRole;

import java.time.LocalDate;
import java.util.List;

/**
 * What one sentence says: places, dates, casualty figures and groups, whether it is about an attack at all, and
 * whether it is mostly reported speech, and how surely it reports an attack ({@code event}, {@code eventLevel}: see
 * {@link EventSignal#level}; {@code actLevel}: the same without victims or damage). Place mentions inside group
 * names ("Al-Qaeda in the Islamic Maghreb") are dropped.
 * Immutable.
 */
record SentenceFacts(Sentence sentence, List<PlaceFinder.PlaceMention> places, List<DateFinder.DateMention> dates,
                     List<CasualtyFinder.Figure> figures, List<GroupFinder.GroupMention> groups, boolean attackCue,
                     boolean quoted, EventSignal event, int eventLevel, int actLevel, boolean grounded,
                     List<String> persons) {

    static SentenceFacts of(Sentence s, Finders f, LocalDate published) {
        String t = s.text();
        String low = t.toLowerCase(java.util.Locale.ROOT);   // once: every finder's cheap pre-checks read it
        List<GroupFinder.GroupMention> groups = f.groups().find(t, low);
        List<String> persons = new java.util.ArrayList<>(0);
        List<PlaceFinder.PlaceMention> places = f.places().find(t, persons).stream()
                .filter(p -> groups.stream().noneMatch(g -> p.start() < g.end() && p.end() > g.start()))
                .toList();
        List<CasualtyFinder.Figure> figures = f.casualties().find(t, low);
        EventSignal event = f.events().read(t, low);
        boolean harmed = figures.stream().anyMatch(x -> x.kind() != CasualtyFinder.Kind.TRAPPED);
        boolean tied = groups.stream().anyMatch(g -> g.role() != GroupRole.MENTIONED);   // null: no word for its part
        int level = event.level(harmed, tied);
        boolean grounded = event.grounded(harmed, tied);
        if (!grounded) level = Math.min(level, 2);   // loose words alone: at most level 2
        return new SentenceFacts(s, places, f.dates().find(t, published, low), figures, groups,
                AttackClassifier.isAttackSentence(t, low), s.isMostlyQuoted(), event, level,
                event.actLevel(tied), grounded, List.copyOf(persons));
    }

    /**
     * These facts without the place mentions of {@code persons} that no place cue supports: names the article uses
     * for a person somewhere ("Garrett said") are a person's throughout ("Garrett scored 33"), unless the words around
     * a mention say it is a place ("in Garrett").
     */
    SentenceFacts withoutPersons(java.util.Set<String> names) {
        if (places.stream().noneMatch(m -> names.contains(m.text()) && !m.cue())) return this;
        List<PlaceFinder.PlaceMention> kept = places.stream()
                .filter(m -> !names.contains(m.text()) || m.cue()).toList();
        return new SentenceFacts(sentence, kept, dates, figures, groups, attackCue, quoted, event, eventLevel, actLevel,
                grounded, persons);
    }

    /**
     * These facts with each day or month named without a year ("on 13 November", "in July": read as the latest before
     * publication) put in {@code year} instead: in an article about an attack long past, the year of that attack.
     */
    SentenceFacts inYear(String year) {
        List<DateFinder.DateMention> moved = null;
        for (int i = 0; i < dates.size(); i++) {
            DateFinder.DateMention d = dates.get(i);
            if (!d.relative() || d.pastRef() || d.value().length() < 7 || d.value().startsWith(year)) continue;
            // a day and a month ("13 November") or a month ("in July"), not a weekday, "yesterday" or a year's number
            if (!DateFinder.yearless(sentence.text(), d)) continue;
            if (moved == null) moved = new java.util.ArrayList<>(dates);
            moved.set(i, new DateFinder.DateMention(d.start(), d.end(), year + d.value().substring(4), false, false));
        }
        return moved == null ? this : new SentenceFacts(sentence, places, List.copyOf(moved), figures, groups,
                attackCue, quoted, event, eventLevel, actLevel, grounded, persons);
    }

    /** The finders a sentence is read with; all thread-safe. */
    record Finders(PlaceFinder places, DateFinder dates, CasualtyFinder casualties, GroupFinder groups,
                   EventReader events) {}
}
