package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A casualty count read from the words: {@code low} is the stated lower bound ("at least 21" is 21,
 * "dozens" is 24), {@code high} only an upper bound the text states or the highest competing figure.
 *
 * @param low   lower bound, or null
 * @param high  upper bound, or null
 * @param words the span the figure was read from
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"low", "high", "start", "end"})
public record Casualties(Integer low, Integer high, @JsonIgnore Span words) {

    @JsonProperty("start")
    public Integer start() {
        return words == null ? null : words.start();
    }

    @JsonProperty("end")
    public Integer end() {
        return words == null ? null : words.end();
    }
}
