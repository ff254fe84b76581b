package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionWordsTest {
    @Test
    void genericWordsAreDropped() {
        assertThat(DivisionWords.withoutGenericWords("kursk oblast")).isEqualTo("kursk");
        assertThat(DivisionWords.withoutGenericWords("yakovlevskiy rayon")).isEqualTo("yakovlevskiy");
        assertThat(DivisionWords.withoutGenericWords("city of london")).isEqualTo("london");
        assertThat(DivisionWords.withoutGenericWords("mudiriyat darfur ash shamaliyah")).isEqualTo("darfur ash shamaliyah");
        assertThat(DivisionWords.withoutGenericWords("departamento de la paz")).isEqualTo("la paz");
    }

    @Test
    void nothingMeaningfulLeftIsNoVariant() {
        assertThat(DivisionWords.withoutGenericWords("northern state")).isNull();
        assertThat(DivisionWords.withoutGenericWords("oblast")).isNull();
        assertThat(DivisionWords.withoutGenericWords("luhansk")).as("nothing to drop").isNull();
    }

    @Test
    void plainWords() {
        assertThat(DivisionWords.isPlainWord("northern")).isTrue();
        assertThat(DivisionWords.isPlainWord("darfur")).isFalse();
    }
}
