package org.sitrep.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.engine.learn.LogisticModel;

/**
 * {@code sitrep train} on the example articles and their gold annotations (examples/gold, written by the
 * team): the models are written, readable, and the report measures each theatre on models trained
 * without it.
 */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsBothModelsAndReportsEachTheatreOnModelsTrainedWithoutIt() throws Exception {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold);
        StringBuilder theatres = new StringBuilder();
        try (var files = Files.list(Path.of("..", "examples", "gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Files.copy(f, gold.resolve(f.getFileName()));
                String name = f.getFileName().toString();
                theatres.append(name.replace(".json", "")).append('\t').append(name.substring(0, 2)).append('\n');
            }
        }
        Files.writeString(gold.resolve("THEATRES.tsv"), theatres.toString());
        Path out = dir.resolve("models");
        Path predictions = dir.resolve("cross.jsonl");
        StringWriter err = new StringWriter();

        int code = Main.run(new Io(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(err, true), Map.of(), dir), "train", "--gold", gold.toString(), "--out", out.toString(),
                "--predictions", predictions.toString());

        assertThat(code).as(err.toString()).isZero();
        LogisticModel events = LogisticModel.read(new StringReader(Files.readString(out.resolve("event-model.tsv"))), "e");
        LogisticModel claims = LogisticModel.read(new StringReader(Files.readString(out.resolve("claim-model.tsv"))), "c");
        assertThat(events.weights()).containsKey("rules.admit");
        assertThat(claims.weights()).containsKey("tie.same_sentence");
        assertThat(err.toString()).contains("theatre").contains("all").contains("rules+model");
        assertThat(Files.readAllLines(predictions, StandardCharsets.UTF_8))
                .hasSize((int) Files.list(gold).filter(p -> p.toString().endsWith(".json")).count());
    }

    @Test
    void aBrokenGoldFileIsNamedAndTheRestIsUsed() throws Exception {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold);
        Files.copy(Path.of("..", "examples", "gold", "ua-kramatorsk-strike.json"), gold.resolve("a.json"));
        Files.writeString(gold.resolve("broken.json"), "{ not json");
        StringWriter err = new StringWriter();

        int code = Main.run(new Io(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(err, true), Map.of(), dir), "train", "--gold", gold.toString(), "--out",
                dir.resolve("m").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("broken.json: not a gold article");
        assertThat(dir.resolve("m").resolve("event-model.tsv")).exists();
    }
}
