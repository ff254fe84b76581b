package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How exactly an event's date is known. */
public enum DatePrecision {
    @JsonProperty("day") DAY,
    @JsonProperty("week") WEEK,
    @JsonProperty("month") MONTH,
    @JsonProperty("unknown") UNKNOWN
}
