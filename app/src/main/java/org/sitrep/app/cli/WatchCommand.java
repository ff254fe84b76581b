package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.feed.FeedAddresses;
import org.sitrep.app.fetch.Fetcher;
import org.sitrep.app.fetch.Politeness;
import org.sitrep.app.input.ArticleSink;
import org.sitrep.app.input.InputArticle;
import org.sitrep.app.input.InputProblem;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;
import org.sitrep.ledger.feed.Feed;
import org.sitrep.ledger.store.FeedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep watch FEED...}: follows feeds and keeps the ledger current. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Follows RSS and Atom feeds (or the feeds an OPML file lists): fetches each feed, then the page of each"
                + " new item, reads the article out of it as extract reads a saved page, and stores it as ingest does.",
            "Runs a pass every --interval until stopped (SIGTERM or Ctrl-C stop it between articles), or one pass with --once.",
            "Polite: robots.txt, conditional GET, gzip, a delay and a limit per host, Retry-After, a User-Agent naming"
                    + " sitrep and --contact. A stored article's page is never fetched again.",
            "A feed or article that fails gets one line; a failing feed backs off; the others go on. With --once the exit"
                    + " code is 1 when any feed or article failed."})
public final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FEED", description = "A feed's http(s) address, or an OPML file listing"
            + " feeds. None: every feed the ledger follows already.")
    List<String> feeds = new ArrayList<>();

    @Mixin
    LedgerOption ledgerOption;

    @Option(names = "--once", description = "One pass, then exit (for cron and tests).")
    boolean once;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "10m", converter = Converters.Span.class,
            description = "Time between passes; also the base of a failing feed's backoff (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--contact", paramLabel = "EMAIL|URL", description = "How the sites you read can reach you, put in"
            + " the User-Agent (default: $SITREP_CONTACT).")
    String contact;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s", converter = Converters.Span.class,
            description = "Least time between two requests to one host; a robots.txt Crawl-delay raises it"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration hostDelay;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
            description = "Most requests to one host at once (default: ${DEFAULT-VALUE}).")
    int perHost;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = Converters.Span.class,
            description = "Most time one request may take, body included (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    static final String CONTACT_ENV = "SITREP_CONTACT";

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        checkOptions();
        int poolSize = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        EngineFactory.Settings settings = reading.settings(io);
        LedgerLocation location;
        try {
            location = ledgerOption.location(io.env());
        } catch (LedgerException e) {
            reporter.fatal(e.getMessage());
            return 1;
        }
        List<String> urls = FeedAddresses.resolve(feeds, problems(reporter));
        if (!feeds.isEmpty() && urls.isEmpty()) {
            reporter.fatal("no feed to follow");
            return 1;
        }
        boolean anyFeedFailed = false;
        try (Ledger ledger = Ledger.open(location, true); Ledger lookups = Ledger.open(location, false)) {
            FeedStore store = lookups.feeds();
            for (String url : urls) {
                store.register(url, Instant.now());
            }
            if (urls.isEmpty() && store.list().isEmpty()) {
                reporter.fatal(location + ": follows no feed yet (give feed addresses or an OPML file)");
                return 1;
            }
            EngineFactory.UserData userData = EngineFactory.userData(settings);
            WatchPass.Settings passSettings = new WatchPass.Settings(interval, batch, poolSize, reading.published,
                    EngineVersion.of(settings), reading.maxBytes);
            Fetcher fetcher = new Fetcher(new Politeness(userAgent(io), hostDelay, perHost, timeout, reading.maxBytes,
                    Politeness.MAX_REDIRECTS, Duration.ofSeconds(60)));
            try (StopSignal stop = once ? StopSignal.never()
                    : StopSignal.onShutdown(() -> say(reporter, "stopping after the article being read"))) {
                while (true) {
                    Instant passStart = Instant.now();
                    List<Feed> current = urls.isEmpty() ? store.list()
                            : urls.stream().map(u -> store.find(u).orElseThrow()).toList();
                    WatchPass.Summary s = new WatchPass(fetcher, userData, ledger, lookups, reporter, passSettings,
                            stop::stopped, Clock.systemUTC()).run(current);
                    anyFeedFailed |= s.failed() > 0;
                    summary(io, location, passStart, s, ledger);
                    if (Boolean.getBoolean("sitrep.watch.stats")) {
                        stats(reporter, s);
                    }
                    if (once || stop.stopped() || stop.await(Duration.between(Instant.now(), passStart.plus(interval)))) {
                        break;
                    }
                }
            }
        } catch (LedgerException | SetupProblem | ExtractRun.SetupFailed e) {
            reporter.fatal(e.getMessage());
        } catch (IOException e) {
            reporter.fatal("cannot write to standard output (" + e.getMessage() + ")");
        }
        return anyFeedFailed || reporter.failures() > 0 ? 1 : 0;
    }

    private void checkOptions() {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (perHost < 1) {
            throw new ParameterException(spec.commandLine(), "--per-host must be at least 1");
        }
        if (timeout.isZero()) {
            throw new ParameterException(spec.commandLine(), "--timeout must be more than 0");
        }
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ParameterException(spec.commandLine(), "--interval must be at least 1s");
        }
    }

    private String userAgent(Io io) {
        String c = contact != null ? contact : io.env().get(CONTACT_ENV);
        return Politeness.userAgent(Main.class.getPackage().getImplementationVersion(), c);
    }

    /** Bad arguments are reported as inputs are. */
    private static ArticleSink problems(Reporter reporter) {
        return new ArticleSink() {
            @Override
            public void accept(InputArticle article) {
                throw new IllegalStateException("no articles here");
            }

            @Override
            public void reject(InputProblem problem) {
                reporter.problem(problem, false);
            }
        };
    }

    private static void summary(Io io, LedgerLocation location, Instant passStart, WatchPass.Summary s, Ledger ledger)
            throws IOException {
        String line = location + ": pass at " + passStart.truncatedTo(ChronoUnit.SECONDS) + ": " + s.feeds() + " feed"
                + (s.feeds() == 1 ? "" : "s") + " (" + s.read() + " read, " + s.notModified() + " not modified, "
                + s.failed() + " failed, " + s.backingOff() + " backing off), " + s.pages() + " page"
                + (s.pages() == 1 ? "" : "s") + " fetched; " + s.added() + " added, " + s.reextracted() + " re-extracted, "
                + s.unchanged() + " already stored, " + s.refused() + " refused; " + ledger.counts().get("incidents")
                + " incidents in the ledger" + (s.stopped() ? "; stopped" : "") + "\n";
        io.out().write(line.getBytes(StandardCharsets.UTF_8));
        io.out().flush();
    }

    private static void stats(Reporter reporter, WatchPass.Summary s) {
        WatchPass.Stats t = s.stats();
        say(reporter, String.format(Locale.ROOT, "watch stats: %.1f s wall; fetching pages %.1f s and feeds %.1f s"
                        + " (summed over connections; %.1f MB of pages); reading pages %.1f s; extracting %.1f s (summed over"
                        + " threads); writing to the ledger %.1f s; main thread waiting for pages %.1f s",
                t.wallSeconds(), t.pageFetchSeconds(), t.feedFetchSeconds(), t.pageBytes() / 1e6, t.pageReadSeconds(),
                t.extractSeconds(), t.writeSeconds(), t.waitSeconds()));
    }

    private static void say(Reporter reporter, String line) {
        synchronized (reporter) {
            reporter.note(line);
        }
    }
}
