package org.incidex.ingest.demo;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The working state of one article being written: the fact, the page's random stream, the publication day and
 * the phrasings already chosen. Not thread-safe; one per render call.
 */
final class Draft {

    final Fact fact;
    final Random r;
    final LocalDate published;
    final boolean britishDates;
    final List<Fact> corpus;
    final AttackKind kind;

    boolean killedSaid;
    boolean injuredSaid;
    boolean hostagesSaid;

    Draft(Fact fact, Random r, LocalDate published, boolean britishDates, List<Fact> corpus) {
        this.fact = fact;
        this.r = r;
        this.published = published;
        this.britishDates = britishDates;
        this.corpus = corpus;
        this.kind = AttackKind.of(fact.attackType());
    }

    /** Days between the attack and publication: 0 or 1. */
    long daysAfter() {
        return ChronoUnit.DAYS.between(fact.date(), published);
    }

    String weekday() {
        return fact.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "20 November" or "November 20". */
    String dayMonth(LocalDate d) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return britishDates ? d.getDayOfMonth() + " " + month : month + " " + d.getDayOfMonth();
    }

    /** "20 November 2015" or "November 20, 2015". */
    String fullDate(LocalDate d) {
        return britishDates ? dayMonth(d) + " " + d.getYear() : dayMonth(d) + ", " + d.getYear();
    }

    /** When the attack happened, relative to the publication day and always true: "on Friday", "yesterday"... */
    String when() {
        List<String> options = new ArrayList<>(List.of("on " + weekday(), "on " + dayMonth(fact.date()),
                "on " + fullDate(fact.date())));
        if (daysAfter() == 1) {
            options.add("yesterday");
            options.add("yesterday");
        } else {
            options.add("today");
        }
        return Prose.pick(r, options);
    }

    /**
     * The first, fullest mention of the place, with its preposition and, when it has an inner comma, a closing one:
     * "in the Malian capital, Bamako,". Always followed by more of the sentence.
     */
    String placeFirst() {
        Fact f = fact;
        Geo.Country c = Geo.country(f.countryCode());
        List<String> options = new ArrayList<>();
        options.add("in " + f.city() + ", " + f.country());
        if (c != null && Geo.isCapital(f)) {
            options.add("in the " + c.demonym() + " capital, " + f.city());
            options.add("in " + Geo.possessive(f.country()) + " capital, " + f.city());
        } else if (c != null) {
            options.add("in the " + c.demonym() + " city of " + f.city());
        }
        String region = Geo.regionPhrase(f);
        if (region != null) {
            options.add("in " + f.city() + ", in " + Geo.possessive(f.country()) + " " + region);
        }
        if ("US".equals(f.countryCode()) && f.region() != null && !f.region().equals(f.city())) {
            options.add("in " + f.city() + ", " + f.region());
        }
        String chosen = Prose.pick(r, options);
        // An appositive or "City, Country" needs its closing comma before the date phrase that always follows.
        return chosen.indexOf(',') >= 0 ? chosen + "," : chosen;
    }

    /** The target as a noun phrase ("the Radisson Blu hotel"), or null when the row has none. */
    String target() {
        return fact.target() == null ? null : Prose.targetNp(fact.target());
    }

    /** " on the Radisson Blu hotel" or "" when there is no target. */
    String onTarget() {
        return fact.target() == null ? "" : " on " + target();
    }

    String num(int n) {
        return Numbers.count(n, r);
    }

    /** "20 people", "one person", "at least 20 people". */
    String people(int n, boolean mayHedge) {
        String prefix = mayHedge && n > 1 && r.nextInt(3) == 0 ? "at least " : "";
        return prefix + num(n) + (n == 1 ? " person" : " people");
    }

    /** Other facts, never this one, in table order. */
    List<Fact> others() {
        return corpus.stream().filter(o -> !o.id().equals(fact.id())).toList();
    }
}
