package org.sitrep.engine.knowledge;

/** What kind of source or actor a name stands for. */
public enum Role {
    /** A state's armed forces or defence ministry. */
    MILITARY,
    /** A state's government, head of state or ministry. */
    GOVERNMENT,
    /** Officials of a state, unnamed. */
    OFFICIAL,
    /** A local or regional authority (mayor, governor, police): its side is the country of its place. */
    LOCAL,
    /** A news organisation speaking for itself. */
    MEDIA,
    /** Witnesses, residents, hospital staff: third party. */
    WITNESS,
    /** International bodies, monitors, NGOs: third party. */
    MONITOR,
    /** A non-state armed group. */
    ARMED_GROUP,
    /** A named person. */
    PERSON
}
