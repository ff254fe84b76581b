/**
 * Small learned components: a logistic model over named features, its text format, and its trainer.
 * The engine's stages name their features; models are trained by {@code sitrep train} on annotated
 * articles and shipped as data files, so that a decision is weighed from evidence rather than coded
 * as a rule, and stays explainable (each feature's weight is readable in the model file).
 */
package org.sitrep.engine.learn;
