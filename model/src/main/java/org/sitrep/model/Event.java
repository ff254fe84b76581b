package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One incident reported in one article, with everything read about it and where it was read.
 * Unknown is null, never a guess.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "kind", "acled_event_type", "acled_sub_event_type", "place", "date", "date_precision",
        "fatalities", "injured", "attacker", "target", "weapons", "claims", "verification", "evidence"})
public record Event(
        String id,
        EventKind kind,
        @JsonProperty("acled_sub_event_type") AcledSubEventType subEventType,
        Place place,
        LocalDate date,
        @JsonProperty("date_precision") DatePrecision datePrecision,
        Casualties fatalities,
        Casualties injured,
        String attacker,
        String target,
        List<String> weapons,
        List<Claim> claims,
        Verification verification,
        List<Span> evidence) {

    public Event {
        weapons = List.copyOf(weapons);
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
    }

    @JsonProperty("acled_event_type")
    public AcledEventType eventType() {
        return subEventType.parent();
    }
}
