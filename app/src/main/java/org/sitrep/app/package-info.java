/**
 * The {@code sitrep} program: {@link org.sitrep.app.Main} (the command line), the streams and
 * environment it runs with ({@link org.sitrep.app.Io}), and {@link org.sitrep.app.EngineFactory},
 * the one place where the engine is wired to the bundled data and the user's own files. This module
 * is the only one that reads files, standard input or the environment.
 */
package org.sitrep.app;
