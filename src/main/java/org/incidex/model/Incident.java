package org.incidex.model;

import java.util.List;

/**
 * One attack as an article describes it. Unknown values are null or empty lists.
 *
 * @param date               "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when that is all the text says
 * @param place              where it happened
 * @param groups             groups tied to it, strongest role first
 * @param killed             victims killed (perpetrators excluded)
 * @param injured            victims injured
 * @param hostages           people taken hostage
 * @param perpetratorsKilled attackers killed
 * @param attackTypes        GTD-style attack types ("Bombing/Explosion", "Armed Assault", ...)
 * @param targets            GTD-style target types ("Business", "Military", ...)
 * @param evidence           the sentences each value came from; the {@code attack} evidence is the sentence that
 *                           weighed most in judging the text reports an attack
 * @param confidence         how surely the text reports an attack, 0 to 1 (see the README's "What counts as an
 *                           attack"); 1 for rows of coded incident tables; null in records written before it existed
 */
public record Incident(String date, Place place, List<GroupRef> groups, Integer killed, Integer injured,
                       Integer hostages, Integer perpetratorsKilled, List<String> attackTypes, List<String> targets,
                       List<Evidence> evidence, Double confidence) {
    public Incident {
        place = place == null ? Place.UNKNOWN : place;
        groups = List.copyOf(groups == null ? List.of() : groups);
        attackTypes = List.copyOf(attackTypes == null ? List.of() : attackTypes);
        targets = List.copyOf(targets == null ? List.of() : targets);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** An incident whose confidence is not known (tests, records that predate it). */
    public Incident(String date, Place place, List<GroupRef> groups, Integer killed, Integer injured,
                    Integer hostages, Integer perpetratorsKilled, List<String> attackTypes, List<String> targets,
                    List<Evidence> evidence) {
        this(date, place, groups, killed, injured, hostages, perpetratorsKilled, attackTypes, targets, evidence, null);
    }

    /** The year part of {@link #date()}, or null. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Integer year() {
        return date == null || date.length() < 4 ? null : Integer.valueOf(date.substring(0, 4));
    }
}
