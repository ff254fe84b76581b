/**
 * Stage 3: typed spans found in the tokens: places resolved against the gazetteer, actors and
 * sources with their sides, dates resolved against the publication date, casualty figures, weapons
 * and reporting expressions. Each mention keeps its token range, so every field that comes out of the
 * engine points back at its words.
 */
package org.sitrep.engine.mention;
