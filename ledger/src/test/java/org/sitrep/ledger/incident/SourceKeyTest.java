package org.sitrep.ledger.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceKeyTest {
    @Test
    void oneInstitutionNamedManyWays() {
        assertThat(List.of("Russia's Defence Ministry", "the Russian Ministry of Defense", "Russian Defense Ministry",
                "Russian Defence Ministry spokesman Igor Konashenkov", "Russia’s defense ministry"))
                .extracting(by -> SourceKey.of(by, "RU").key()).containsOnly("RU:defense ministry");
    }

    @Test
    void peopleAreKnownByTheirSurname() {
        assertThat(SourceKey.of("Kremlin spokesman Dmitry Peskov", "RU").key()).isEqualTo("RU:kremlin");
        assertThat(SourceKey.of("Dmitry Peskov", "RU").key()).isEqualTo("RU:peskov");
        assertThat(SourceKey.of("President Volodymyr Zelensky", "UA").key())
                .isEqualTo(SourceKey.of("Volodymyr Zelenskiy", "UA").key());
        assertThat(SourceKey.of("Sloviansk mayor Vadim Lyakh", "UA").key()).isEqualTo("UA:lyakh");
    }

    @Test
    void aSourceNamedOnlyByItsSideIsVague() {
        assertThat(List.of("Moscow", "Ukrainian officials", "the authorities", "Kyiv", "Russian forces"))
                .allSatisfy(by -> assertThat(SourceKey.of(by, "UA").vague()).as(by).isTrue());
        assertThat(SourceKey.of("Donetsk governor Vadym Filashkin", "UA").vague()).isFalse();
    }

    @Test
    void wireCopiesAreTheirWire() {
        assertThat(SourceKey.outlet("Reuters (as republished by Dawn)").key()).isEqualTo(SourceKey.outlet("Reuters").key());
        assertThat(SourceKey.outlet("The Kyiv Independent").key()).isEqualTo("outlet:kyiv independent");
    }

    @Test
    void corroborationCountsVagueSourcesOnlyForSidesWithoutNamedOnes() {
        assertThat(Corroboration.count(List.of(SourceKey.of("Moscow", "RU"), SourceKey.of("Russia's Defence Ministry", "RU"),
                SourceKey.of("Ukrainian officials", "UA")))).isEqualTo(2);
        assertThat(Corroboration.count(List.of(SourceKey.of("Donetsk governor Vadym Filashkin", "UA"),
                SourceKey.of("Ukraine's Defence Ministry", "UA")))).isEqualTo(2);
    }
}
