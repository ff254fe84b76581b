package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** ACLED's sub-event types that sitrep produces, each knowing its parent type. */
public enum AcledSubEventType {
    ARMED_CLASH("Armed clash", AcledEventType.BATTLES),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", AcledEventType.BATTLES),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", AcledEventType.BATTLES),
    AIR_DRONE_STRIKE("Air/drone strike", AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SHELLING_ARTILLERY_MISSILE_ATTACK("Shelling/artillery/missile attack", AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE),
    REMOTE_EXPLOSIVE_LANDMINE_IED("Remote explosive/landmine/IED", AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE),
    GRENADE("Grenade", AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SUICIDE_BOMB("Suicide bomb", AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE),
    CHEMICAL_WEAPON("Chemical weapon", AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE),
    ATTACK("Attack", AcledEventType.VIOLENCE_AGAINST_CIVILIANS),
    ABDUCTION_FORCED_DISAPPEARANCE("Abduction/forced disappearance", AcledEventType.VIOLENCE_AGAINST_CIVILIANS),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", AcledEventType.STRATEGIC_DEVELOPMENTS),
    LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", AcledEventType.STRATEGIC_DEVELOPMENTS),
    OTHER("Other", AcledEventType.STRATEGIC_DEVELOPMENTS);

    private final String label;
    private final AcledEventType parent;

    AcledSubEventType(String label, AcledEventType parent) {
        this.label = label;
        this.parent = parent;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public AcledEventType parent() {
        return parent;
    }

    /** Accepts the ACLED label ("Air/drone strike") or the constant name ("air_drone_strike"). */
    public static AcledSubEventType parse(String text) {
        String t = text.trim();
        for (AcledSubEventType s : values()) {
            if (s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t.replace(' ', '_'))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown ACLED sub-event type: " + text);
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
