package org.sitrep.engine.frame;

/**
 * What the words around a trigger say about whether it reports an incident. A frame carries its cues
 * so that the decision to report it is made once, over all of them, by {@link EventScorer}, and can be
 * traced back to words.
 */
public enum Cue {
    /** A trigger that needs support (a place, weapon or toll next to it) and has none. */
    WEAK_UNSUPPORTED,
    /** A weak trigger in a sentence whose strong trigger tells another incident. */
    WEAK_SHADOWED,
    /** "efforts to take", "would allow": what may happen. */
    HYPOTHETICAL,
    /** "did not say where the missiles struck". */
    UNKNOWN_WHERE,
    /** "under Russian control since troops took the town". */
    SINCE_CLAUSE,
    /** "Taking the town would allow ...": a gerund naming an idea. */
    OPENING_GERUND,
    /** "the capture of 100 soldiers", "seizing weapons": people or goods taken, not ground. */
    TAKES_NO_GROUND,
    /** A capture with no forces, state or weapon in its sentence ("took the title"). */
    UNARMED,
    /** A trigger that counts only with a place right after it, and has none. */
    UNDIRECTED,
    /** An interception with no weapon named. */
    NO_WEAPON,
    /** A withdrawal from no named place. */
    LOSS_UNPLACED,
    /** Ground taken or given up in waters or an area of no one state ("a French withdrawal from the Sahel"). */
    NO_TERRITORY,
    /** A sentence of habitual or campaign-long violence, or of other news. */
    HABITUAL,
    /** A sentence with a war-long toll ("since the war began, 500 killed"). */
    CUMULATIVE,
    /** A past episode recalled ("earlier this year"). */
    RECALLED,
    /** Debris did it ("debris from a downed drone damaged two houses"): the damage, not an attack fended off. */
    BY_DEBRIS,
    /** A past episode named by its date ("the October 7 massacre"): a name, not a report of it. */
    NAMED_BY_DATE,
    /** The trigger is negated ("is not under full control"). */
    NEGATED,
    /** Negated where no one is said to say so: a description ("the last city not under their control"), not a denial. */
    NEGATED_UNCLAIMED,
    /** The place is the seat of a source ("the mayor of X"), not named as the scene. */
    PLACE_SEAT,
    /** The place comes from an earlier sentence ("the city was hit"). */
    PLACE_ANAPHORA,
    /** A locative cue introduced the place ("in", "near", "the town of"). */
    PLACE_CUED,
    /** A word that names violence without saying its kind ("attack", "killed", "opened fire"). */
    GENERIC
}
