package org.sitrep.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.input.BoundedRead;
import org.sitrep.app.output.JsonLinesWriter;
import org.sitrep.app.train.GoldSet;
import org.sitrep.app.train.TrainingRun;
import org.sitrep.engine.claim.ClaimAttribution;
import org.sitrep.engine.frame.EventScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sitrep train --gold DIR}: fits the event model on annotated articles. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains the event model on annotated articles (one JSON file each, in the evaluation's gold schema)"
                + " and writes it as a text file, one weight a line.",
            "With a THEATRES.tsv (article id, theatre), first reports, for each theatre, how a model trained on the"
                    + " other theatres does on it."})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of annotated articles.")
    Path gold;

    @Option(names = "--theatres", paramLabel = "FILE",
            description = "Theatre of each article (id<TAB>theatre); default: THEATRES.tsv in the gold directory, if there.")
    Path theatres;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Write the models here: event-model.tsv and claim-model.tsv (the engine ships them from"
                    + " engine/src/main/resources/org/sitrep/engine/model).")
    Path out;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write each article's extraction by the model trained without its theatre (JSON lines).")
    Path predictions;

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "Write every candidate event of each article, reported or not (JSON lines), to see what the model chose from.")
    Path candidates;

    @Option(names = "--claim-pairs", paramLabel = "FILE",
            description = "Write every statement-event pair of the gold events with its label and cross-theatre probability (JSON lines).")
    Path claimPairs;

    @Option(names = "--l2", defaultValue = "1.0", description = "Penalty on squared weights (default: ${DEFAULT-VALUE}).")
    double l2;

    @Mixin
    ReadingOptions reading;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        if (!Files.isDirectory(gold)) {
            reporter.fatal("--gold " + gold + ": no such directory");
            return 1;
        }
        Path theatreFile = theatres != null ? theatres : Files.isRegularFile(gold.resolve("THEATRES.tsv"))
                ? gold.resolve("THEATRES.tsv") : null;
        PrintWriter report = io.err();
        try {
            GoldSet set = GoldSet.read(gold, theatreFile, m -> reporter.failed("--gold", m));
            TrainingRun run = new TrainingRun(EngineFactory.engine(EngineFactory.userData(reading.settings(io)),
                    EventScorer.rules(), ClaimAttribution.rules()), l2, report);
            Files.createDirectories(out);
            try (Writer eventModel = Files.newBufferedWriter(out.resolve("event-model.tsv"), StandardCharsets.UTF_8);
                 Writer claimModel = Files.newBufferedWriter(out.resolve("claim-model.tsv"), StandardCharsets.UTF_8);
                 JsonLinesWriter cross = predictions == null ? null
                         : new JsonLinesWriter(Files.newOutputStream(predictions), true);
                 JsonLinesWriter all = candidates == null ? null
                         : new JsonLinesWriter(Files.newOutputStream(candidates), true);
                 JsonLinesWriter pairs = claimPairs == null ? null
                         : new JsonLinesWriter(Files.newOutputStream(claimPairs), true)) {
                run.run(set, new TrainingRun.Models() {
                    @Override
                    public Writer events() {
                        return eventModel;
                    }

                    @Override
                    public Writer claims() {
                        return claimModel;
                    }
                }, cross, all, pairs);
            }
        } catch (SetupProblem e) {
            reporter.fatal(e.getMessage());
        } catch (IOException e) {
            reporter.fatal("cannot train (" + BoundedRead.reason(e) + ")");
        }
        return reporter.failures() > 0 ? 1 : 0;
    }
}
