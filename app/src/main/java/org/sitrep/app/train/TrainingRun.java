package org.sitrep.app.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.app.output.JsonLinesWriter;
import org.sitrep.engine.Engine;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.learn.LogisticModel;

/**
 * One training run: candidates of every annotated article by the rules alone, labelled against the
 * gold; the model's figures on each theatre when trained without it; the model trained on all.
 */
public final class TrainingRun {

    private final Engine rulesEngine;
    private final double l2;
    private final PrintWriter report;

    /** @param rulesEngine an engine whose scorer is the rules alone: the candidates must not depend on a model */
    public TrainingRun(Engine rulesEngine, double l2, PrintWriter report) {
        this.rulesEngine = rulesEngine;
        this.l2 = l2;
        this.report = report;
    }

    /**
     * Trains on the gold set and writes the model; when the set names theatres, first measures each
     * theatre on a model trained without it, and writes those cross-theatre extractions to
     * {@code predictions} (when not null) for the evaluation to score.
     */
    public void run(GoldSet gold, Writer model, JsonLinesWriter predictions, JsonLinesWriter candidates) throws IOException {
        List<LabelledArticle> articles = new ArrayList<>();
        for (GoldArticle g : gold.articles()) {
            articles.add(LabelledArticle.of(g, rulesEngine.candidates(g.article())));
            if (candidates != null) {
                candidates.write(Engine.report(g.id(), articles.get(articles.size() - 1).candidates(), c -> true));
            }
        }
        EventModelTraining training = new EventModelTraining(l2);
        List<double[]> rules = new ArrayList<>();
        for (LabelledArticle a : articles) {
            rules.add(a.candidates().stream().mapToDouble(c -> c.ruled() ? 1 : 0).toArray());
        }
        double threshold = 0.5;
        if (!gold.theatres().isEmpty()) {
            List<double[]> cross = training.crossTheatre(articles, gold.theatres());
            threshold = EventModelTraining.bestThreshold(articles, cross);
            report.printf(Locale.ROOT, "%-16s %5s %9s  %-22s  %-22s%n", "theatre", "gold", "reachable",
                    "rules P/R/F1", "model P/R/F1 (unseen)");
            Map<String, List<Integer>> byTheatre = new LinkedHashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                byTheatre.computeIfAbsent(gold.theatres().getOrDefault(articles.get(i).gold().id(), "unknown"),
                        k -> new ArrayList<>()).add(i);
            }
            byTheatre.put("all", java.util.stream.IntStream.range(0, articles.size()).boxed().toList());
            for (Map.Entry<String, List<Integer>> t : byTheatre.entrySet()) {
                List<LabelledArticle> as = t.getValue().stream().map(articles::get).toList();
                EventModelTraining.Tally r = EventModelTraining.tally(as, t.getValue().stream().map(rules::get).toList(), 0.5);
                EventModelTraining.Tally m = EventModelTraining.tally(as, t.getValue().stream().map(cross::get).toList(),
                        threshold);
                report.printf(Locale.ROOT, "%-16s %5d %9d  %.2f / %.2f / %.2f      %.2f / %.2f / %.2f%n", t.getKey(),
                        r.required(), r.reachable(), r.precision(), r.recall(), r.f1(), m.precision(), m.recall(), m.f1());
            }
            report.printf(Locale.ROOT, "threshold chosen on the unseen theatres: %.2f%n", threshold);
            if (predictions != null) {
                for (int i = 0; i < articles.size(); i++) {
                    double[] p = cross.get(i);
                    List<Candidate> cs = articles.get(i).candidates();
                    double t = threshold;
                    predictions.write(Engine.report(articles.get(i).gold().id(), cs, c -> p[cs.indexOf(c)] >= t));
                }
            }
        }
        LogisticModel fitted = training.fit(articles, threshold);
        int examples = articles.stream().mapToInt(a -> a.examples().size()).sum();
        fitted.write(model, List.of(
                "sitrep event model: the probability that a candidate event is a reportable incident.",
                "Trained by 'sitrep train' on " + articles.size() + " annotated articles (" + examples
                        + " candidates), " + LocalDate.now() + "; L2 " + l2 + ".",
                "One 'feature<TAB>weight' a line; features are named in engine/.../frame/EventFeatures.java."));
        model.flush();
        report.flush();
    }
}
