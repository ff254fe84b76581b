package org.sitrep.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic model: the probability of a decision from named features. Its text form, one
 * {@code name<TAB>weight} a line after a header of {@code #} comments, keeps every weight readable:
 * {@code bias}, {@code threshold} and named cut-offs ({@code cutoff.NAME}, for decisions that weigh the
 * probability against more than one bound) are lines like the others.
 */
public record LogisticModel(Map<String, Double> weights, double bias, double threshold, Map<String, Double> cutoffs) {

    public LogisticModel {
        weights = Map.copyOf(weights);
        cutoffs = Map.copyOf(cutoffs);
    }

    public LogisticModel(Map<String, Double> weights, double bias, double threshold) {
        this(weights, bias, threshold, Map.of());
    }

    /** A named cut-off, or null. */
    public Double cutoff(String name) {
        return cutoffs.get(name);
    }

    public LogisticModel withCutoffs(Map<String, Double> c) {
        return new LogisticModel(weights, bias, threshold, c);
    }

    public double probability(Features f) {
        double z = bias;
        for (Map.Entry<String, Double> e : f.asMap().entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                z += w * e.getValue();
            }
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    public boolean accepts(Features f) {
        return probability(f) >= threshold;
    }

    public LogisticModel withThreshold(double t) {
        return new LogisticModel(weights, bias, t, cutoffs);
    }

    /** Writes the model, heaviest weights first, after the given comment lines. */
    public void write(Appendable out, Iterable<String> comments) throws IOException {
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        out.append("bias\t").append(format(bias)).append('\n');
        out.append("threshold\t").append(format(threshold)).append('\n');
        for (Map.Entry<String, Double> c : new TreeMap<>(cutoffs).entrySet()) {
            out.append("cutoff.").append(c.getKey()).append('\t').append(format(c.getValue())).append('\n');
        }
        weights.entrySet().stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())))
                .forEach(e -> {
                    try {
                        out.append(e.getKey()).append('\t').append(format(e.getValue())).append('\n');
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                });
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the line when one cannot be read
     */
    public static LogisticModel read(Reader in, String name) throws IOException {
        Map<String, Double> w = new TreeMap<>();
        Map<String, Double> cut = new TreeMap<>();
        double bias = 0;
        double threshold = 0.5;
        BufferedReader r = new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split("\t");
            double v;
            try {
                v = parts.length == 2 ? Double.parseDouble(parts[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException(name + ":" + n + ": expected 'feature<TAB>weight'");
            }
            switch (parts[0]) {
                case "bias" -> bias = v;
                case "threshold" -> threshold = v;
                default -> {
                    if (parts[0].startsWith("cutoff.")) {
                        cut.put(parts[0].substring(7), v);
                    } else {
                        w.put(parts[0], v);
                    }
                }
            }
        }
        return new LogisticModel(w, bias, threshold, cut);
    }
}
