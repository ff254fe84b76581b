package org.sitrep.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.ledger.map.BBox;
import org.sitrep.ledger.map.MapFilter;
import org.sitrep.ledger.query.IncidentFilter;

/**
 * The filter parameters shared by the map, the timeline and the downloads, read from a request. Every
 * value reaches the database as a bound parameter; the checks here are for clear errors, not for safety.
 */
final class FilterParams {
    static final int MAX_LIMIT = 5000;

    private FilterParams() {
    }

    static MapFilter of(Context ctx) {
        IncidentFilter base;
        try {
            base = new IncidentFilter(date(ctx, "since"), date(ctx, "until"), null, blank(ctx.queryParam("type")),
                    side(ctx.queryParam("side")), contestedOnly(ctx.queryParam("contested")),
                    integer(ctx, "minSources", 0, 0, 1000), 0);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        String bbox = blank(ctx.queryParam("bbox"));
        String after = blank(ctx.queryParam("after"));
        return new MapFilter(base, bbox == null ? null : BBox.parse(bbox), blank(ctx.queryParam("q")),
                blank(ctx.queryParam("review")), blank(ctx.queryParam("country")), blank(ctx.queryParam("admin1")),
                blank(ctx.queryParam("actor")), optionalInteger(ctx, "minFatalities"), optionalInteger(ctx, "maxFatalities"),
                after == null ? null : (long) integer(ctx, "after", 0, 0, Integer.MAX_VALUE));
    }

    private static Integer optionalInteger(Context ctx, String name) {
        return blank(ctx.queryParam(name)) == null ? null : integer(ctx, name, 0, 0, 1_000_000);
    }

    static int limit(Context ctx, int fallback) {
        return integer(ctx, "limit", fallback, 1, MAX_LIMIT);
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = blank(ctx.queryParam(name));
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequest(name + " must lie within " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " is a whole number, not '" + v + "'");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blank(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " is a date written YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** true: contested incidents only; false or absent: all. Anything else is a mistake, not "all". */
    private static boolean contestedOnly(String v) {
        String s = blank(v);
        if (s == null || s.equalsIgnoreCase("false")) {
            return false;
        }
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadRequest("contested is true or false, not '" + s + "'");
    }

    /** Sides are codes (RU, UA, third_party); anything else would only ever match nothing. */
    private static String side(String v) {
        String s = blank(v);
        if (s != null && !s.matches("[A-Za-z_-]{1,32}")) {
            throw new BadRequest("side is a code such as RU, UA or third_party, not '" + s + "'");
        }
        return s;
    }

    static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
