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
import java.util.stream.IntStream;
import org.sitrep.app.output.JsonLinesWriter;
import org.sitrep.engine.Engine;
import org.sitrep.engine.claim.ClaimAttribution;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.learn.Features;
import org.sitrep.engine.learn.LogisticModel;
import org.sitrep.engine.learn.LogisticTrainer;

/**
 * One training run: every annotated article read by the rules alone, its candidate events and
 * statements labelled against the gold; the models' figures on each theatre when trained without it;
 * the models trained on all.
 */
public final class TrainingRun {

    private final Engine rulesEngine;
    private final double l2;
    private final PrintWriter report;

    /** @param rulesEngine an engine whose decisions are the rules alone: what is learned must not depend on a model */
    public TrainingRun(Engine rulesEngine, double l2, PrintWriter report) {
        this.rulesEngine = rulesEngine;
        this.l2 = l2;
        this.report = report;
    }

    /** Where the models go. */
    public interface Models {
        Writer events() throws IOException;

        Writer claims() throws IOException;
    }

    /**
     * Trains on the gold set and writes the models; when the set names theatres, first measures each
     * theatre on models trained without it, and writes those cross-theatre extractions to
     * {@code predictions} (when not null) for the evaluation to score.
     */
    public void run(GoldSet gold, Models models, JsonLinesWriter predictions, JsonLinesWriter candidates) throws IOException {
        run(gold, models, predictions, candidates, null);
    }

