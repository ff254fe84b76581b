/**
 * Stage 5: claims. A reporting expression ("said", "denied", "according to") governs the sentence
 * it stands in; each frame there gets a claim with the source, the source's side and a stance
 * (negation flips an assertion into a denial; a denial of intent or target is a dispute).
 */
package org.sitrep.engine.claim;
