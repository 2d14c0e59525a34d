package org.incidex.extract;

import org.incidex.extract.event.EventReader;
import org.incidex.extract.event.EventSignal;
import org.incidex.model.GroupRole;

import java.time.LocalDate;
import java.util.List;

/**
 * What one sentence says: places, dates, casualty figures and groups, whether it is about an attack at all, and
 * whether it is mostly reported speech, and how surely it reports an attack ({@code event}, {@code eventLevel}: see
 * {@link EventSignal#level}; {@code actLevel}: the same without victims or damage). Place mentions inside group names ("Al-Qaeda in the Islamic Maghreb") are dropped.
 * Immutable.
 */
record SentenceFacts(Sentence sentence, List<PlaceFinder.PlaceMention> places, List<DateFinder.DateMention> dates,
                     List<CasualtyFinder.Figure> figures, List<GroupFinder.GroupMention> groups, boolean attackCue,
                     boolean quoted, EventSignal event, int eventLevel, int actLevel) {

    static SentenceFacts of(Sentence s, Finders f, LocalDate published) {
        String t = s.text();
        String low = t.toLowerCase(java.util.Locale.ROOT);   // once: every finder's cheap pre-checks read it
        List<GroupFinder.GroupMention> groups = f.groups().find(t, low);
        List<PlaceFinder.PlaceMention> places = f.places().find(t).stream()
                .filter(p -> groups.stream().noneMatch(g -> p.start() < g.end() && p.end() > g.start()))
                .toList();
        List<CasualtyFinder.Figure> figures = f.casualties().find(t, low);
        EventSignal event = f.events().read(t, low);
        boolean harmed = figures.stream().anyMatch(x -> x.kind() != CasualtyFinder.Kind.TRAPPED);
        boolean tied = groups.stream().anyMatch(g -> g.role() != GroupRole.MENTIONED);   // null: no word for its part
        return new SentenceFacts(s, places, f.dates().find(t, published, low), figures, groups,
                AttackClassifier.isAttackSentence(t, low), s.isMostlyQuoted(), event, event.level(harmed, tied),
                event.actLevel(tied));
    }

    /** The finders a sentence is read with; all thread-safe. */
    record Finders(PlaceFinder places, DateFinder dates, CasualtyFinder casualties, GroupFinder groups,
                   EventReader events) {}
}
