package org.sitrep.app.cli;

import java.io.PrintWriter;
import org.sitrep.app.input.InputProblem;

/**
 * Every message a command prints about a failure: one line starting with {@code sitrep:}, counted,
 * so the exit code can say whether anything failed. Stack traces only with {@code --debug}.
 */
public final class Reporter {
    private final PrintWriter err;
    private final boolean debug;
    private int failures;

    public Reporter(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** A bad input; printed unless {@code quiet}, counted either way. */
    public void problem(InputProblem problem, boolean quiet) {
        failures++;
        if (!quiet) {
            line(problem.getMessage());
        }
    }

    /** A bug of sitrep's met while handling {@code where} (null: not tied to an input); that input failed. */
    public void internal(String where, Throwable t) {
        failures++;
        line((where == null ? "" : where + ": ") + "internal error (" + describe(t) + ")"
                + (debug ? "" : "; run with --debug for details"));
        if (debug) {
            t.printStackTrace(err);
        }
    }

    /** A failure of one input that is not the input's fault (it may well succeed with more resources). */
    public void failed(String where, String message) {
        failures++;
        line(where + ": " + message);
    }

    /** A failure after which nothing more can be done. */
    public void fatal(String message) {
        failures++;
        line(message);
    }

    /** A line that is not a failure of its own (e.g. how many further problems were not shown). */
    public void note(String message) {
        line(message);
    }

    public int failures() {
        return failures;
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        return InputProblem.oneLine(t.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    private void line(String message) {
        err.println("sitrep: " + message);
        err.flush();
    }
}
