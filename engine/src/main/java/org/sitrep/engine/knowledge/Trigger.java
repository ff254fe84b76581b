package org.sitrep.engine.knowledge;

import java.util.Set;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;

/**
 * A word or phrase that opens an event frame.
 *
 * @param kind    the event kind it signals; null for a phrase that looks like a trigger but is not
 *                ("took place"), listed so that the longest match shadows the shorter one
 * @param subType the ACLED sub-event type it signals unless weapons or actors say otherwise
 * @param flags   refinements: {@code capture} (a side takes ground), {@code retake} (a side takes
 *                back its own ground), {@code loss} (a side withdraws), {@code weak} (needs a place
 *                or weapon in its own clause to count), {@code noun}/{@code verb} (informational)
 */
public record Trigger(EventKind kind, AcledSubEventType subType, Set<String> flags) {
    public boolean opensFrame() {
        return kind != null;
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }
}
