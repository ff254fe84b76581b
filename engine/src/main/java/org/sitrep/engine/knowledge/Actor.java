package org.sitrep.engine.knowledge;

import java.time.LocalDate;

/**
 * A named actor or source ("Volodymyr Zelensky", "Hamas", "the IDF") with its side and role, and what it became
 * from a day on, if the lexicon says so: the Taliban were an armed group of Afghanistan's opposition until they
 * took Kabul, and its government after.
 */
public record Actor(String name, String side, Role role, Succession later) {

    /** From {@code from} on, the actor speaks for {@code side} in {@code role}. */
    public record Succession(LocalDate from, String side, Role role) {
    }

    public Actor(String name, String side, Role role) {
        this(name, side, role, null);
    }

    /** The actor as it stood on a day (the article's publication); unchanged when the day is unknown. */
    public Actor on(LocalDate day) {
        if (later == null || day == null || day.isBefore(later.from())) {
            return this;
        }
        return new Actor(name, later.side(), later.role(), null);
    }

    /** An actor the lexicon names in lower case is a kind of actor ("armed group"), not one. */
    public boolean isKind() {
        return isKindName(name);
    }

    /** Whether a canonical name is written all in lower case, as the lexicon writes a kind of actor. */
    public static boolean isKindName(String name) {
        return name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }
}
