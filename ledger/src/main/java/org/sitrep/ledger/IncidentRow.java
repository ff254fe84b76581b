package org.sitrep.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One incident as listed: its summary, made from its members, with analysts' decisions applied.
 *
 * @param id               stable id (what {@code sitrep show ID} takes)
 * @param eventType        ACLED event type
 * @param subType          the commonest ACLED sub-event type among its reports
 * @param kind             the commonest sitrep event kind
 * @param placeName        the most precise place reported
 * @param geonameid        its GeoNames id, or null
 * @param precision        town, region or country
 * @param lat              latitude, or null
 * @param lon              longitude, or null
 * @param country          ISO code, or null
 * @param admin1           first-level division, or null
 * @param date             the day most reports give, or null when none gives a day
 * @param datePrecision    day, week, month or unknown
 * @param members          events merged into it
 * @param articles         articles reporting it
 * @param sources          independent originating sources
 * @param contested        contested, as the analysts decided, else as the machine found
 * @param machineContested contested as the machine found
 * @param fatalitiesLow    the lowest fatality figure of any report, or null
 * @param fatalitiesHigh   the highest, when higher than the lowest
 * @param sides            sides that make claims about it
 * @param review           confirmed or rejected by an analyst, or null when not reviewed
 * @param mergedInto       the incident an analyst merged this one into, or null
 */
public record IncidentRow(long id, String eventType, String subType, String kind, String placeName, Long geonameid,
                          String precision, Double lat, Double lon, String country, String admin1, LocalDate date,
                          String datePrecision, int members, int articles, int sources, boolean contested,
                          boolean machineContested, Integer fatalitiesLow, Integer fatalitiesHigh, List<String> sides,
                          String review, Long mergedInto) {

    public IncidentRow(long id, String eventType, String subType, String kind, String placeName, Long geonameid,
                       String precision, Double lat, Double lon, String country, String admin1, LocalDate date,
                       String datePrecision, int members, int articles, int sources, boolean contested,
                       boolean machineContested, Integer fatalitiesLow, Integer fatalitiesHigh, List<String> sides) {
        this(id, eventType, subType, kind, placeName, geonameid, precision, lat, lon, country, admin1, date, datePrecision,
                members, articles, sources, contested, machineContested, fatalitiesLow, fatalitiesHigh, sides, null, null);
    }
}
