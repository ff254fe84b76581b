package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an event happened, as resolved against the gazetteer. Coordinates of a region are those of
 * its administrative centre; a place the gazetteer does not know keeps null coordinates rather than
 * invented ones.
 *
 * @param name       the name as the gazetteer knows it (or as written, when unresolved)
 * @param geonameid  GeoNames id of the populated place, null for regions and unknown places
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param country    ISO 3166-1 alpha-2 code, or null
 * @param admin1     first-level division name, or null
 * @param precision  town, region or country
 * @param mention    the words in the text the place was read from
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"name", "geonameid", "lat", "lon", "country", "admin1", "precision", "start", "end"})
public record Place(String name, Long geonameid, Double lat, Double lon, String country, String admin1,
                    Precision precision, @com.fasterxml.jackson.annotation.JsonIgnore Span mention) {

    @JsonProperty("start")
    public Integer start() {
        return mention == null ? null : mention.start();
    }

    @JsonProperty("end")
    public Integer end() {
        return mention == null ? null : mention.end();
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
