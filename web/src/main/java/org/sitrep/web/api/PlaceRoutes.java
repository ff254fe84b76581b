package org.sitrep.web.api;

import io.javalin.http.Context;
import java.util.Map;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.ledger.map.BBox;

/** The base map's place labels: GeoNames places from the server's gazetteer, by viewport. */
public final class PlaceRoutes {
    /** Most labels one view asks for; the page keeps those that do not overlap. */
    static final int MAX_LIMIT = 400;
    private final PlaceLabels labels;

    public PlaceRoutes(PlaceIndex gazetteer) {
        this.labels = new PlaceLabels(gazetteer);
    }

    public void register(RouteTable r) {
        r.get("/api/places", this::places);
    }

    private void places(Context ctx) {
        String bbox = FilterParams.blank(ctx.queryParam("bbox"));
        if (bbox == null) {
            throw new BadRequest("bbox: the view as west,south,east,north");
        }
        int limit = FilterParams.integer(ctx, "limit", 150, 1, MAX_LIMIT);
        ctx.json(Map.of("places", labels.inside(BBox.parse(bbox), limit)));
    }
}
