package org.sitrep.ledger.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.ledger.IncidentRow;

/**
 * Incidents as ACLED-compatible CSV (RFC 4180): ACLED's columns, in ACLED's order and vocabularies
 * where sitrep knows the value (event and sub-event types, time precision 1/2/3, geo precision 1/2/3),
 * empty where it does not, then sitrep's own: the incident id, independent sources, contested, the
 * fatality upper bound, and every claim as "SIDE stance: source".
 */
public final class AcledCsv {
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude",
            "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
            "sitrep_incident_id", "sitrep_sources", "sitrep_contested", "sitrep_fatalities_high", "sitrep_claims");

    private AcledCsv() {
    }

    /**
     * @param members each incident's member events (with article ids), for sources, actors and claims
     * @param outlets each incident's outlets
     */
    public static void write(Writer out, List<IncidentRow> rows, Map<Long, List<ObjectNode>> members,
                             Map<Long, List<String>> outlets) throws IOException {
        line(out, COLUMNS);
        for (IncidentRow r : rows) {
            List<ObjectNode> m = members.getOrDefault(r.id(), List.of());
            line(out, List.of(eventId(r), r.date() == null ? "" : r.date().toString(),
                    r.date() == null ? "" : String.valueOf(r.date().getYear()), timePrecision(r.datePrecision()),
                    nz(r.eventType()), nz(r.subType()), actor1(r, m), first(m, "target"), countryName(r.country()),
                    nz(r.admin1()), "", nz(r.placeName()), r.lat() == null ? "" : String.valueOf(r.lat()),
                    r.lon() == null ? "" : String.valueOf(r.lon()), geoPrecision(r.precision()),
                    source(outlets.getOrDefault(r.id(), List.of()), m), "", notes(r),
                    r.fatalitiesLow() == null ? "0" : String.valueOf(r.fatalitiesLow()), String.valueOf(r.id()),
                    String.valueOf(r.sources()), String.valueOf(r.contested()),
                    r.fatalitiesHigh() == null ? "" : String.valueOf(r.fatalitiesHigh()), claims(m)));
        }
        out.flush();
    }

    /** ACLED's ids are the country's ISO 3166 alpha-3 code and a number; sitrep's number is the incident id. */
    static String eventId(IncidentRow r) {
        String iso3 = "XXX";
        if (r.country() != null && r.country().length() == 2) {
            try {
                iso3 = new Locale("", r.country()).getISO3Country();
            } catch (java.util.MissingResourceException e) {
                iso3 = r.country();
            }
        }
        return iso3 + "SR" + r.id();
    }

    static String countryName(String iso2) {
        if (iso2 == null || iso2.length() != 2) {
            return iso2 == null ? "" : iso2;
        }
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? iso2 : name;
    }

    private static String timePrecision(String p) {
        return switch (p == null ? "" : p) {
            case "day" -> "1";
            case "week" -> "2";
            case "month" -> "3";
            default -> "";
        };
    }

    private static String geoPrecision(String p) {
        return switch (p == null ? "" : p) {
            case "town" -> "1";
            case "region" -> "2";
            case "country" -> "3";
            default -> "";
        };
    }

    private static String notes(IncidentRow r) {
        return (r.kind() == null ? "incident" : r.kind().replace('_', ' ')) + " at " + nz(r.placeName())
                + (r.date() == null ? "" : " on " + r.date()) + ": " + count(r.members(), "report") + " in "
                + count(r.articles(), "article") + ", " + count(r.sources(), "independent source")
                + (r.contested() ? "; contested" : "") + ".";
    }

    /** "1 report", "2 reports": a count with its noun in the right number. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * ACLED's initiator: the attacker the reports name. An interception has none in the words ("air
     * defences shot down 20 drones", said a ministry): there the side whose own sources assert it is the
     * one that intercepted, as ACLED codes it.
     */
    static String actor1(IncidentRow r, List<ObjectNode> members) {
        String attacker = first(members, "attacker");
        if (!attacker.isEmpty() || !"Disrupted weapons use".equals(r.subType())) {
            return attacker;
        }
        Set<String> sides = new LinkedHashSet<>();
        for (ObjectNode m : members) {
            for (JsonNode c : m.path("claims")) {
                String side = c.path("side").asText("");
                if ("asserts".equals(c.path("stance").asText()) && side.matches("[A-Z]{2}(_opposition)?")) {
                    sides.add(side);
                }
            }
        }
        return sides.size() == 1 ? sides.iterator().next() : "";
    }

    /** ACLED's source: the outlets that carried the reports, then the sources they quote. */
    static String source(List<String> outlets, List<ObjectNode> members) {
        Set<String> out = new LinkedHashSet<>(outlets);
        for (ObjectNode m : members) {
            for (JsonNode c : m.path("claims")) {
                String by = c.path("by").asText("").strip();
                if (!by.isEmpty()) {
                    out.add(by);
                }
            }
        }
        return String.join("; ", out);
    }

    private static String first(List<ObjectNode> members, String field) {
        Set<String> values = new LinkedHashSet<>();
        for (ObjectNode m : members) {
            JsonNode v = m.get(field);
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                values.add(v.asText());
            }
        }
        return String.join("; ", values);
    }

    private static String claims(List<ObjectNode> members) {
        List<String> out = new ArrayList<>();
        for (ObjectNode m : members) {
            for (JsonNode c : m.path("claims")) {
                String s = c.path("side").asText("unknown") + " " + c.path("stance").asText("") + ": " + c.path("by").asText("");
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return String.join(" | ", out);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Numbers, which a spreadsheet may read as such ("-73.98"); anything else starting like a formula is text. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    /**
     * A cell as CSV writes it. Names and notes come from articles, which anyone can write: a cell that a
     * spreadsheet would run as a formula ("=HYPERLINK(...)", "+cmd", "@SUM") gets a leading apostrophe,
     * which spreadsheets read as "this is text" (OWASP's advice on CSV injection).
     */
    static String quote(String raw) {
        String s = raw;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
