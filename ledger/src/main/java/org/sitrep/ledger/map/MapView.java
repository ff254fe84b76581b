package org.sitrep.ledger.map;

import java.util.List;
import org.sitrep.ledger.IncidentRow;

/**
 * What the map draws for a viewport: the incidents themselves when there are at most the limit, else
 * clusters (and no incidents).
 */
public record MapView(int total, boolean clustered, List<IncidentRow> incidents, List<Cluster> clusters) {
}
