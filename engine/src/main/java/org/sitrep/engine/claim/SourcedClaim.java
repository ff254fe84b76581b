package org.sitrep.engine.claim;

import org.sitrep.model.Claim;

/**
 * A claim with what the engine knows of its source beyond the record: a vague source ("Moscow",
 * "officials") repeating what a named source of the same side says is that source, not another one;
 * generic sources of one side ("the defence ministry", "officials", "the authorities") saying the same
 * thing count once.
 */
public record SourcedClaim(Claim claim, boolean vague, String identity, boolean generic,
                           java.util.Set<org.sitrep.engine.knowledge.ClaimSignal> signals) {

    public boolean says(org.sitrep.engine.knowledge.ClaimSignal s) {
        return signals.contains(s);
    }
}
