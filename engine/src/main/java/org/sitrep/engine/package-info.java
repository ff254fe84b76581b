/**
 * The extraction engine: {@link org.sitrep.engine.Engine} turns an article into events and claims,
 * running the stages in the sub-packages (text, mention, frame, claim) over a {@link
 * org.sitrep.gazetteer.PlaceIndex} and the domain {@link org.sitrep.engine.knowledge.Knowledge}.
 * No file, network or database access happens here.
 */
package org.sitrep.engine;