    /** As above, and writes every labelled statement-event pair with its cross-theatre probability to {@code pairsOut}. */
    public void run(GoldSet gold, Models models, JsonLinesWriter predictions, JsonLinesWriter candidates,
                    JsonLinesWriter pairsOut) throws IOException {
        double veto = 0;
        double admit = 1.01;
        List<LabelledArticle> articles = new ArrayList<>();
        for (GoldArticle g : gold.articles()) {
            LabelledArticle a = LabelledArticle.of(g, rulesEngine.read(g.article()));
            articles.add(a);
            if (candidates != null) {
                candidates.write(rulesEngine.report(a.reading(), c -> true, ClaimAttribution.rules()));
            }
        }
        List<List<ClaimLabels.Pair>> pairs = articles.stream().map(ClaimLabels::pairs).toList();
        EventModelTraining training = new EventModelTraining(l2);
        double eventThreshold = 0.5;
        double claimThreshold = 0.5;
        if (!gold.theatres().isEmpty()) {
            Map<String, List<Integer>> byTheatre = new LinkedHashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                byTheatre.computeIfAbsent(gold.theatres().getOrDefault(articles.get(i).gold().id(), "unknown"),
                        k -> new ArrayList<>()).add(i);
            }
            List<double[]> cross = training.crossTheatre(articles, gold.theatres());
            eventThreshold = EventModelTraining.bestThreshold(articles, cross);
            double[] cuts = bestCutoffs(articles, cross);
            veto = cuts[0];
            admit = cuts[1];
            List<double[]> withRules = withRules(articles, cross, veto, admit);
            List<double[]> claimCross = new ArrayList<>();
            Map<String, LogisticModel> claimModels = new LinkedHashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                claimCross.add(null);
            }
            for (Map.Entry<String, List<Integer>> t : byTheatre.entrySet()) {
                List<LogisticTrainer.Example> ex = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    if (!t.getValue().contains(i)) {
                        pairs.get(i).forEach(p -> ex.add(new LogisticTrainer.Example(p.features(), p.positive())));
                    }
                }
                LogisticModel m = new LogisticTrainer(l2, 50).fit(ex, 0.5);
                claimModels.put(t.getKey(), m);
                for (int i : t.getValue()) {
                    claimCross.set(i, pairs.get(i).stream().mapToDouble(p -> m.probability(p.features())).toArray());
                }
            }
            claimThreshold = bestClaimThreshold(pairs, claimCross);
            if (pairsOut != null) {
                for (int i = 0; i < articles.size(); i++) {
                    String text = articles.get(i).gold().text();
                    for (int k = 0; k < pairs.get(i).size(); k++) {
                        ClaimLabels.Pair p = pairs.get(i).get(k);
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("article", articles.get(i).gold().id());
                        row.put("event", p.event().event().eventType().label() + " @ " + p.event().event().place().name());
                        row.put("gold", p.positive());
                        row.put("rules", p.features().get("rules.attach") > 0);
                        row.put("p", Math.round(claimCross.get(i)[k] * 100) / 100.0);
                        row.put("source", p.statement().source().name() + " [" + p.statement().source().side() + "]");
                        row.put("sentence", text.substring(p.statement().sentence().start(), p.statement().sentence().end()));
                        row.put("features", p.features().asMap());
                        pairsOut.write(row);
                    }
                }
            }
            report.printf(Locale.ROOT, "%-16s %5s %9s  %-18s  %-18s  %-18s  %-18s  %-18s%n", "theatre", "gold", "reachable",
                    "events: rules", "model (unseen)", "rules+model", "claims: rules", "model (unseen)");
            byTheatre.put("all", IntStream.range(0, articles.size()).boxed().toList());
            List<double[]> rules = articles.stream()
                    .map(a -> a.candidates().stream().mapToDouble(c -> c.ruled() ? 1 : 0).toArray()).toList();
            for (Map.Entry<String, List<Integer>> t : byTheatre.entrySet()) {
                List<Integer> ids = t.getValue();
                List<LabelledArticle> as = ids.stream().map(articles::get).toList();
                EventModelTraining.Tally r = EventModelTraining.tally(as, ids.stream().map(rules::get).toList(), 0.5);
                EventModelTraining.Tally m = EventModelTraining.tally(as, ids.stream().map(cross::get).toList(), eventThreshold);
                EventModelTraining.Tally h = EventModelTraining.tally(as, ids.stream().map(withRules::get).toList(), 0.5);
                double[] cr = claimTally(ids.stream().map(pairs::get).toList(), null, 0.5);
                double[] cm = claimTally(ids.stream().map(pairs::get).toList(), ids.stream().map(claimCross::get).toList(),
                        claimThreshold);
                report.printf(Locale.ROOT, "%-16s %5d %9d  %.2f/%.2f/%.2f      %.2f/%.2f/%.2f      %.2f/%.2f/%.2f      %.2f/%.2f/%.2f      %.2f/%.2f/%.2f%n",
                        t.getKey(), r.required(), r.reachable(), r.precision(), r.recall(), r.f1(), m.precision(), m.recall(),
                        m.f1(), h.precision(), h.recall(), h.f1(), cr[0], cr[1], cr[2], cm[0], cm[1], cm[2]);
            }
            report.printf(Locale.ROOT, "(P/R/F1; claims: statements tied to gold events, against the gold claims' sentences)%n");
            report.printf(Locale.ROOT, "thresholds chosen on the unseen theatres: events %.2f, claims %.2f;"
                    + " rules+model: veto below %.2f, admit above %.2f%n", eventThreshold, claimThreshold, veto, admit);
            if (predictions != null) {
                for (int i = 0; i < articles.size(); i++) {
                    double[] p = withRules.get(i);
                    LabelledArticle a = articles.get(i);
                    String theatre = gold.theatres().getOrDefault(a.gold().id(), "unknown");
                    double te = 0.5;
                    ClaimAttribution attribution = ClaimAttribution.rules();
                    List<Candidate> cs = a.candidates();
                    predictions.write(rulesEngine.report(a.reading(), c -> p[cs.indexOf(c)] >= te, attribution));
                }
            }
        }
        LogisticModel events = training.fit(articles, eventThreshold).withCutoffs(Map.of("veto", veto, "admit", admit));
        int candidateCount = articles.stream().mapToInt(a -> a.examples().size()).sum();
        events.write(models.events(), List.of(
                "sitrep event model: the probability that a candidate event is a reportable incident.",
                "Trained by 'sitrep train' on " + articles.size() + " annotated articles (" + candidateCount
                        + " candidates), " + LocalDate.now() + "; L2 " + l2 + ".",
                "One 'feature<TAB>weight' a line; features are named in engine/.../frame/EventFeatures.java."));
        models.events().flush();
        List<LogisticTrainer.Example> claimExamples = new ArrayList<>();
        pairs.forEach(ps -> ps.forEach(p -> claimExamples.add(new LogisticTrainer.Example(p.features(), p.positive()))));
        LogisticModel claims = new LogisticTrainer(l2, 50).fit(claimExamples, claimThreshold);
        claims.write(models.claims(), List.of(
                "sitrep claim model: the probability that a statement is a claim about a reported event.",
                "Trained by 'sitrep train' on " + articles.size() + " annotated articles (" + claimExamples.size()
                        + " statement-event pairs), " + LocalDate.now() + "; L2 " + l2 + ".",
                "One 'feature<TAB>weight' a line; features are named in engine/.../claim/ClaimAttribution.java."));
        models.claims().flush();
        report.flush();
    }

    /** The rules' decisions, vetoed below {@code veto} and overruled above {@code admit}, as 0/1 per candidate. */
    private static List<double[]> withRules(List<LabelledArticle> articles, List<double[]> p, double veto, double admit) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Candidate> cs = articles.get(i).candidates();
            double[] d = new double[cs.size()];
            for (int k = 0; k < d.length; k++) {
                d[k] = (cs.get(k).ruled() ? p.get(i)[k] >= veto : p.get(i)[k] >= admit) ? 1 : 0;
            }
            out.add(d);
        }
        return out;
    }

    /** The veto and admit cut-offs with the best F1 on the unseen theatres (0 and above 1: the rules alone). */
    private static double[] bestCutoffs(List<LabelledArticle> articles, List<double[]> cross) {
        double[] best = {0, 1.01};
        double bestF1 = EventModelTraining.tally(articles, withRules(articles, cross, 0, 1.01), 0.5).f1();
        for (int v = 0; v <= 30; v += 2) {
            for (int a = 50; a <= 101; a += 3) {
                double f1 = EventModelTraining.tally(articles, withRules(articles, cross, v / 100.0, a / 100.0), 0.5).f1();
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = new double[] {v / 100.0, a / 100.0};
                }
            }
        }
        return best;
    }

    /** Precision, recall and F1 of tying statements to gold events; {@code probabilities} null: the rules. */
    private static double[] claimTally(List<List<ClaimLabels.Pair>> pairs, List<double[]> probabilities, double threshold) {
        int kept = 0;
        int right = 0;
        int positives = 0;
        for (int i = 0; i < pairs.size(); i++) {
            List<ClaimLabels.Pair> ps = pairs.get(i);
            for (int k = 0; k < ps.size(); k++) {
                Features f = ps.get(k).features();
                double p = probabilities == null ? f.get("rules.attach") : probabilities.get(i)[k];
                boolean keep = p >= threshold;
                kept += keep ? 1 : 0;
                right += keep && ps.get(k).positive() ? 1 : 0;
                positives += ps.get(k).positive() ? 1 : 0;
            }
        }
        double precision = kept == 0 ? 0 : right / (double) kept;
        double recall = positives == 0 ? 0 : right / (double) positives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    private static double bestClaimThreshold(List<List<ClaimLabels.Pair>> pairs, List<double[]> probabilities) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 10; t <= 90; t++) {
            double f1 = claimTally(pairs, probabilities, t / 100.0)[2];
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }
}
