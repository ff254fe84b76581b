package org.sitrep.gazetteer;

/**
 * A user places file could not be read. The message is one line naming {@code source:line} and the
 * problem, fit to show the user as is.
 */
public class UserPlacesException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public UserPlacesException(String source, int line, String problem) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public UserPlacesException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = 0;
    }

    public String source() {
        return source;
    }

    /** The 1-based line at fault, or 0 when the problem is not with one line. */
    public int line() {
        return line;
    }
}
