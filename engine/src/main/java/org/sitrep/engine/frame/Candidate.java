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
 * @param members  the frames the event was built from
 * @param shadows  frames that only joined it as evidence
 * @param ruleClaims every claim the rules of reading gave its frames, before each source is counted once
 */
public record Candidate(Event event, Features features, boolean ruled, java.util.List<FrameTrace> frames,
                        java.util.List<Frame> members, java.util.List<Frame> shadows,
                        java.util.List<org.sitrep.engine.claim.SourcedClaim> ruleClaims) {

    public Candidate {
        frames = java.util.List.copyOf(frames);
        members = java.util.List.copyOf(members);
        shadows = java.util.List.copyOf(shadows);
        ruleClaims = java.util.List.copyOf(ruleClaims);
    }

    /** Every frame of the candidate, those it was built from first. */
    public java.util.List<Frame> allFrames() {
        java.util.List<Frame> out = new java.util.ArrayList<>(members);
        out.addAll(shadows);
        return out;
    }

    public Candidate withEvent(Event e) {
        return new Candidate(e, features, ruled, frames, members, shadows, ruleClaims);
    }
}
