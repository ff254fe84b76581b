package org.sitrep.engine.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.Tokenizer;

class NumberReaderTest {

    private static final NumberReader READER = new NumberReader(Knowledge.defaults());

    private static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(text, 0, text.length(), 0);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}..{2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "21;                  21;    -;  true",
        "at least 21;         21;    -;  true",
        "more than 1,300;     1301;  -;  true",
        "over 100;            101;   -;  true",
        "no fewer than 20;    20;    -;  true",
        "between 10 and 15;   10;    15; true",
        "10 to 15;            10;    15; true",
        "10-15;               10;    15; true",
        "up to 30;            -;     30; false",
        "as many as 30;       -;     30; false",
        "fewer than 5;        -;     5;  false",
        "about 500;           500;   -;  false",
        "nearly 200;          200;   -;  false",
        "many;                2;     -;  false",
        "several;             2;     -;  false",
        "dozens;              24;    -;  false",
        "dozens of;           24;    -;  false",
        "scores of;           40;    -;  false",
        "hundreds;            200;   -;  false",
        "thousands;           2000;  -;  false",
        "tens of thousands;   20000; -;  false",
        "three;               3;     -;  true",
        "Three;               3;     -;  true",
        "twenty-one;          21;    -;  true",
        "two dozen;           24;    -;  true",
        "a dozen;             12;    -;  false",
        "three hundred;       300;   -;  true"
    })
    void readsTheWholePhraseWithItsBounds(String text, Integer low, Integer high, boolean exact) {
        List<Token> tokens = tokens(text);

        NumberPhrase p = READER.startingAt(tokens, 0, tokens.size());

        assertThat(p).isNotNull();
        assertThat(p.low()).isEqualTo(low);
        assertThat(p.high()).isEqualTo(high);
        assertThat(p.exact()).isEqualTo(exact);
        assertThat(p.first()).isZero();
        assertThat(p.end()).as("the phrase covers all of '%s'", text).isEqualTo(tokens.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "an", "the", "people", "1.5", "5 million", "3 thousand", "between 10 people"})
    void notACount(String text) {
        List<Token> tokens = tokens(text);

        assertThat(READER.startingAt(tokens, 0, tokens.size())).isNull();
    }

    @Test
    void readsOnlyUpToTheLimit() {
        List<Token> tokens = tokens("between 10 and 15");

        assertThat(READER.startingAt(tokens, 0, 3)).isNull();
        NumberPhrase ten = READER.startingAt(tokens, 1, 2);
        assertThat(ten.low()).isEqualTo(10);
        assertThat(ten.end()).isEqualTo(2);
    }

    @Test
    void endingAtFindsThePhraseThatEndsRightThere() {
        List<Token> tokens = tokens("killing at least 21 people");

        NumberPhrase p = READER.endingAt(tokens, 0, 4);

        assertThat(p).isNotNull();
        assertThat(p.first()).isEqualTo(1);
        assertThat(p.low()).isEqualTo(21);
    }

    @Test
    void endingAtDoesNotReachBeforeFrom() {
        List<Token> tokens = tokens("more than 1,300 people");

        NumberPhrase p = READER.endingAt(tokens, 2, 3);

        assertThat(p.first()).isEqualTo(2);
        assertThat(p.low()).isEqualTo(1300);
    }

    @Test
    void endingAtGivesNothingWhenNoCountEndsThere() {
        List<Token> tokens = tokens("21 people were killed");

        assertThat(READER.endingAt(tokens, 0, 3)).isNull();
    }
}
