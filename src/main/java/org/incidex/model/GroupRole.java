package org.incidex.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How an article ties a group to an incident, strongest first. */
public enum GroupRole {
    CLAIMED, SUSPECTED, BLAMED, MENTIONED;

    /** Lower-case name used in JSON and on the command line. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; throws IllegalArgumentException naming the value otherwise. */
    @JsonCreator
    public static GroupRole fromWire(String value) {
        for (GroupRole r : values()) {
            if (r.wireName().equalsIgnoreCase(value)) return r;
        }
        throw new IllegalArgumentException("unknown group role '" + value + "' (claimed|suspected|blamed|mentioned)");
    }
}
