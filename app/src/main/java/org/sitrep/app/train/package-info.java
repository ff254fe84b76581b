/**
 * Training the engine's learned components from annotated articles ({@code sitrep train}): reading
 * gold annotations in the evaluation schema, matching the engine's candidates to them as the
 * evaluation does, fitting the model, and measuring it theatre by theatre on articles it was not
 * trained on.
 */
package org.sitrep.app.train;
