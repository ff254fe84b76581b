/**
 * Stage 4: event frames. A trigger word opens a {@link org.sitrep.engine.frame.Frame} that takes its
 * place, date, weapons, casualties and attacker from its sentence (or, for "the city", the places
 * just before); frames about the same place and kind then merge into one event.
 */
package org.sitrep.engine.frame;
