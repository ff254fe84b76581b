package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the text itself says about whether an event was checked. */
public enum Verification {
    /** The text says it could not be verified or confirmed. */
    @JsonProperty("unverified") UNVERIFIED,
    /** Sides make opposing claims about it. */
    @JsonProperty("disputed") DISPUTED,
    /** The text names an independent confirmation. */
    @JsonProperty("confirmed") CONFIRMED,
    @JsonProperty("not_stated") NOT_STATED
}
