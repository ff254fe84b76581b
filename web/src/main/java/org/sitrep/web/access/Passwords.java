package org.sitrep.web.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Password hashing with bcrypt (cost 12 in use; tests may pass a lower cost). */
public final class Passwords {
    public static final int COST = 12;
    private final int cost;
    /**
     * Checked against when the name is unknown, so that an unknown name costs the same time as a wrong
     * password: a hash of a random password, at the cost the accounts' own hashes have.
     */
    private final String dummy;

    public Passwords() {
        this(COST);
    }

    public Passwords(int cost) {
        this.cost = cost;
        this.dummy = BCrypt.withDefaults().hashToString(cost, Tokens.random().substring(0, 32).toCharArray());
    }

    public String hash(String password) {
        check(password);
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        BCrypt.Result r = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? dummy : hash).getBytes(StandardCharsets.UTF_8));
        return hash != null && r.verified;
    }

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static void check(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("a password has at least 8 characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new IllegalArgumentException("a password has at most 72 bytes (bcrypt reads no more)");
        }
    }
}
