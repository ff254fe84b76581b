package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a source says of an event: it happened (asserts), it did not happen or the source was not
 * responsible (denies), or it happened but not as others tell it: target, cause, toll or author (disputes).
 */
public enum Stance {
    @JsonProperty("asserts") ASSERTS,
    @JsonProperty("denies") DENIES,
    @JsonProperty("disputes") DISPUTES
}
