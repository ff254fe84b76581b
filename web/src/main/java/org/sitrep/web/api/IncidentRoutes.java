package org.sitrep.web.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.export.AcledCsv;
import org.sitrep.ledger.export.GeoJson;
import org.sitrep.ledger.map.MapFilter;
import org.sitrep.ledger.map.MapView;
import org.sitrep.model.AcledEventType;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.ServerSettings;

/** Reading: the map's incidents, the timeline, an incident, an article, search, downloads, metadata. */
public final class IncidentRoutes {
    /** Most incidents a download holds. */
    static final int MAX_EXPORT = 100_000;
    /** Downloads built at once: each may hold a hundred thousand incidents in memory, so a few at a time. */
    static final int MAX_EXPORTS_AT_ONCE = 2;
    private final java.util.concurrent.Semaphore exports = new java.util.concurrent.Semaphore(MAX_EXPORTS_AT_ONCE);
    private final LedgerPool ledgers;
    private final ServerSettings settings;

    public IncidentRoutes(LedgerPool ledgers, ServerSettings settings) {
        this.ledgers = ledgers;
        this.settings = settings;
    }

    public void register(RouteTable r) {
        r.get("/api/incidents", this::incidents);
        r.get("/api/histogram", this::histogram);
        r.get("/api/incidents/{id}", this::incident);
        r.get("/api/articles/{id}", this::article);
        r.get("/api/search", this::search);
        r.get("/api/export.csv", this::csv);
        r.get("/api/export.geojson", this::geojson);
        r.get("/api/meta", this::meta);
        r.get("/api/facets", ctx -> ctx.json(ledgers.with(l -> l.facets())));
    }

    private void incidents(Context ctx) {
        MapFilter f = FilterParams.of(ctx);
        int limit = FilterParams.limit(ctx, 2000);
        if ("list".equals(ctx.queryParam("as"))) {
            // The table and the review queue: the incidents themselves (latest first), never cells.
            List<IncidentRow> rows = ledgers.with(l -> l.list(f, limit + 1));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", rows.size() > limit ? null : rows.size());
            out.put("truncated", rows.size() > limit);
            out.put("incidents", rows.stream().limit(limit).map(Views.Incident::of).toList());
            ctx.json(out);
            return;
        }
        MapView v = ledgers.with(l -> l.viewport(f, limit));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", v.total());
        out.put("clustered", v.clustered());
        out.put("incidents", v.incidents().stream().map(Views.Incident::of).toList());
        out.put("clusters", v.clusters());
        ctx.json(out);
    }

    private void histogram(Context ctx) {
        MapFilter f = FilterParams.of(ctx);
        ctx.json(Map.of("days", ledgers.with(l -> l.histogram(f))));
    }

    private void incident(Context ctx) {
        long id = id(ctx);
        ctx.json(ledgers.with(l -> l.show(id)).map(Views::detail)
                .orElseThrow(() -> new NotFoundResponse("no incident " + id)));
    }

    private void article(Context ctx) {
        long id = id(ctx);
        ctx.json(ledgers.with(l -> l.article(id)).map(Views.Article::of)
                .orElseThrow(() -> new NotFoundResponse("no article " + id)));
    }

    private void search(Context ctx) {
        String q = FilterParams.blank(ctx.queryParam("q"));
        if (q == null) {
            throw new BadRequest("q: the words to search for");
        }
        int limit = FilterParams.limit(ctx, 20);
        ctx.json(ledgers.with(l -> l.search(q, limit)).stream().map(Views.SearchResult::of).toList());
    }

    private void csv(Context ctx) {
        MapFilter f = FilterParams.of(ctx);
        oneOfFewDownloads(ctx, () -> writeCsv(ctx, f));
    }

    private void geojson(Context ctx) {
        MapFilter f = FilterParams.of(ctx);
        oneOfFewDownloads(ctx, () -> writeGeojson(ctx, f));
    }

    private void oneOfFewDownloads(Context ctx, Runnable download) {
        if (!exports.tryAcquire()) {
            ctx.header("Retry-After", "10");
            throw new io.javalin.http.HttpResponseException(503, MAX_EXPORTS_AT_ONCE
                    + " downloads are being built; try again in a few seconds");
        }
        try {
            download.run();
        } finally {
            exports.release();
        }
    }

    private void writeCsv(Context ctx, MapFilter f) {
        StringWriter out = new StringWriter();
        ledgers.with(l -> {
            List<IncidentRow> rows = l.list(f, MAX_EXPORT);
            List<Long> ids = rows.stream().map(IncidentRow::id).toList();
            try {
                AcledCsv.write(out, rows, l.members(ids), l.outlets(ids));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-incidents.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    private void writeGeojson(Context ctx, MapFilter f) {
        Object collection = ledgers.with(l -> {
            List<IncidentRow> rows = l.list(f, MAX_EXPORT);
            return GeoJson.collection(rows, l.members(rows.stream().map(IncidentRow::id).toList()));
        });
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-incidents.geojson\"");
        ctx.contentType("application/geo+json").json(collection);
    }

    private void meta(Context ctx) {
        List<String> types = new ArrayList<>();
        for (AcledEventType t : AcledEventType.values()) {
            types.add(t.label());
        }
        for (AcledSubEventType s : AcledSubEventType.values()) {
            types.add(s.label());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("types", types);
        out.put("subTypes", java.util.Arrays.stream(AcledSubEventType.values()).map(AcledSubEventType::label).toList());
        out.put("sides", ledgers.with(l -> l.sides()));
        out.put("tileUrl", settings.tileUrl());
        out.put("attribution", settings.tileAttribution());
        Optional<LocalDate[]> range = ledgers.with(l -> l.dateRange());
        out.put("dateRange", range.map(r -> Map.of("first", r[0], "last", r[1])).orElse(null));
        out.put("lastIncidentId", ledgers.with(l -> l.lastIncidentId()));
        ctx.json(out);
    }

    static long id(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadRequest("an id is a whole number, not '" + v + "'");
        }
    }
}
