package org.sitrep.app.input;

/**
 * An input that cannot be read as an article. The message is complete and fits on one line
 * ({@code articles.jsonl:7: not JSON (...)}), because it is what the user sees; no stack trace is
 * ever shown for it.
 */
public final class InputProblem extends Exception {
    private final String where;
    private final String problem;

    /**
     * @param where   the file as the user named it, with ":LINE" or ": item N" when it is one record of many
     * @param problem what is wrong, starting lower case
     */
    public InputProblem(String where, String problem) {
        super(where + ": " + oneLine(problem), null, false, false);
        this.where = where;
        this.problem = oneLine(problem);
    }

    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }

    /** Parser messages can span lines or quote control characters; the user gets one clean line. */
    public static String oneLine(String s) {
        String flat = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
