package org.sitrep.web.access;

import java.util.Locale;

/** What an account may do: viewers read; analysts also review and ingest; admins also manage accounts. */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canWrite() {
        return this != VIEWER;
    }

    public static Role of(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("a role is viewer, analyst or admin, not '" + code + "'");
        }
    }
}
