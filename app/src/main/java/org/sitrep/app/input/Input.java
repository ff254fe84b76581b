package org.sitrep.app.input;

/** One input found on the command line: ready to be read, or refused before any reading. */
public sealed interface Input {

    /** A source and the reader of its format. */
    record Ready(Source source, ArticleReader reader) implements Input {
    }

    /** A path that cannot be read at all (missing, unsupported type, an unreadable directory). */
    record Refused(InputProblem problem) implements Input {
    }
}
