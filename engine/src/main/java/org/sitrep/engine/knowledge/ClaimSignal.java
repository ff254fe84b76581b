package org.sitrep.engine.knowledge;

/**
 * What a statement's own words say beyond "it happened", which decides a side's stance once it is known who the
 * text says attacked. The words of each are in {@code claim-signals.txt}; {@link #OWN_FORCES} and {@link #OWN_STRIKE} are read
 * from the grammar ("its troops"), not from a lexicon.
 */
public enum ClaimSignal {
    /** "accused the Azov battalion of blowing it up", "a failed rocket launch", "Ukrainian air defence". */
    BLAMES_OTHER,
    /** "struck a Hamas command centre", "targeted missile launchers", "hit military facilities". */
    MILITARY_TARGET,
    /** "a tragic mistake", "acted on wrong information", "an accident". */
    MISTAKE,
    /** "were not involved", "is not true", "a fabrication". */
    DENIAL,
    /** "the strikes had instead hit a livestock market": another version of what happened. */
    OTHER_VERSION,
    /** "its troops had captured", "our forces repelled": the speaker has forces of its own in the fight. */
    OWN_FORCES,
    /** "the air force had struck", "its aircraft hit": the speaker's own forces carried out the act. */
    OWN_STRIKE
}
