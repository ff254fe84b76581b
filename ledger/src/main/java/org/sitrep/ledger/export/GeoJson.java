package org.sitrep.ledger.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.store.Json;

/**
 * A GeoJSON FeatureCollection (RFC 7946): one Point feature per incident at its place ([lon, lat]),
 * the summary as properties. Incidents without coordinates get a null geometry, as the RFC allows,
 * rather than being left out or placed somewhere invented.
 */
public final class GeoJson {
    private GeoJson() {
    }

    public static ObjectNode collection(List<IncidentRow> rows, Map<Long, List<ObjectNode>> members) {
        ObjectNode fc = Json.MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (IncidentRow r : rows) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", r.id());
            if (r.lat() != null && r.lon() != null) {
                ObjectNode g = f.putObject("geometry");
                g.put("type", "Point");
                g.putArray("coordinates").add(r.lon()).add(r.lat());
            } else {
                f.putNull("geometry");
            }
            ObjectNode props = IncidentJson.of(r, null);
            props.remove("place");
            props.put("place", r.placeName());
            props.put("precision", r.precision());
            props.put("country", r.country());
            props.put("admin1", r.admin1());
            List<ObjectNode> m = members == null ? null : members.get(r.id());
            if (m != null) {
                ArrayNode articles = props.putArray("article_ids");
                m.stream().map(x -> x.path("article_id").asText()).distinct().forEach(articles::add);
            }
            f.set("properties", props);
        }
        return fc;
    }
}
