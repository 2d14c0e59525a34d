package org.incidex.model;

import java.util.Objects;

/**
 * A group tied to an incident.
 *
 * @param name     canonical name from the group list, or the name as written when not in the list
 * @param role     how the text ties the group to the incident
 * @param verified true when the name is in the curated group list
 */
public record GroupRef(String name, GroupRole role, boolean verified) {
    public GroupRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
