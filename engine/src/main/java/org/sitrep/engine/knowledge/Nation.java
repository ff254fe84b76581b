package org.sitrep.engine.knowledge;

/** A state or people as named ("Russia", "Russian", "Moscow", "the Kremlin"), with its side code. */
public record Nation(String side, String name) {
}
