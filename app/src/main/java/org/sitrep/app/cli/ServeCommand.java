package org.sitrep.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.serve.WebIngest;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.ServerSettings;
import org.sitrep.web.WebServer;
import org.sitrep.web.access.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep serve}: the analyst's web app and its JSON API over the ledger. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the web app (map, timeline, incident pages, review, ingest) and its JSON API"
                + " (described at /openapi.json) over the ledger.",
            "Without --bind it listens on this machine only (127.0.0.1). Accounts: sitrep user add NAME --role ROLE."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface).")
    String bind;

    @Option(names = "--anonymous-read", paramLabel = "true|false", arity = "1",
            description = "Whether people without an account may read (never write). Default: true on loopback, else false.")
    Boolean anonymousRead;

    @Option(names = "--tiles", paramLabel = "URL", description = "A tile server to draw under the bundled base layer,"
            + " e.g. https://tile.example.org/{z}/{x}/{y}.png (default: none; the map works offline).")
    String tiles;

    @Option(names = "--tiles-attribution", paramLabel = "TEXT", description = "The credit the tile server asks for.")
    String tilesAttribution;

    @Option(names = "--public-url", paramLabel = "URL", description = "The URL users reach the server at through a"
            + " reverse proxy, e.g. https://sitrep.example.org/ (its host name is accepted; https makes cookies Secure)."
            + " Without it the server answers only to its IP addresses, localhost and the --bind name.")
    String publicUrl;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", description = "The address of a reverse proxy whose"
            + " X-Forwarded-For header names the client (for the login throttle); repeatable. From anyone else the header"
            + " is ignored.")
    java.util.List<String> trustedProxies = new java.util.ArrayList<>();

    @Mixin
    LedgerOption ledgerOption;

    @Mixin
    ReadingOptions reading;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must lie within 0..65535");
        }
        if (tiles != null && !tiles.matches("https?://[^\\s\"'<>]+")) {
            throw new ParameterException(spec.commandLine(), "--tiles is an http(s) URL template such as"
                    + " https://tile.example.org/{z}/{x}/{y}.png");
        }
        if (publicUrl != null && !publicUrl.matches("(?i)https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[^\\s\"'<>]*)?")) {
            throw new ParameterException(spec.commandLine(), "--public-url is the http(s) URL users reach the server at,"
                    + " such as https://sitrep.example.org/");
        }
        boolean loopback = ServerSettings.isLoopback(bind);
        boolean anonymous = anonymousRead != null ? anonymousRead : loopback;
        EngineFactory.Settings engineSettings = reading.settings(io);
        try {
            LedgerLocation location = ledgerOption.location(io.env());
            WebIngest ingest = new WebIngest(location, EngineFactory.create(engineSettings),
                    EngineVersion.of(engineSettings), reading.maxBytes);
            LedgerPool pool = new LedgerPool(location, 4);
            WebServer server;
            try {
                server = WebServer.start(new ServerSettings(bind, port, anonymous, tiles, tilesAttribution, publicUrl,
                        trustedProxies), pool,
                        EngineFactory.placeIndex(), ingest, new Passwords(), Clock.systemUTC());
            } catch (RuntimeException e) {
                pool.close();
                throw new LedgerException("cannot listen on " + bind + ":" + port + " (" + rootMessage(e) + ")");
            }
            int accounts = pool.with(l -> l.accounts().list().size());
            long incidents = pool.with(l -> l.counts().get("incidents"));
            io.err().printf("sitrep serve: http://%s:%d/ over %s (%d incidents)%n", bind.contains(":") ? "[" + bind + "]"
                    : bind, server.port(), location, incidents);
            if (accounts == 0) {
                io.err().println("sitrep serve: no accounts yet; reading is " + (anonymous ? "open" : "closed")
                        + ", writing needs one: ./sitrep user add NAME --role analyst");
            }
            if (!loopback && anonymous) {
                io.err().println("sitrep serve: WARNING: anyone who can reach " + bind + " may read this ledger");
            }
            io.err().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                pool.close();
                stopped.countDown();
            }, "sitrep-serve-stop"));
            stopped.await();
        } catch (LedgerException | SetupProblem e) {
            reporter.fatal(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return reporter.failures() > 0 ? 1 : 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
