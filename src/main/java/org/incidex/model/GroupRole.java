package org.incidex.model;

import java.util.Locale;

/** How an article ties a group to an incident, strongest first. */
public enum GroupRole {
    CLAIMED, SUSPECTED, BLAMED, MENTIONED;

    /** Lower-case name used in JSON and on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; throws IllegalArgumentException naming the value otherwise. */
    public static GroupRole fromWire(String value) {
        for (GroupRole r : values()) {
            if (r.wireName().equalsIgnoreCase(value)) return r;
        }
        throw new IllegalArgumentException("unknown group role '" + value + "' (claimed|suspected|blamed|mentioned)");
    }
}
