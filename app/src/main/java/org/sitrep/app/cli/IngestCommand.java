package org.sitrep.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.input.Input;
import org.sitrep.app.input.InputPaths;
import org.sitrep.app.input.Readers;
import org.sitrep.ledger.IngestOutcome;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest PATH...}: articles, their events and claims into the ledger, merged into incidents. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads articles (the same inputs as extract), extracts them and stores articles, events and"
                + " claims in the ledger, merging events from different articles into incidents.",
            "An article already stored (same URL, or same text) is stored once; one stored by another engine version"
                    + " is re-extracted; analysts' decisions are never touched.",
            "A bad input is reported on one line and skipped; the exit code is then 1."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Mixin
    LedgerOption ledgerOption;




    @Mixin
    ReadingOptions reading;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "Articles per transaction: a crash loses at most the batch being written (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        int poolSize = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (poolSize < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        EngineFactory.Settings settings = reading.settings(io);
        LedgerLocation location;
        try {
            location = ledgerOption.location(io.env());
        } catch (LedgerException e) {
            reporter.fatal(e.getMessage());
            return 1;
        }
        try (Ledger ledger = Ledger.open(location, true); Ledger lookups = Ledger.open(location, false)) {
            try (IngestRun run = new IngestRun(EngineFactory.userData(settings), ledger, lookups, reporter, reading.published,
                    EngineVersion.of(settings), batch, poolSize)) {
                InputPaths inputs = new InputPaths(new Readers(reading.maxBytes), io.in(), null);
                for (String path : paths) {
                    for (Input input : inputs.expand(path)) {
                        run.process(input);
                    }
                }
                run.finish();
                String summary = location + ": " + run.count(IngestOutcome.ADDED) + " added, "
                        + run.count(IngestOutcome.REEXTRACTED) + " re-extracted, " + run.count(IngestOutcome.UNCHANGED)
                        + " already stored; " + ledger.counts().get("incidents") + " incidents in the ledger\n";
                io.out().write(summary.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                io.out().flush();
                if (Boolean.getBoolean("sitrep.ingest.stats")) {
                    io.err().printf("ingest stats: writer thread %.1f s CPU, reading thread %.1f s CPU, process %.1f s CPU%n",
                            run.writerCpuSeconds(),
                            java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9,
                            ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
                }
            }
        } catch (LedgerException e) {
            reporter.fatal(e.getMessage());
        } catch (java.io.IOException e) {
            reporter.fatal("cannot write to standard output (" + e.getMessage() + ")");
        } catch (SetupProblem e) {
            reporter.fatal(e.getMessage());
        } catch (ExtractRun.SetupFailed e) {
            reporter.fatal(e.getMessage());
        }
        return reporter.failures() > 0 ? 1 : 0;
    }


}
