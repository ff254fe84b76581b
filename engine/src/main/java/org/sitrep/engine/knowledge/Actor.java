package org.sitrep.engine.knowledge;

/** A named actor or source ("Volodymyr Zelensky", "Hamas", "the IDF") with its side and role. */
public record Actor(String name, String side, Role role) {

    /** An actor the lexicon names in lower case is a kind of actor ("armed group"), not one. */
    public boolean isKind() {
        return isKindName(name);
    }

    /** Whether a canonical name is written all in lower case, as the lexicon writes a kind of actor. */
    public static boolean isKindName(String name) {
        return name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }
}
