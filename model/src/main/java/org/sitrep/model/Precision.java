package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How exactly a place is known. */
public enum Precision {
    @JsonProperty("town") TOWN,
    @JsonProperty("region") REGION,
    @JsonProperty("country") COUNTRY
}
