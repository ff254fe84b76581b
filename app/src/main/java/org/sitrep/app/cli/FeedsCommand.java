package org.sitrep.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.export.FeedJson;
import org.sitrep.ledger.feed.Feed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sitrep feeds}: the feeds the ledger follows, with their health. */
@Command(name = "feeds", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the feeds sitrep watch follows, with their health: new (never fetched), ok, failing"
                + " (the last attempts failed), down (" + Feed.DOWN_AFTER + " or more failures in a row).",
            "Columns: health, failures in a row, last fetch, items seen, stored, refused, the feed, its last status."})
public final class FeedsCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { table, jsonl }

    @Mixin
    LedgerOption ledgerOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        try (Ledger ledger = Ledger.open(ledgerOption.location(io.env()), false)) {
            List<Feed> feeds = ledger.feeds().list();
            String text = format == Format.table ? table(feeds) : jsonl(feeds);
            io.out().write(text.getBytes(StandardCharsets.UTF_8));
            io.out().flush();
        } catch (LedgerException e) {
            reporter.fatal(e.getMessage());
        } catch (IOException e) {
            reporter.fatal("cannot write to standard output (" + e.getMessage() + ")");
        }
        return reporter.failures() > 0 ? 1 : 0;
    }

    static String table(List<Feed> feeds) {
        if (feeds.isEmpty()) {
            return "no feeds (sitrep watch FEED... follows some)\n";
        }
        StringBuilder out = new StringBuilder(String.format("%-8s %5s %-20s %6s %6s %7s  %s%n", "health", "fails",
                "last fetch", "items", "stored", "refused", "feed / last status"));
        for (Feed f : feeds) {
            out.append(String.format("%-8s %5d %-20s %6d %6d %7d  %s%n", f.health().code(), f.failures(),
                    time(f.lastFetchAt()), f.itemsSeen(), f.itemsStored(), f.itemsRefused(),
                    f.url() + (f.title() == null ? "" : " (" + f.title() + ")")));
            if (f.lastStatus() != null) {
                out.append(String.format("%-8s %5s %-20s %6s %6s %7s  %s%n", "", "", "", "", "", "",
                        f.lastStatus() + (f.nextFetchAt() == null ? "" : "; next try after " + time(f.nextFetchAt()))));
            }
        }
        return out.toString();
    }

    static String jsonl(List<Feed> feeds) throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        StringBuilder out = new StringBuilder();
        for (Feed f : feeds) {
            out.append(json.writeValueAsString(FeedJson.of(f))).append('\n');
        }
        return out.toString();
    }

    private static String time(Instant t) {
        return t == null ? "never" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
