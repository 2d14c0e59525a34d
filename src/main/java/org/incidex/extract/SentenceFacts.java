package org.incidex.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What one sentence says: places, dates, casualty figures and groups, whether it is about an attack at all, and
 * whether it is mostly reported speech. Place mentions inside group names ("Al-Qaeda in the Islamic Maghreb") are
 * dropped. Immutable.
 */
record SentenceFacts(Sentence sentence, List<PlaceFinder.PlaceMention> places, List<DateFinder.DateMention> dates,
                     List<CasualtyFinder.Figure> figures, List<GroupFinder.GroupMention> groups, boolean attackCue,
                     boolean quoted) {

    static SentenceFacts of(Sentence s, Finders f, LocalDate published) {
        String t = s.text();
        String low = t.toLowerCase(java.util.Locale.ROOT);   // once: every finder's cheap pre-checks read it
        List<GroupFinder.GroupMention> groups = f.groups().find(t, low);
        List<PlaceFinder.PlaceMention> places = f.places().find(t).stream()
                .filter(p -> groups.stream().noneMatch(g -> p.start() < g.end() && p.end() > g.start()))
                .toList();
        return new SentenceFacts(s, places, f.dates().find(t, published, low), f.casualties().find(t, low), groups,
                AttackClassifier.isAttackSentence(t, low), s.isMostlyQuoted());
    }

    /** The finders a sentence is read with; all thread-safe. */
    record Finders(PlaceFinder places, DateFinder dates, CasualtyFinder casualties, GroupFinder groups) {}
}
