package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who says what about an event.
 *
 * @param by     the source as named in the text ("Ukraine's defence ministry", "Mayor Vadim Lyakh")
 * @param side   the side the source speaks for: ISO alpha-2 code, {@code CC_opposition}, {@code PS},
 *               {@code third_party}, {@code media} or {@code unknown}
 * @param stance asserts, denies or disputes
 * @param about  what is claimed, one short line taken from the text
 * @param words  the exact span carrying the claim
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"by", "side", "stance", "about", "start", "end"})
public record Claim(String by, String side, Stance stance, String about, @JsonIgnore Span words) {

    @JsonProperty("start")
    public int start() {
        return words.start();
    }

    @JsonProperty("end")
    public int end() {
        return words.end();
    }
}
