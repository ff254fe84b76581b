package org.sitrep.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.access.AccessControl;
import org.sitrep.web.access.Passwords;
import org.sitrep.web.access.Role;
import org.sitrep.web.access.Sessions;

/** Accounts, for admins: list them, add one or change its role and password, remove one. */
public final class UserRoutes {
    private final LedgerPool ledgers;
    private final Sessions sessions;
    private final Passwords passwords;
    private final Clock clock;

    public UserRoutes(LedgerPool ledgers, Sessions sessions, Passwords passwords, Clock clock) {
        this.ledgers = ledgers;
        this.sessions = sessions;
        this.passwords = passwords;
        this.clock = clock;
    }

    public void register(RouteTable r) {
        r.get("/api/users", this::list);
        r.post("/api/users", this::put);
        r.post("/api/users/{name}/remove", this::remove);
    }

    private void list(Context ctx) {
        AccessControl.requireAdmin(ctx);
        ctx.json(ledgers.with(l -> l.accounts().list()).stream()
                .map(a -> Map.of("name", a.name(), "role", a.role(), "createdAt", a.createdAt())).toList());
    }

    private void put(Context ctx) {
        AccessControl.requireAdmin(ctx);
        JsonNode body = JsonBody.of(ctx);
        String name = JsonBody.text(body, "name");
        if (name == null || !name.matches("[\\p{L}\\p{N}._@-]{1,64}")) {
            throw new BadRequest("name: 1-64 letters, digits and . _ @ -");
        }
        Role role = Role.of(String.valueOf(JsonBody.text(body, "role")));
        String hash = passwords.hash(body.path("password").asText(null));
        ledgers.with(l -> {
            l.accounts().put(name, role.code(), hash, clock.instant());
            return null;
        });
        sessions.closeAll(name);
        ctx.status(201).json(Map.of("name", name, "role", role.code()));
    }

    private void remove(Context ctx) {
        AccessControl.requireAdmin(ctx);
        String name = ctx.pathParam("name");
        if (name.equals(AccessControl.actor(ctx).name())) {
            throw new BadRequest("an admin cannot remove their own account here (sitrep user remove NAME)");
        }
        if (!ledgers.with(l -> l.accounts().remove(name))) {
            throw new io.javalin.http.NotFoundResponse("no user " + name);
        }
        sessions.closeAll(name);
        ctx.status(204);
    }
}
