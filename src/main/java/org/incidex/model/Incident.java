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
 * @param evidence           the sentences each value came from
 */
public record Incident(String date, Place place, List<GroupRef> groups, Integer killed, Integer injured,
                       Integer hostages, Integer perpetratorsKilled, List<String> attackTypes, List<String> targets,
                       List<Evidence> evidence) {
    public Incident {
        place = place == null ? Place.UNKNOWN : place;
        groups = List.copyOf(groups == null ? List.of() : groups);
        attackTypes = List.copyOf(attackTypes == null ? List.of() : attackTypes);
        targets = List.copyOf(targets == null ? List.of() : targets);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** The year part of {@link #date()}, or null. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Integer year() {
        return date == null || date.length() < 4 ? null : Integer.valueOf(date.substring(0, 4));
    }
}
