package org.sitrep.engine.knowledge;

import org.sitrep.model.Stance;

/**
 * A reporting expression ("said", "denied", "according to").
 *
 * @param stance      the stance it gives its source
 * @param sourceAfter whether the source follows it ("according to X") rather than precedes it
 */
public record ReportingCue(Stance stance, boolean sourceAfter) {
}
