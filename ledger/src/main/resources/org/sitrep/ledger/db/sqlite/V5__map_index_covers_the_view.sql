-- The map's index of V2 (incidents_map) left out `members`, which its own WHERE reads, so it never
-- covered the map's queries. Without statistics SQLite still chose it; after ANALYZE (as any ledger
-- that has run `sqlite3 ... ANALYZE` or a bench load has) it counted both indexes on day_key as equal,
-- preferred the smaller incidents_day, and read the table row of every incident in the date range:
-- a theatre over a year went from about 60 to 300-750 ms over 1,000,000 events. This index holds every
-- column the viewport, its clusters (with their mix of event types) and the timeline read, so it is
-- covering, and the planner picks it with or without statistics.
DROP INDEX incidents_map;
CREATE INDEX incidents_view ON incidents (day_key, lat, lon, contested, fatalities_low, event_type, members, dismissed)
    WHERE members > 0 AND dismissed = 0;
