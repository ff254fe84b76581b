package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnglishCheckTest {

    static String sample(String name) throws IOException {
        try (InputStream in = EnglishCheckTest.class.getResourceAsStream("lang/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-report.txt", "en-caption.txt", "en-wire.txt"})
    void englishPassesWellAboveTheThreshold(String name) throws IOException {
        EnglishCheck.Verdict v = EnglishCheck.check(sample(name));
        assertThat(v.words()).isGreaterThanOrEqualTo(EnglishCheck.MIN_WORDS);
        assertThat(v.share()).isGreaterThan(EnglishCheck.THRESHOLD * 1.5);
        assertThat(EnglishCheck.problem(sample(name))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"de.txt, German", "fr.txt, French", "es.txt, Spanish", "it.txt, Italian",
        "ru.txt, Russian", "uk.txt, Ukrainian"})
    void otherLanguagesFailWellBelowTheThresholdAndAreNamed(String name, String language) throws IOException {
        EnglishCheck.Verdict v = EnglishCheck.check(sample(name));
        assertThat(v.share()).isLessThan(EnglishCheck.THRESHOLD / 1.5);
        assertThat(EnglishCheck.problem(sample(name))).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("not English (looks like " + language + ": ")
                .contains("common English words, need 7%");
    }

    @Test
    void shortTextsAreLetThroughUnlessCyrillic() {
        assertThat(EnglishCheck.problem("Two killed in Odesa strike")).isEmpty();
        assertThat(EnglishCheck.problem("")).isEmpty();
        assertThat(EnglishCheck.problem("Удар по Одесі: двоє загиблих")).get().asString()
                .startsWith("not English (looks like Ukrainian");
        assertThat(EnglishCheck.problem("Обстрел Белгорода: двое погибших, ещё трое ранены")).get().asString()
                .startsWith("not English (looks like Russian");
    }

    @Test
    void englishWithAForeignQuoteIsStillEnglish() throws IOException {
        assertThat(EnglishCheck.problem(sample("en-report.txt") + "\n" + sample("uk.txt").substring(0, 200)))
                .isEmpty();
    }
}
