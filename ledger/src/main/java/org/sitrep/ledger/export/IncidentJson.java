package org.sitrep.ledger.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.store.Json;

/**
 * An incident as a JSON object: {@code incident_id}, {@code contested}, {@code sources} first (the
 * fields the merge scorer reads), then the summary, then {@code members}: each member event as
 * {@code sitrep extract} writes it, with {@code article_id} added.
 */
public final class IncidentJson {
    private IncidentJson() {
    }

    public static ObjectNode of(IncidentRow r, List<ObjectNode> members) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("incident_id", r.id());
        o.put("contested", r.contested());
        o.put("sources", r.sources());
        o.put("acled_event_type", r.eventType());
        o.put("acled_sub_event_type", r.subType());
        o.put("kind", r.kind());
        ObjectNode place = o.putObject("place");
        place.put("name", r.placeName());
        place.put("geonameid", r.geonameid());
        place.put("lat", r.lat());
        place.put("lon", r.lon());
        place.put("country", r.country());
        place.put("admin1", r.admin1());
        place.put("precision", r.precision());
        o.put("date", r.date() == null ? null : r.date().toString());
        o.put("date_precision", r.datePrecision());
        o.put("articles", r.articles());
        o.put("reports", r.members());
        ObjectNode fatalities = o.putObject("fatalities");
        fatalities.put("low", r.fatalitiesLow());
        fatalities.put("high", r.fatalitiesHigh());
        ArrayNode sides = o.putArray("sides");
        r.sides().forEach(sides::add);
        o.put("machine_contested", r.machineContested());
        if (members != null) {
            ArrayNode m = o.putArray("members");
            members.forEach(m::add);
        }
        return o;
    }
}
