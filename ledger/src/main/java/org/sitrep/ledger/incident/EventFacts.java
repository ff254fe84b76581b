package org.sitrep.ledger.incident;

import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;

/**
 * What merging needs to know of one event: type, place, days and attacker. Made from an extracted
 * event when it arrives, and read back from the store for the events already there.
 *
 * @param id         the stored event's id (0 while it is being stored)
 * @param articleId  the stored article's id
 * @param incidentId the incident it belongs to, or null while unassigned
 * @param eventType  ACLED event type label ("Battles")
 * @param subType    ACLED sub-event type label ("Armed clash")
 * @param placeName  place name, or null
 * @param geonameid  GeoNames id, or null
 * @param precision  town, region or country, or null when there is no place
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param country    ISO code, or null
 * @param admin1     first-level division name, or null
 * @param days       the days it may have happened on
 * @param attacker   who attacked, as the engine wrote it, or null
 */
public record EventFacts(long id, long articleId, Long incidentId, String eventType, String subType,
                         String placeName, Long geonameid, Precision precision, Double lat, Double lon,
                         String country, String admin1, DayRange days, String attacker) {

    public static EventFacts of(Event e, LocalDate published, long articleId) {
        Place p = e.place();
        return new EventFacts(0, articleId, null, e.eventType().label(), e.subEventType().label(),
                p == null ? null : p.name(), p == null ? null : p.geonameid(), p == null ? null : p.precision(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.country(),
                p == null ? null : p.admin1(), DayRange.of(e.date(), e.datePrecision(), published), e.attacker());
    }

    public EventFacts withIds(long newId, Long newIncidentId) {
        return new EventFacts(newId, articleId, newIncidentId, eventType, subType, placeName, geonameid, precision,
                lat, lon, country, admin1, days, attacker);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** The grid cell of a town-level event (the key its neighbours are found by), else null. */
    public Integer cell() {
        return precision == Precision.TOWN && hasCoordinates() ? Geo.cell(lat, lon) : null;
    }

    /**
     * The key region-level events are found by: country and first-level division; for a region the
     * gazetteer could not place in one (a "Donbas", a "northwest Syria"), its own folded name.
     */
    public String area() {
        if (precision == null || precision == Precision.COUNTRY) {
            return null;
        }
        String c = country == null ? "?" : country;
        if (admin1 != null) {
            return c + ":" + admin1.toLowerCase(Locale.ROOT);
        }
        return precision == Precision.REGION && placeName != null ? c + ":~" + NameFolding.fold(placeName) : null;
    }

    /** The folded place name, for places without coordinates. */
    public String foldedName() {
        return placeName == null ? null : NameFolding.fold(placeName);
    }
}
