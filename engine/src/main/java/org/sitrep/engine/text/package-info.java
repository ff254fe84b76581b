/**
 * Stage 1 and 2: the article as a {@link org.sitrep.engine.text.Document} of paragraphs, sentences
 * and tokens, each with character offsets into the original text, and a folded form of every token
 * for dictionary matching.
 */
package org.sitrep.engine.text;
