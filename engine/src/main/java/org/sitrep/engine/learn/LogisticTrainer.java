package org.sitrep.engine.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fits a {@link LogisticModel} by L2-regularised maximum likelihood (Newton's method: the feature
 * sets are small, a few dozen, so each step solves the full system). Deterministic: the same examples
 * give the same weights.
 */
public final class LogisticTrainer {

    /** One labelled decision. */
    public record Example(Features features, boolean positive) {
    }

    private final double l2;
    private final int iterations;

    /**
     * @param l2         the penalty on squared weights (the bias is not penalised); larger generalises more
     * @param iterations Newton steps at most
     */
    public LogisticTrainer(double l2, int iterations) {
        this.l2 = l2;
        this.iterations = iterations;
    }

    public LogisticModel fit(List<Example> examples, double threshold) {
        List<String> names = new ArrayList<>(new TreeSet<>(examples.stream()
                .flatMap(e -> e.features().asMap().keySet().stream()).toList()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int d = names.size() + 1; // the last coordinate is the bias
        double[][] x = new double[examples.size()][d];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            for (Map.Entry<String, Double> e : examples.get(i).features().asMap().entrySet()) {
                x[i][index.get(e.getKey())] = e.getValue();
            }
            x[i][d - 1] = 1.0;
            y[i] = examples.get(i).positive() ? 1.0 : 0.0;
        }
        double[] w = new double[d];
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(dot(w, x[i]));
                double r = p - y[i];
                double s = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    if (x[i][a] == 0) {
                        continue;
                    }
                    grad[a] += r * x[i][a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += s * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 0; a < d - 1; a++) {
                grad[a] += l2 * w[a];
                hess[a][a] += l2;
            }
            hess[d - 1][d - 1] += 1e-6;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            weights.put(names.get(i), w[i]);
        }
        return new LogisticModel(weights, w[d - 1], threshold);
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting; the system is symmetric positive definite. */
    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n] = v[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            if (Math.abs(a[c][c]) < 1e-12) {
                continue;
            }
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * out[k];
            }
            out[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : s / a[r][r];
        }
        return out;
    }
}
