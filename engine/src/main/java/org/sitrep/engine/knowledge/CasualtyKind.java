package org.sitrep.engine.knowledge;

/** Whether a casualty word counts the dead or the injured. */
public enum CasualtyKind {
    FATALITIES, INJURED
}
