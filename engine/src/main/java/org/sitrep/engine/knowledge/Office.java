package org.sitrep.engine.knowledge;

/** A generic source noun ("defence ministry", "governor", "witnesses") with its role. */
public record Office(String name, Role role) {
}
