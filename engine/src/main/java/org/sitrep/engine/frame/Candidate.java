package org.sitrep.engine.frame;

import org.sitrep.engine.learn.Features;
import org.sitrep.model.Event;

/**
 * A possible event of an article, before the decision to report it.
 *
 * @param event    the event as it would be reported
 * @param weighed   what speaks for and against reporting it (see {@link EventFeatures}), worked out when
 *                 first asked for: only a learned scorer, training and explanations read it
 * @param ruled    whether the rules of reading alone would report it
 * @param frames   the frames it was built from, then those that only joined it as evidence
 * @param members  the frames the event was built from
 * @param shadows  frames that only joined it as evidence
 * @param ruleClaims every claim the rules of reading gave its frames, before each source is counted once
 */
public record Candidate(Event event, java.util.function.Supplier<Features> weighed, boolean ruled, java.util.List<FrameTrace> frames,
                        java.util.List<Frame> members, java.util.List<Frame> shadows,
                        java.util.List<org.sitrep.engine.claim.SourcedClaim> ruleClaims) {

    public Candidate {
        weighed = weighed instanceof Once<?> ? weighed : new Once<>(weighed);
        frames = java.util.List.copyOf(frames);
        members = java.util.List.copyOf(members);
        shadows = java.util.List.copyOf(shadows);
        ruleClaims = java.util.List.copyOf(ruleClaims);
    }

    /** What speaks for and against reporting it. */
    public Features features() {
        return weighed.get();
    }

    /** A value worked out on first use and kept; two threads asking at once may both work it out. */
    private static final class Once<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> source;
        private volatile T value;

        Once(java.util.function.Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                v = source.get();
                value = v;
            }
            return v;
        }
    }

    /** Every frame of the candidate, those it was built from first. */
    public java.util.List<Frame> allFrames() {
        java.util.List<Frame> out = new java.util.ArrayList<>(members);
        out.addAll(shadows);
        return out;
    }

    public Candidate withEvent(Event e) {
        return new Candidate(e, this::features, ruled, frames, members, shadows, ruleClaims);
    }
}
