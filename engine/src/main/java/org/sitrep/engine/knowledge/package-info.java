/**
 * Domain knowledge as data: trigger words, actors and their sides, reporting verbs, weapons, region
 * names, read from the lexicon files shipped as resources and from a user's own files that extend or
 * override them. The format of each file is documented in {@code docs/lexicons.md}.
 */
package org.sitrep.engine.knowledge;
