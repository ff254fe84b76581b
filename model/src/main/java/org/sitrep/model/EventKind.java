package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** sitrep's own event kinds; each maps to an ACLED event type through its sub-event type. */
public enum EventKind {
    @JsonProperty("strike") STRIKE,
    @JsonProperty("shelling") SHELLING,
    @JsonProperty("air_strike") AIR_STRIKE,
    @JsonProperty("drone_strike") DRONE_STRIKE,
    @JsonProperty("missile_strike") MISSILE_STRIKE,
    @JsonProperty("armed_clash") ARMED_CLASH,
    @JsonProperty("territorial_control") TERRITORIAL_CONTROL,
    @JsonProperty("interception") INTERCEPTION,
    @JsonProperty("explosion") EXPLOSION,
    @JsonProperty("civilian_attack") CIVILIAN_ATTACK,
    @JsonProperty("other") OTHER;

    /** The kind named as in data files and JSON ("air_strike"). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EventKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
