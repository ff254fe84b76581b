package org.sitrep.engine.knowledge;

import org.sitrep.model.Stance;

/**
 * A reporting expression ("said", "denied", "according to").
 *
 * @param stance   the stance it gives its source
 * @param position where its source stands
 */
public record ReportingCue(Stance stance, Position position) {

    /** Where the source of a reporting expression stands. */
    public enum Position {
        /** Before it: "the ministry said". */
        BEFORE,
        /** After it: "according to the ministry". */
        AFTER,
        /**
         * After it, passing its words on through another speaker when the sentence has one: "Reuters, citing
         * residents, reported" has Reuters speak; "twelve were killed, citing residents" has the residents.
         */
        CITED
    }

    /** A cue whose source stands before it ({@code sourceAfter} false) or after it. */
    public ReportingCue(Stance stance, boolean sourceAfter) {
        this(stance, sourceAfter ? Position.AFTER : Position.BEFORE);
    }

    /** Whether the source follows it ("according to X") rather than precedes it. */
    public boolean sourceAfter() {
        return position != Position.BEFORE;
    }

    /** Whether its source speaks through another speaker of the same sentence, when there is one. */
    public boolean cited() {
        return position == Position.CITED;
    }
}
