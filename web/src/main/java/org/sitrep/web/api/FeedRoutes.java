package org.sitrep.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.ledger.feed.ArticleFeed;
import org.sitrep.ledger.export.FeedJson;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.access.AccessControl;

/**
 * The feeds {@code sitrep watch} follows: their health, for admins; and, for anyone who may read, the
 * feeds that brought the articles of an incident ({@code ?incident=ID}).
 */
public final class FeedRoutes {
    private final LedgerPool ledgers;

    public FeedRoutes(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void register(RouteTable r) {
        r.get("/api/feeds", this::feeds);
    }

    private void feeds(Context ctx) {
        String incident = FilterParams.blank(ctx.queryParam("incident"));
        if (incident != null) {
            long id = parseId(incident);
            List<ArticleFeed> found = ledgers.with(l -> l.feeds().ofIncident(id));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("incident", id);
            out.put("articles", found.stream().map(FeedRoutes::articleFeed).toList());
            ctx.json(out);
            return;
        }
        AccessControl.requireAdmin(ctx);
        ctx.json(Map.of("feeds", ledgers.with(l -> l.feeds().list()).stream().map(FeedJson::of).toList()));
    }

    private static long parseId(String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequest("incident: a positive whole number");
    }

    private static Map<String, Object> articleFeed(ArticleFeed a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", a.articleKey());
        m.put("feedUrl", a.feedUrl());
        m.put("feedTitle", a.feedTitle());
        m.put("itemUrl", a.itemUrl());
        return m;
    }
}
