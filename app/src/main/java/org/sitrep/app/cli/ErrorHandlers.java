package org.sitrep.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A command line picocli cannot understand gets one line and a pointer to the help, not the whole
 * usage text; an exception that escapes a command (a bug) gets one line, and its stack trace only
 * with {@code --debug}.
 */
public final class ErrorHandlers implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("sitrep: " + e.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
        new Reporter(cl.getErr(), debug).internal(null, e);
        // 1, as for a failed input: scripts need to know only that not everything was read.
        return 1;
    }
}
