package org.sitrep.engine.frame;

import java.time.LocalDate;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * One frame behind a candidate event, as words: what opened it, where and when it is placed, and what
 * its context says. Shown by {@code sitrep extract --explain}.
 *
 * @param sentence the sentence it was read from
 * @param trigger  the trigger's words
 * @param place    the words naming its place
 * @param placeKey the place it resolved to
 * @param date     its date, or null
 * @param dated    whether its own sentence dated it
 * @param cues     what the context says about it
 * @param admitted whether the rules of reading admit it
 */
public record FrameTrace(Span sentence, Span trigger, Span place, String placeKey, LocalDate date, boolean dated,
                         Set<Cue> cues, boolean admitted) {

    static FrameTrace of(Frame f, boolean admitted) {
        return new FrameTrace(new Span(f.sentence().start(), f.sentence().end()), f.trigger(), f.placeSpan(),
                f.place().key(), f.date(), f.dateExplicit(), f.cues(), admitted);
    }
}
