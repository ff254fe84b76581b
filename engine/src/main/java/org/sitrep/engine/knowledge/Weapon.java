package org.sitrep.engine.knowledge;

/** A weapon as named in the text, with its canonical name and category. */
public record Weapon(String name, WeaponCategory category) {
}
