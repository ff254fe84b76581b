package org.sitrep.engine.knowledge;

/** What delivers a weapon: it decides between air/drone strikes and shelling/missile attacks. */
public enum WeaponCategory {
    MISSILE, ROCKET, ARTILLERY, DRONE, AIRCRAFT, EXPLOSIVE, SMALL_ARMS, AIR_DEFENCE
}
