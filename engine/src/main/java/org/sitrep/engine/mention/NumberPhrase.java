package org.sitrep.engine.mention;

/**
 * A count read from words: tokens {@code [first, end)}; {@code low} is the stated lower bound ("at
 * least 21" is 21, "more than 1,300" is 1301), {@code high} an upper bound when one is stated;
 * {@code exact} is false for vague words ("dozens", "many") and approximations ("about 500").
 */
public record NumberPhrase(int first, int end, Integer low, Integer high, boolean exact) {
}
