package org.sitrep.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.IncidentDetail;
import org.sitrep.ledger.Ledger;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.access.AccessControl;

/** Analysts' review: confirm, reject, correct, note, merge, split; and the audit log. */
public final class ReviewRoutes {
    private final LedgerPool ledgers;
    private final PlaceLookup places;

    public ReviewRoutes(LedgerPool ledgers, PlaceIndex gazetteer) {
        this.ledgers = ledgers;
        this.places = new PlaceLookup(gazetteer);
    }

    public void register(RouteTable r) {
        r.post("/api/incidents/{id}/review", this::review);
        r.post("/api/incidents/{id}/merge", this::merge);
        r.post("/api/incidents/{id}/split", this::split);
        r.get("/api/audit", this::audit);
    }

    private void review(Context ctx) {
        long id = IncidentRoutes.id(ctx);
        JsonNode body = JsonBody.of(ctx);
        String action = JsonBody.text(body, "action");
        String value = JsonBody.text(body, "value");
        String note = JsonBody.text(body, "note");
        String who = AccessControl.actor(ctx).name();
        if (action == null) {
            throw new BadRequest("action: confirm, reject, reopen, place, date, type, fatalities, contested or note");
        }
        IncidentDetail d = ledgers.with(l -> {
            switch (action.toLowerCase(Locale.ROOT)) {
                case "confirm" -> l.decide(id, Decision.Kind.REVIEW, "confirmed", note, who);
                case "reject" -> l.decide(id, Decision.Kind.REVIEW, "rejected", note, who);
                case "reopen" -> l.decide(id, Decision.Kind.REVIEW, "unreviewed", note, who);
                case "place" -> l.correctPlace(id, places.resolve(value), note, who);
                case "date" -> l.decide(id, Decision.Kind.DATE, value, note, who);
                case "type" -> l.decide(id, Decision.Kind.TYPE, value, note, who);
                case "fatalities" -> l.decide(id, Decision.Kind.FATALITIES, value == null ? "unknown" : value, note, who);
                case "contested" -> l.decide(id, Decision.Kind.CONTESTED, value, note, who);
                case "note" -> l.decide(id, Decision.Kind.NOTE, null, note, who);
                default -> throw new BadRequest("unknown action '" + action + "'");
            }
            return show(l, id);
        });
        ctx.json(Views.detail(d));
    }

    private void merge(Context ctx) {
        long id = IncidentRoutes.id(ctx);
        JsonNode body = JsonBody.of(ctx);
        if (!body.path("into").canConvertToLong()) {
            throw new BadRequest("into: the id of the incident to merge this one into");
        }
        long into = body.path("into").asLong();
        String who = AccessControl.actor(ctx).name();
        ctx.json(Views.detail(ledgers.with(l -> l.merge(id, into, JsonBody.text(body, "note"), who))));
    }

    private void split(Context ctx) {
        long id = IncidentRoutes.id(ctx);
        JsonNode body = JsonBody.of(ctx);
        List<Long> events = new ArrayList<>();
        for (JsonNode n : body.path("eventIds")) {
            if (!n.canConvertToLong()) {
                throw new BadRequest("eventIds: the ids of the reports (events) to move");
            }
            events.add(n.asLong());
        }
        String who = AccessControl.actor(ctx).name();
        ctx.json(Views.detail(ledgers.with(l -> l.split(id, events, JsonBody.text(body, "note"), who))));
    }

    private void audit(Context ctx) {
        int limit = FilterParams.limit(ctx, 100);
        ctx.json(ledgers.with(l -> l.audit(limit)).stream().map(Views::audit).toList());
    }

    private static IncidentDetail show(Ledger l, long id) {
        return l.show(id).orElseThrow(() -> new io.javalin.http.NotFoundResponse("no incident " + id));
    }
}
