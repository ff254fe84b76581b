package org.sitrep.app.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.learn.LogisticModel;
import org.sitrep.engine.learn.LogisticTrainer;

/**
 * Fits the event model on labelled articles and measures it on articles it was not trained on: for
 * each theatre, a model trained on the others decides that theatre's candidates.
 */
final class EventModelTraining {

    /** How one decision rule does on a set of articles, counted as the evaluation counts events. */
    record Tally(int kept, int keptRight, int keptIgnored, long required, int reachable) {
        double precision() {
            int judged = kept - keptIgnored;
            return judged == 0 ? 0 : keptRight / (double) judged;
        }

        double recall() {
            return required == 0 ? 0 : keptRight / (double) required;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Tally plus(Tally o) {
            return new Tally(kept + o.kept, keptRight + o.keptRight, keptIgnored + o.keptIgnored, required + o.required,
                    reachable + o.reachable);
        }
    }

    private final double l2;

    EventModelTraining(double l2) {
        this.l2 = l2;
    }

    LogisticModel fit(List<LabelledArticle> articles, double threshold) {
        List<LogisticTrainer.Example> examples = new ArrayList<>();
        for (LabelledArticle a : articles) {
            examples.addAll(a.examples());
        }
        return new LogisticTrainer(l2, 50).fit(examples, threshold);
    }

    /**
     * Probabilities of every candidate of each theatre from a model trained without that theatre,
     * in the order of {@code articles}.
     */
    List<double[]> crossTheatre(List<LabelledArticle> articles, Map<String, String> theatres) {
        Map<String, List<Integer>> byTheatre = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byTheatre.computeIfAbsent(theatres.getOrDefault(articles.get(i).gold().id(), "unknown"), k -> new ArrayList<>())
                    .add(i);
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            out.add(null);
        }
        for (Map.Entry<String, List<Integer>> t : byTheatre.entrySet()) {
            List<LabelledArticle> training = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (!t.getValue().contains(i)) {
                    training.add(articles.get(i));
                }
            }
            LogisticModel m = fit(training, 0.5);
            for (int i : t.getValue()) {
                List<Candidate> cs = articles.get(i).candidates();
                double[] p = new double[cs.size()];
                for (int k = 0; k < p.length; k++) {
                    p[k] = m.probability(cs.get(k).features());
                }
                out.set(i, p);
            }
        }
        return out;
    }

    /** How keeping the candidates with probability at least {@code threshold} does on the articles. */
    static Tally tally(List<LabelledArticle> articles, List<double[]> probabilities, double threshold) {
        Tally total = new Tally(0, 0, 0, 0, 0);
        for (int i = 0; i < articles.size(); i++) {
            total = total.plus(tally(articles.get(i), probabilities.get(i), threshold));
        }
        return total;
    }

    /**
     * One article: candidates kept, kept ones that match a required gold event (each gold event
     * counted once, as the evaluation's one-to-one matching does), kept ones matching only optional
     * gold events (neither right nor wrong), and the required gold events.
     */
    static Tally tally(LabelledArticle a, double[] p, double threshold) {
        List<GoldArticle.GoldEvent> open = new ArrayList<>(a.gold().events().stream().filter(g -> !g.optional()).toList());
        List<GoldArticle.GoldEvent> optional = new ArrayList<>(a.gold().events().stream().filter(GoldArticle.GoldEvent::optional).toList());
        int kept = 0;
        int right = 0;
        int ignored = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] < threshold) {
                continue;
            }
            kept++;
            Candidate c = a.candidates().get(k);
            GoldArticle.GoldEvent hit = open.stream().filter(g -> GoldMatch.compatible(g, c.event())).findFirst().orElse(null);
            if (hit != null) {
                open.remove(hit);
                right++;
                continue;
            }
            GoldArticle.GoldEvent opt = optional.stream().filter(g -> GoldMatch.compatible(g, c.event())).findFirst().orElse(null);
            if (opt != null) {
                optional.remove(opt);
                ignored++;
            }
        }
        int reachable = 0;
        for (GoldArticle.GoldEvent g : a.gold().events()) {
            if (!g.optional() && a.candidates().stream().anyMatch(c -> GoldMatch.compatible(g, c.event()))) {
                reachable++;
            }
        }
        return new Tally(kept, right, ignored, a.required(), reachable);
    }

    /** The threshold with the best F1 on the given probabilities. */
    static double bestThreshold(List<LabelledArticle> articles, List<double[]> probabilities) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 10; t <= 90; t++) {
            double threshold = t / 100.0;
            double f1 = tally(articles, probabilities, threshold).f1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }
}
