package org.incidex.ingest.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One real attack as a row of the demo facts table ({@code /org/incidex/demo/facts.tsv}). Every demo page is
 * written from exactly one fact and states nothing checkable that is not in it.
 *
 * <p>Immutable and therefore thread-safe. The constructor validates the row and throws
 * {@link IllegalArgumentException} naming the field; {@link DemoCorpus#parseFacts} adds the file and line.
 *
 * @param id          stable identifier, {@code [A-Za-z0-9][A-Za-z0-9._-]*}; also the page's file name
 * @param date        the day the attack began
 * @param city        city or town as the gazetteer spells it; every page names it
 * @param region      first-level region (state, province), or null
 * @param country     country common name ("Mali")
 * @param countryCode ISO 3166-1 alpha-2 code, upper case ("ML")
 * @param groups      canonical group names, possibly empty; never null
 * @param groupRole   {@code claimed}, {@code suspected} or {@code blamed}; null exactly when {@code groups} is empty
 * @param killed      victims killed, or null when unknown
 * @param injured     victims injured, or null when unknown
 * @param hostages    people taken hostage, or null when unknown or none
 * @param attackType  GTD attack type ("Bombing/Explosion", "Armed Assault", ...)
 * @param targetType  GTD target type ("Business", "Military", ...), or null
 * @param target      short noun phrase for what was hit ("Radisson Blu hotel"), or null
 * @param name        the attack's common name ("Bamako hotel attack")
 */
public record Fact(String id, LocalDate date, String city, String region, String country, String countryCode,
                   List<String> groups, String groupRole, Integer killed, Integer injured, Integer hostages,
                   String attackType, String targetType, String target, String name) {

    /** The group roles a row may carry. */
    public static final Set<String> GROUP_ROLES = Set.of("claimed", "suspected", "blamed");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    public Fact {
        requireText(id, "id");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("id '" + id + "' must match " + ID);
        Objects.requireNonNull(date, "date");
        requireText(city, "city");
        region = blankToNull(region);
        requireText(country, "country");
        requireText(countryCode, "country_code");
        if (!CODE.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("country_code '" + countryCode + "' must be two upper-case letters");
        }
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        for (String g : groups) requireText(g, "groups entry");
        groupRole = blankToNull(groupRole);
        if (groupRole != null && !GROUP_ROLES.contains(groupRole)) {
            throw new IllegalArgumentException("group_role '" + groupRole + "' must be claimed, suspected, blamed or empty");
        }
        if (groups.isEmpty() && groupRole != null) {
            throw new IllegalArgumentException("group_role '" + groupRole + "' given but groups is empty");
        }
        if (!groups.isEmpty() && groupRole == null) {
            throw new IllegalArgumentException("groups given but group_role is empty");
        }
        requireCount(killed, "killed");
        requireCount(injured, "injured");
        requireCount(hostages, "hostages");
        requireText(attackType, "attack_type");
        targetType = blankToNull(targetType);
        target = blankToNull(target);
        requireText(name, "name");
    }

    /** True when the row names at least one group. */
    public boolean hasGroups() {
        return !groups.isEmpty();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is empty");
        if (!value.equals(value.strip())) throw new IllegalArgumentException(field + " '" + value + "' has surrounding spaces");
    }

    private static void requireCount(Integer value, String field) {
        if (value != null && value < 0) throw new IllegalArgumentException(field + " is negative: " + value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
