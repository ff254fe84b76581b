package org.sitrep.app;

/**
 * The engine cannot be set up: a user lexicon or places file is wrong, or the place index cannot
 * be loaded. The message is the one line the user sees; nothing can be extracted after it.
 */
public final class SetupProblem extends Exception {
    public SetupProblem(String message) {
        super(message);
    }

    public SetupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
