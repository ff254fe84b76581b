package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A place name found in an article and what it was resolved to: the line items of {@code sitrep places}.
 * Offsets are character offsets into the article text, end exclusive (code points; equal to Java
 * {@code String} indices for text without characters outside the Basic Multilingual Plane).
 *
 * @param start     first character of the mention
 * @param end       character after the mention
 * @param text      the words as written
 * @param name      the resolved place's name
 * @param geonameid GeoNames id: a populated place, an administrative division, a country, or a named
 *                  region that GeoNames lists (a continent); null when unknown
 * @param lat       a representative point (a division's seat, a country's capital), or null
 * @param lon       see {@code lat}
 * @param country   ISO 3166-1 alpha-2 code, or null (a continent)
 * @param admin1    first-level division name, or null
 * @param precision town, region or country
 * @param feature   whether the name is a site (a plant, a bridge, a hospital) placed at its host town
 * @param role      what the name does in its sentence
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"start", "end", "text", "name", "geonameid", "lat", "lon", "country", "admin1", "precision",
    "role"})
public record Toponym(int start, int end, String text, String name, Long geonameid, Double lat, Double lon,
                      String country, String admin1, @JsonIgnore Precision precision, @JsonIgnore boolean feature,
                      ToponymRole role) {

    /** The precision word of the geoparsing contract: town, region, country, or feature for a site. */
    @JsonProperty("precision")
    public String precisionName() {
        if (feature) {
            return "feature";
        }
        return precision == null ? null : precision.name().toLowerCase(java.util.Locale.ROOT);
    }
}
