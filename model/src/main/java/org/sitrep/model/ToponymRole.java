package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a place name does in its sentence. Only a literal mention can be where something happened;
 * the others name the place for another reason, and the event stages leave them aside.
 */
public enum ToponymRole {
    /** The place itself: "a shell hit Kharkiv", "fighting in the Donetsk region". */
    @JsonProperty("literal") LITERAL,
    /** Where people met or spoke, not where something happened to it: "talks in Paris", "a summit in Geneva". */
    @JsonProperty("venue") VENUE,
    /** A country or capital standing for its government or people: "Russia's ambassador", "Washington said". */
    @JsonProperty("metonymic") METONYMIC,
    /** An adjective or the name of a people: "Turkish troops", "Syrians". */
    @JsonProperty("demonym") DEMONYM
}
