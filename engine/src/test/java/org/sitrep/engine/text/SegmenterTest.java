package org.sitrep.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(String text) {
        Document doc = segmenter.segment(text);
        return doc.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesEndAtFullStopsQuestionAndExclamationMarks() {
        assertThat(sentences("Shells fell. Was anyone hurt? Nobody! 21 people fled."))
                .containsExactly("Shells fell.", "Was anyone hurt?", "Nobody!", "21 people fled.");
    }

    @Test
    void aFullStopBeforeALowerCaseWordEndsNoSentence() {
        assertThat(sentences("The blast came at approx. five in the morning.")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Gen. Ivanov visited the front.",
        "The church of St. Nicholas was hit.",
        "Lt. Col. Petrenko said No. 5 school was hit.",
        "J. R. Tolkin spoke to reporters.",
        "The strike came on Oct. 7 at dawn.",
        "Officials in the U.S. said nothing."
    })
    void abbreviationsAndInitialsEndNoSentence(String text) {
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void timesOfDayWrittenWithDottedLettersEndNoSentence() {
        assertThat(sentences("Drones came between 11:00 p.m. and 6:30 a.m. Moscow time. Of these, 22 were downed."))
                .containsExactly("Drones came between 11:00 p.m. and 6:30 a.m. Moscow time.", "Of these, 22 were downed.");
    }

    @Test
    void abbreviationAtTheEndOfASentenceStillEndsItBeforeTheNext() {
        assertThat(sentences("They met at the HQ. Then they left."))
                .containsExactly("They met at the HQ.", "Then they left.");
    }

    @Test
    void usBeforeACapitalisedNameEndsNoSentence() {
        assertThat(sentences("The U.S. State Department said the missiles were shot down.")).hasSize(1);
    }

    @Test
    void usMadeIsOneSentence() {
        assertThat(sentences("Ukraine fired U.S.-made rockets at the bridge.")).hasSize(1);
    }

    @Test
    void closingQuoteAfterTheFullStopBelongsToTheSentence() {
        assertThat(sentences("He said: \"It was hit.\" Residents fled!"))
                .containsExactly("He said: \"It was hit.\"", "Residents fled!");
        assertThat(sentences("\u201CWe stayed.\u201D Then he left."))
                .containsExactly("\u201CWe stayed.\u201D", "Then he left.");
        assertThat(sentences("Troops left (after the strike.) Then more came."))
                .containsExactly("Troops left (after the strike.)", "Then more came.");
    }

    @Test
    void openingQuoteAfterAFullStopStartsTheNextSentence() {
        assertThat(sentences("He left. \u201CWe stayed,\u201D she said."))
                .containsExactly("He left.", "\u201CWe stayed,\u201D she said.");
        assertThat(sentences("He left. \"We stayed,\" she said."))
                .containsExactly("He left.", "\"We stayed,\" she said.");
    }

    @Test
    void paragraphsAreLinesAndTheHeadlineIsParagraphZero() {
        String text = "Missiles hit Odesa\nFirst sentence. Second sentence.\n\nThird paragraph.";
        Document doc = segmenter.segment(text);

        assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
        assertThat(text.substring(doc.sentences().get(0).start(), doc.sentences().get(0).end()))
                .isEqualTo("Missiles hit Odesa");
    }

    @Test
    void aHeadlineWithoutFullStopEndsAtTheLineBreak() {
        assertThat(sentences("Missiles hit Odesa\nOfficials said so.")).containsExactly("Missiles hit Odesa", "Officials said so.");
    }

    @Test
    void windowsLineEndsGiveTheSameParagraphsAndOffsets() {
        String text = "Headline\r\nBody one. Body two.\r\nLast.";
        Document doc = segmenter.segment(text);

        assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
        assertThat(doc.sentences()).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Headline", "Body one.", "Body two.", "Last.");
    }

    @Test
    void sentencesAndTokensIndexEachOther() {
        String text = "Title here\nRussia's army shelled Kharkiv. Ukraine's air force said 1,300 left.\nEnd.";
        Document doc = segmenter.segment(text);

        int expectedFirst = 0;
        for (Sentence s : doc.sentences()) {
            assertThat(s.index()).isEqualTo(doc.sentences().indexOf(s));
            assertThat(s.firstToken()).isEqualTo(expectedFirst);
            assertThat(s.size()).isPositive();
            assertThat(doc.tokens().get(s.firstToken()).start()).isEqualTo(s.start());
            assertThat(doc.tokens().get(s.endToken() - 1).end()).isEqualTo(s.end());
            for (Token t : doc.tokensOf(s)) {
                assertThat(t.sentence()).isEqualTo(s.index());
                assertThat(doc.sentenceOf(t)).isEqualTo(s);
            }
            expectedFirst = s.endToken();
        }
        assertThat(expectedFirst).isEqualTo(doc.tokens().size());
        for (int k = 0; k < doc.tokens().size(); k++) {
            Token t = doc.tokens().get(k);
            assertThat(t.index()).isEqualTo(k);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(segmenter.segment("").sentences()).isEmpty();
        assertThat(segmenter.segment("\n\n  \n").sentences()).isEmpty();
    }

    @Test
    void textWithoutFinalStopIsOneSentence() {
        assertThat(sentences("shelling continued overnight")).containsExactly("shelling continued overnight");
    }
}
