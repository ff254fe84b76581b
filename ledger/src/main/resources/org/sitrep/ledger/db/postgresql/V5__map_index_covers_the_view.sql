-- The map's index of V2 (incidents_map) left out `members`, which its own WHERE reads, so the map's
-- queries could never be answered from it alone. This index holds every column the viewport, its
-- clusters (with their mix of event types) and the timeline read: an index-only scan whatever the
-- statistics say.
DROP INDEX incidents_map;
CREATE INDEX incidents_view ON incidents (day_key, lat, lon, contested, fatalities_low, event_type, members, dismissed)
    WHERE members > 0 AND dismissed = 0;
