/**
 * Turning what the user points sitrep at into {@link org.sitrep.model.Article}s: one
 * {@link org.sitrep.app.input.ArticleReader} per input format, the expansion of command-line paths into
 * {@link org.sitrep.app.input.Source}s, and the checks that refuse bad input (too large, binary, not
 * UTF-8, not English) with an {@link org.sitrep.app.input.InputProblem} whose message is the one line
 * the user sees. Nothing here knows about the engine or the output.
 */
package org.sitrep.app.input;
