package org.sitrep.engine.frame;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sitrep.engine.learn.LogisticModel;

/**
 * Decides which candidates report an incident. The rules of reading admit frames (no disqualifying
 * cue); a learned model, when there is one, weighs each candidate event on all its features, the rules'
 * verdict among them.
 */
public final class EventScorer {

    /** Where the shipped model lives. */
    public static final String MODEL_RESOURCE = "/org/sitrep/engine/model/event-model.tsv";

    private final LogisticModel model;

    private EventScorer(LogisticModel model) {
        this.model = model;
    }

    /** The rules alone. */
    public static EventScorer rules() {
        return new EventScorer(null);
    }

    /** The given model on top of the rules. */
    public static EventScorer learned(LogisticModel model) {
        return new EventScorer(model);
    }

    /** The model shipped with sitrep, or the rules alone when none is shipped. */
    public static EventScorer shipped() {
        try (InputStream in = EventScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                return rules();
            }
            return learned(LogisticModel.read(new InputStreamReader(in, StandardCharsets.UTF_8), MODEL_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("built-in event model unreadable", e);
        }
    }

    /** Whether a frame is read as reporting an incident: no disqualifying cue, and a recalled episode only with a toll. */
    public boolean admits(Frame f) {
        for (Cue c : f.cues()) {
            if (FrameFinder.DISQUALIFYING.contains(c)) {
                return false;
            }
        }
        return !(f.has(Cue.RECALLED) && f.casualties().isEmpty());
    }

    /**
     * Whether a candidate event is reported. A model with cut-offs {@code veto} and {@code admit} works with
     * the rules: what they admit stands unless its probability is below the veto; what they do not admit is
     * reported only above the admit cut-off. Without them the model's threshold alone decides.
     */
    public boolean reports(Candidate c) {
        if (model == null) {
            return c.ruled();
        }
        Double veto = model.cutoff("veto");
        Double admit = model.cutoff("admit");
        double p = model.probability(c.features());
        if (veto != null && admit != null) {
            return c.ruled() ? p >= veto : p >= admit;
        }
        return p >= model.threshold();
    }

    /** The model's probability that the candidate is a reportable incident; the rules' verdict as 0 or 1 without one. */
    public double probability(Candidate c) {
        return model == null ? (c.ruled() ? 1.0 : 0.0) : model.probability(c.features());
    }
}
