package org.sitrep.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logistic model: fitted on examples it must separate, written and read back unchanged. */
class LogisticModelTest {

    private static Features f(double a, double b) {
        return new Features().set("a", a).set("b", b);
    }

    @Test
    void aFeatureThatDecidesGetsTheWeightThatDecides() {
        List<LogisticTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(new LogisticTrainer.Example(f(1, i % 2), true));
            examples.add(new LogisticTrainer.Example(f(0, i % 2), false));
        }
        LogisticModel m = new LogisticTrainer(0.1, 50).fit(examples, 0.5);

        assertThat(m.weights().get("a")).isGreaterThan(2.0);
        assertThat(Math.abs(m.weights().getOrDefault("b", 0.0))).isLessThan(0.5);
        assertThat(m.accepts(f(1, 0))).isTrue();
        assertThat(m.accepts(f(0, 1))).isFalse();
    }

    @Test
    void aHeavierPenaltyKeepsWeightsSmaller() {
        List<LogisticTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new LogisticTrainer.Example(f(1, 0), true));
            examples.add(new LogisticTrainer.Example(f(0, 0), false));
        }
        double light = new LogisticTrainer(0.1, 50).fit(examples, 0.5).weights().get("a");
        double heavy = new LogisticTrainer(10, 50).fit(examples, 0.5).weights().get("a");

        assertThat(heavy).isLessThan(light);
    }

    @Test
    void theTextFormReadsBackTheSameModel() throws IOException {
        LogisticModel m = new LogisticModel(Map.of("a", 1.5, "b", -0.25), 0.75, 0.4, Map.of("veto", 0.1, "admit", 0.9));
        StringBuilder out = new StringBuilder();
        m.write(out, List.of("a comment"));

        LogisticModel back = LogisticModel.read(new StringReader(out.toString()), "test");

        assertThat(out.toString()).startsWith("# a comment\n");
        assertThat(back.weights()).isEqualTo(m.weights());
        assertThat(back.bias()).isEqualTo(0.75);
        assertThat(back.threshold()).isEqualTo(0.4);
        assertThat(back.cutoff("veto")).isEqualTo(0.1);
        assertThat(back.probability(f(1, 0))).isEqualTo(m.probability(f(1, 0)));
    }

    @Test
    void aBrokenLineIsNamedWithItsFileAndNumber() {
        assertThatThrownBy(() -> LogisticModel.read(new StringReader("bias\t0.1\nweight-without-a-value\n"), "m.tsv"))
                .hasMessage("m.tsv:2: expected 'feature<TAB>weight'");
    }
}
