package org.sitrep.engine.learn;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Named numeric features of one decision; absent features are 0. */
public final class Features {
    private final Map<String, Double> values = new TreeMap<>();

    public Features set(String name, double value) {
        if (value != 0.0) {
            values.put(name, value);
        } else {
            values.remove(name);
        }
        return this;
    }

    public Features flag(String name, boolean on) {
        return set(name, on ? 1.0 : 0.0);
    }

    public double get(String name) {
        return values.getOrDefault(name, 0.0);
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
