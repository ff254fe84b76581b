package org.sitrep.engine.knowledge;

/** A vague quantity word read as a lower bound ("dozens" is 24, "many" is 2) and an optional upper bound. */
public record Quantity(int low, Integer high) {
}
