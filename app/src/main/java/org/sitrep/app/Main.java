package org.sitrep.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.cli.ErrorHandlers;
import org.sitrep.app.cli.DecideCommand;
import org.sitrep.app.cli.ExtractCommand;
import org.sitrep.app.cli.FeedsCommand;
import org.sitrep.app.cli.IncidentsCommand;
import org.sitrep.app.cli.IngestCommand;
import org.sitrep.app.cli.PlacesCommand;
import org.sitrep.app.cli.SearchCommand;
import org.sitrep.app.cli.ServeCommand;
import org.sitrep.app.cli.ShowCommand;
import org.sitrep.app.cli.TrainCommand;
import org.sitrep.app.cli.UserCommand;
import org.sitrep.app.cli.WatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code sitrep} command. Exit codes: 0 when every input was read, 1 when any input failed (or
 * the engine could not be set up), 2 for a command line that cannot be understood.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads war reporting and writes a geocoded ledger of events and of who claims what.")
public final class Main implements Callable<Integer> {

    /** The subcommands by name, in the order help lists them. */
    private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands(ExtractCommand.class,
            PlacesCommand.class, IngestCommand.class, IncidentsCommand.class, ShowCommand.class, SearchCommand.class,
            DecideCommand.class, ServeCommand.class, UserCommand.class, WatchCommand.class, FeedsCommand.class,
            TrainCommand.class, CommandLine.HelpCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of internal errors (never needed for bad input).")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final Io io;

    Main(Io io) {
        this.io = io;
    }

    public static void main(String[] args) {
        if (args.length > 0 && EXTRACTING.contains(args[0])) {
            EngineFactory.prepareInBackground(); // on the other core, while the command line is parsed
        }
        System.exit(run(Io.system(), args));
    }

    /** Commands that read articles at once, and so need the place index. */
    private static final java.util.Set<String> EXTRACTING = java.util.Set.of("extract", "places", "ingest");

    /** Runs one command line with the given streams and returns its exit code. */
    public static int run(Io io, String... args) {
        CommandLine cl = new CommandLine(new Main(io));
        for (Class<?> command : subcommandsFor(args)) {
            cl.addSubcommand(command);
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        cl.setErr(io.err());
        ErrorHandlers handlers = new ErrorHandlers();
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        int code = cl.execute(args);
        io.err().flush();
        return code;
    }

    /**
     * The subcommands to build for {@code args}: the one named first when there is one, else all (for help,
     * and for the error that lists them). picocli reads every option of every command it is given, a
     * quarter of a second on a cold JVM, and {@code extract} is timed from start to end.
     */
    public static java.util.Collection<Class<?>> subcommandsFor(String... args) {
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        return named == null || named == CommandLine.HelpCommand.class ? SUBCOMMANDS.values() : List.of(named);
    }

    private static java.util.Map<String, Class<?>> subcommands(Class<?>... commands) {
        java.util.Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        for (Class<?> c : commands) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    public Io io() {
        return io;
    }

    public boolean debug() {
        return debug;
    }

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(io.err());
        return CommandLine.ExitCode.USAGE;
    }

    /** The version Maven wrote into the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sitrep " + (v == null ? "(development build)" : v)};
        }
    }
}
