package org.sitrep.ledger;

import java.time.Instant;

/**
 * A user of {@code sitrep serve}.
 *
 * @param name         the login name
 * @param role         viewer, analyst or admin
 * @param passwordHash the password's bcrypt hash (never the password)
 * @param createdAt    when the account was made
 */
public record Account(String name, String role, String passwordHash, Instant createdAt) {
    @Override
    public String toString() {
        return "Account[" + name + ", " + role + "]";
    }
}
