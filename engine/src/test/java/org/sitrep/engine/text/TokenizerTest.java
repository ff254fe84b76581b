package org.sitrep.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<Token> tokens(String text) {
        return tokenizer.tokenize(text, 0, text.length(), 0);
    }

    private List<String> texts(String text) {
        return tokens(text).stream().map(Token::text).toList();
    }

    @Test
    void invisibleCharactersInAWordAreCarriedOverAndBetweenTokensSkipped() {
        String copy = "\uFEFFRussian mis\u200Csiles struck Khar\u00ADkiv\u200B, the gov\u200Dernor\uFE0F said.";
        List<Token> tokens = tokens(copy);
        assertThat(tokens.stream().map(Token::folded).toList())
                .containsExactly("russian", "missiles", "struck", "kharkiv", ",", "the", "governor", "said", ".");
        Token missiles = tokens.get(1);
        assertThat(copy.substring(missiles.start(), missiles.end())).isEqualTo("mis\u200Csiles");
        assertThat(tokens.get(0).start()).as("after the byte order mark").isEqualTo(1);
        assertThat(tokens.get(0).isCapitalized()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia's defence ministry didn't say.",
        "Russia\u2019s troops \u201Cwithdrew\u201D \u2014 officials said",
        "More than 1,300 people, the U.S. and U.N. said, in Rostov-on-Don.",
        "Kam'yanske and Bil\u2019horod; Dra\u0301ma and Dr\u00E1ma (Kh-22M) 9th 1980s 3.5 km",
        "  leading and trailing spaces  ",
        "'Kherson's' port, citizens' homes, they're here, we'll go, I'm sure",
        "\uFEFFRussian mis\u200Csiles\u00AD struck Khar\u200Bkiv\u200E, 1\u200B300 \u202Bpeople\u202C"
    })
    void everyTokenPointsAtItsOwnCharacters(String text) {
        List<Token> tokens = tokens(text);
        assertThat(tokens).isNotEmpty();
        int previousEnd = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            assertThat(text.substring(t.start(), t.end())).as("token %d", k).isEqualTo(t.text());
            assertThat(t.start()).as("token %d starts after the one before", k).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.index()).isEqualTo(k);
            assertThat(t.sentence()).isEqualTo(-1);
            assertThat(text.substring(previousEnd, t.start()).replaceAll("\\p{Cf}", ""))
                    .as("only spaces and invisible characters are skipped").isBlank();
            previousEnd = t.end();
        }
        assertThat(text.substring(previousEnd).replaceAll("\\p{Cf}", "")).isBlank();
    }

    @Test
    void offsetsAreIntoTheWholeTextWhenARangeIsTokenized() {
        String text = "Headline\nRussia's army shelled Kharkiv.";
        int from = text.indexOf('\n') + 1;
        List<Token> tokens = tokenizer.tokenize(text, from, text.length(), 7);

        assertThat(tokens.get(0).text()).isEqualTo("Russia");
        assertThat(tokens.get(0).start()).isEqualTo(from);
        assertThat(tokens.get(0).index()).isEqualTo(7);
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void possessiveIsSplitFromItsNoun() {
        List<Token> tokens = tokens("Russia's army");

        assertThat(tokens).extracting(Token::text).containsExactly("Russia", "'s", "army");
        assertThat(tokens).extracting(Token::folded).containsExactly("russia", "s", "army");
        assertThat(tokens.get(1).type()).isEqualTo(Token.Type.WORD);
    }

    @Test
    void curlyApostropheSplitsAndFoldsLikeAStraightOne() {
        List<Token> tokens = tokens("Russia\u2019s army");

        assertThat(tokens).extracting(Token::text).containsExactly("Russia", "\u2019s", "army");
        assertThat(tokens.get(1).folded()).isEqualTo("s");
    }

    @Test
    void apostropheInsideANameStaysInTheName() {
        List<Token> tokens = tokens("Kam'yanske and Bil\u2019horod");

        assertThat(tokens).extracting(Token::text).containsExactly("Kam'yanske", "and", "Bil\u2019horod");
        assertThat(tokens).extracting(Token::folded).containsExactly("kamyanske", "and", "bilhorod");
    }

    @Test
    void contractionsSplitIntoWordAndTail() {
        assertThat(texts("didn't")).containsExactly("didn", "'t");
        assertThat(texts("they're here, we'll go")).containsExactly("they", "'re", "here", ",", "we", "'ll", "go");
        assertThat(tokens("didn\u2019t").get(1).folded()).isEqualTo("t");
    }

    @Test
    void hyphensAreTokensOfTheirOwn() {
        List<Token> tokens = tokens("Rostov-on-Don");

        assertThat(tokens).extracting(Token::text).containsExactly("Rostov", "-", "on", "-", "Don");
        assertThat(tokens.get(1).type()).isEqualTo(Token.Type.PUNCT);
    }

    @Test
    void dashesFoldToAHyphen() {
        List<Token> tokens = tokens("a \u2013 b \u2014 c");

        assertThat(tokens.get(1).folded()).isEqualTo("-");
        assertThat(tokens.get(3).folded()).isEqualTo("-");
    }

    @Test
    void numbersKeepTheirThousandsSeparators() {
        List<Token> tokens = tokens("more than 1,300, then 3.5 km");

        assertThat(tokens).extracting(Token::text).containsExactly("more", "than", "1,300", ",", "then", "3.5", "km");
        assertThat(tokens.get(2).type()).isEqualTo(Token.Type.NUMBER);
        assertThat(tokens.get(5).type()).isEqualTo(Token.Type.NUMBER);
    }

    @Test
    void aPeriodAfterANumberIsNotPartOfIt() {
        assertThat(texts("killed 1,300.")).containsExactly("killed", "1,300", ".");
    }

    @Test
    void lettersGluedToDigitsMakeOneWord() {
        List<Token> tokens = tokens("the 9th brigade in the 1980s");

        assertThat(tokens.get(1).text()).isEqualTo("9th");
        assertThat(tokens.get(1).type()).isEqualTo(Token.Type.WORD);
        assertThat(tokens.get(5).text()).isEqualTo("1980s");
    }

    @Test
    void acronymKeepsItsInnerDotsAsOneWord() {
        List<Token> tokens = tokens("the U.S. and U.N. said");

        assertThat(tokens).extracting(Token::text).containsExactly("the", "U.S", ".", "and", "U.N", ".", "said");
        assertThat(tokens.get(1).type()).isEqualTo(Token.Type.WORD);
        assertThat(tokens.get(1).folded()).isEqualTo("us");
    }

    @Test
    void aWordFollowedByAPeriodIsNotAnAcronym() {
        assertThat(texts("He left. Then")).containsExactly("He", "left", ".", "Then");
    }

    @Test
    void curlyDoubleQuotesFoldToAStraightQuote() {
        List<Token> tokens = tokens("\u201CHit\u201D");

        assertThat(tokens).extracting(Token::folded).containsExactly("\"", "hit", "\"");
    }

    @Test
    void diacriticsAreFoldedAway() {
        assertThat(tokens("Dr\u00E1ma").get(0).folded()).isEqualTo("drama");
        assertThat(tokens("Dra\u0301ma").get(0).folded()).isEqualTo("drama");
        assertThat(tokens("Dra\u0301ma").get(0).text()).isEqualTo("Dra\u0301ma");
    }

    @Test
    void leadingQuoteBeforeAWordIsPunctuation() {
        List<Token> tokens = tokens("'Kherson' port");

        assertThat(tokens).extracting(Token::text).containsExactly("'", "Kherson", "'", "port");
        assertThat(tokens.get(0).type()).isEqualTo(Token.Type.PUNCT);
    }

    @Test
    void emptyRangeGivesNoTokens() {
        assertThat(tokens("")).isEmpty();
        assertThat(tokens("   \t ")).isEmpty();
    }
}
