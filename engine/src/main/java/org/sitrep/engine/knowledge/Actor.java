package org.sitrep.engine.knowledge;

/** A named actor or source ("Volodymyr Zelensky", "Hamas", "the IDF") with its side and role. */
public record Actor(String name, String side, Role role) {
}
