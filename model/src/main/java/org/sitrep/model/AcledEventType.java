package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** ACLED's event types (the parents of {@link AcledSubEventType}). */
public enum AcledEventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    AcledEventType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
