package org.sitrep.web.access;

/** Who is making a request: an account's name and role. */
public record Principal(String name, Role role) {
}
