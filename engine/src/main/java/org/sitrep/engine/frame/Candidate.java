package org.sitrep.engine.frame;

import org.sitrep.engine.learn.Features;
import org.sitrep.model.Event;

/**
 * A possible event of an article, before the decision to report it.
 *
 * @param event    the event as it would be reported
 * @param features what speaks for and against reporting it (see {@link EventFeatures})
 * @param ruled    whether the rules of reading alone would report it
 * @param frames   the frames it was built from, then those that only joined it as evidence
 */
public record Candidate(Event event, Features features, boolean ruled, java.util.List<FrameTrace> frames) {

    public Candidate {
        frames = java.util.List.copyOf(frames);
    }
}
