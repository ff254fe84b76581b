package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.ledger.Account;
import org.sitrep.ledger.LedgerException;

/**
 * The accounts and API tokens of {@code sitrep serve}, kept in the ledger so that a team sharing a
 * PostgreSQL ledger shares its accounts. Only hashes are stored; hashing is the caller's.
 */
public final class Accounts {
    private final Database db;
    private final Connection c;

    public Accounts(Database db) {
        this.db = db;
        this.c = db.connection();
    }

    /** Adds an account, or replaces the role and password of an existing one. */
    public void put(String name, String role, String passwordHash, Instant now) {
        try {
            boolean exists = find(name).isPresent();
            String sql = exists ? "UPDATE users SET role = ?, password_hash = ? WHERE name = ?"
                    : "INSERT INTO users (role, password_hash, name, created_at) VALUES (?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Params.bind(ps, role, passwordHash, name);
                if (!exists) {
                    db.dialect().setInstant(ps, 4, now);
                }
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    public Optional<Account> find(String name) {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, role, password_hash, created_at FROM users"
                + " WHERE name = ?")) {
            ps.setString(1, name);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? Optional.of(account(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    public List<Account> list() {
        List<Account> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, role, password_hash, created_at FROM users"
                + " ORDER BY name")) {
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(account(rs));
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /** Removes an account and its tokens; false when there was none. */
    public boolean remove(String name) {
        try {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM api_tokens WHERE user_name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM users WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** Stores a token's hash for an account. */
    public void addToken(String name, String tokenSha256, Instant now) {
        if (find(name).isEmpty()) {
            throw new LedgerException("no user " + name);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens (token_sha256, user_name, created_at)"
                + " VALUES (?, ?, ?)")) {
            Params.bind(ps, tokenSha256, name);
            db.dialect().setInstant(ps, 3, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** The account a token belongs to. */
    public Optional<Account> byToken(String tokenSha256) {
        try (PreparedStatement ps = c.prepareStatement("SELECT u.name, u.role, u.password_hash, u.created_at FROM users u"
                + " JOIN api_tokens t ON t.user_name = u.name WHERE t.token_sha256 = ?")) {
            ps.setString(1, tokenSha256);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? Optional.of(account(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    private Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), rs.getString(3), db.dialect().getInstant(rs, "created_at"));
    }
}
