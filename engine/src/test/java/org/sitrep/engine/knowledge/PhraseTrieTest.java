package org.sitrep.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.Tokenizer;

class PhraseTrieTest {

    private static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(text, 0, text.length(), 0);
    }

    private static PhraseTrie<String> trie(String... phrasesAndValues) {
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (int k = 0; k < phrasesAndValues.length; k += 2) {
            trie.put(Knowledge.key(phrasesAndValues[k]), phrasesAndValues[k + 1]);
        }
        return trie;
    }

    @Test
    void longestPhraseWins() {
        PhraseTrie<String> trie = trie("missile", "weapon", "missile strike", "event");
        List<Token> tokens = tokens("a missile strike hit");

        PhraseTrie.Match<String> m = trie.longestAt(tokens, 1, tokens.size());

        assertThat(m).isEqualTo(new PhraseTrie.Match<>(1, 3, "event"));
    }

    @Test
    void matchStopsAtTheLimit() {
        PhraseTrie<String> trie = trie("missile", "weapon", "missile strike", "event");
        List<Token> tokens = tokens("missile strike");

        assertThat(trie.longestAt(tokens, 0, 1)).isEqualTo(new PhraseTrie.Match<>(0, 1, "weapon"));
    }

    @Test
    void aPrefixWithoutValueIsNoMatch() {
        PhraseTrie<String> trie = trie("death toll", "toll");

        assertThat(trie.longestAt(tokens("death came"), 0, 2)).isNull();
    }

    @Test
    void removedPhraseNoLongerMatchesButLongerOnesDo() {
        PhraseTrie<String> trie = trie("missile", "weapon", "missile strike", "event");
        trie.remove(Knowledge.key("missile"));

        assertThat(trie.longestAt(tokens("missile hit"), 0, 2)).isNull();
        assertThat(trie.longestAt(tokens("missile strike"), 0, 2)).isNotNull();
        trie.remove(Knowledge.key("never added"));
    }

    @Test
    void casedAcronymMatchesOnlyCapitals() {
        PhraseTrie<String> trie = trie("WHO", "United Nations");

        assertThat(trie.longestAt(tokens("WHO said"), 0, 2)).isNotNull();
        assertThat(trie.longestAt(tokens("who said"), 0, 2)).isNull();
    }

    @Test
    void isAcronymNeedsTwoCapitalLetters() {
        assertThat(org.sitrep.engine.text.Token.isAcronym("WHO")).isTrue();
        assertThat(org.sitrep.engine.text.Token.isAcronym("U.N")).isTrue();
        assertThat(org.sitrep.engine.text.Token.isAcronym("A")).isFalse();
        assertThat(org.sitrep.engine.text.Token.isAcronym("Who")).isFalse();
        assertThat(org.sitrep.engine.text.Token.isAcronym("S-300")).isFalse();
    }

    @Test
    void casedAcronymMatchesBesideALowerCasePhraseWithTheSameFirstWord() {
        PhraseTrie<String> trie = trie("UN", "United Nations", "un human rights office", "United Nations");

        assertThat(trie.longestAt(tokens("UN said"), 0, 2)).isEqualTo(new PhraseTrie.Match<>(0, 1, "United Nations"));
    }

    /** Tokens segmented with the register's marks: what the engine reads. */
    private static List<Token> marked(LexiconVocabulary register, String text) {
        return new org.sitrep.engine.text.Segmenter(register).segment(text).tokens();
    }

    @Test
    void aRegisteredLexiconFindsItsPhrasesThroughTheTokensMarks() {
        LexiconVocabulary register = new LexiconVocabulary();
        PhraseTrie<String> weapons = new PhraseTrie<>(register);
        PhraseTrie<String> officials = new PhraseTrie<>(register);
        weapons.put(Knowledge.key("cruise missile"), "missile");
        officials.put(Knowledge.key("WHO"), "United Nations");
        List<Token> tokens = marked(register, "A cruise missile hit, WHO said, and who knows why.");

        assertThat(weapons.longestAt(tokens, 1, tokens.size())).isEqualTo(new PhraseTrie.Match<>(1, 3, "missile"));
        assertThat(officials.longestAt(tokens, 5, tokens.size())).isEqualTo(new PhraseTrie.Match<>(5, 6, "United Nations"));
        assertThat(officials.longestAt(tokens, 1, tokens.size())).isNull();
        assertThat(officials.longestAt(tokens, 9, tokens.size())).as("'who' in lower case is not the acronym").isNull();
    }

    @Test
    void aRegisteredLexiconTrustsTheMarksAndSkipsATokenMarkedForNone() {
        LexiconVocabulary register = new LexiconVocabulary();
        PhraseTrie<String> weapons = new PhraseTrie<>(register);
        weapons.put(Knowledge.key("cruise missile"), "missile");
        List<Token> unmarked = new org.sitrep.engine.text.Segmenter((t, i, s) -> t.at(i, s, t.folded(), 0L)).segment("a cruise missile").tokens();

        assertThat(weapons.longestAt(unmarked, 1, unmarked.size())).isNull();
        assertThat(weapons.longestAt(tokens("a cruise missile"), 1, 3)).as("a token made without marks may start anything")
                .isEqualTo(new PhraseTrie.Match<>(1, 3, "missile"));
    }

    @Test
    void lexiconsBeyondSixtyFourLookForThemselves() {
        LexiconVocabulary register = new LexiconVocabulary();
        PhraseTrie<String> last = null;
        for (int k = 0; k < 70; k++) {
            last = new PhraseTrie<>(register);
        }
        last.put(Knowledge.key("cruise missile"), "missile");
        List<Token> tokens = marked(register, "a cruise missile");

        assertThat(last.longestAt(tokens, 1, tokens.size())).isEqualTo(new PhraseTrie.Match<>(1, 3, "missile"));
    }

    @Test
    void aTokenOfALexiconWordHoldsTheSharedInstanceOfIt() {
        LexiconVocabulary register = new LexiconVocabulary();
        new PhraseTrie<String>(register).put(Knowledge.key("cruise missile"), "missile");
        List<Token> tokens = marked(register, "a cruise missile hit");

        assertThat(tokens.get(2).folded()).as("the JVM's instance, which the code's literals share").isSameAs("missile");
        assertThat(tokens.get(3).folded()).isEqualTo("hit");
        assertThat(tokens.get(2).lexicons()).isZero();
        assertThat(tokens.get(1).lexicons()).isNotZero();
    }
}
