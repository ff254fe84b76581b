package org.sitrep.app.train;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.learn.LogisticTrainer;

/**
 * An annotated article's candidate events, each labelled against the gold as the evaluation would
 * match it: a candidate that can be a required gold event is positive; one that can only be an
 * optional gold event teaches nothing and is left out; any other is negative.
 *
 * @param gold       the annotated article
 * @param candidates the engine's candidates for it
 * @param labels     per candidate: TRUE, FALSE, or null when left out
 */
record LabelledArticle(GoldArticle gold, org.sitrep.engine.Engine.Reading reading, List<Candidate> candidates,
                       List<Boolean> labels) {

    static LabelledArticle of(GoldArticle gold, org.sitrep.engine.Engine.Reading reading) {
        List<Candidate> candidates = reading.candidates();
        List<Boolean> labels = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean required = false;
            boolean optional = false;
            for (GoldArticle.GoldEvent g : gold.events()) {
                if (GoldMatch.compatible(g, c.event())) {
                    required |= !g.optional();
                    optional |= g.optional();
                }
            }
            labels.add(required ? Boolean.TRUE : optional ? null : Boolean.FALSE);
        }
        return new LabelledArticle(gold, reading, candidates, labels);
    }

    List<LogisticTrainer.Example> examples() {
        List<LogisticTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (labels.get(i) != null) {
                out.add(new LogisticTrainer.Example(candidates.get(i).features(), labels.get(i)));
            }
        }
        return out;
    }

    /** The required gold event a candidate matches, or null. */
    GoldArticle.GoldEvent goldOf(Candidate c) {
        for (GoldArticle.GoldEvent g : gold.events()) {
            if (!g.optional() && GoldMatch.compatible(g, c.event())) {
                return g;
            }
        }
        return null;
    }

    /** Required gold events of the article. */
    long required() {
        return gold.events().stream().filter(g -> !g.optional()).count();
    }
}
