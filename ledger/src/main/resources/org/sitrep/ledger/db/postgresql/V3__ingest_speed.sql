-- Ingest finds a new event's candidates in memory (the writer keeps each blocking key's representative
-- events once it has read them); the block indexes only serve that first read of a whole key, so they
-- need no day. Without it, a new event's entry goes to the end of its key rather than to a random day
-- in it: fewer index pages written per batch. The partial indexes of week-long events served the
-- per-event day-window queries this replaces.
DROP INDEX events_span_cell;
DROP INDEX events_span_area;
DROP INDEX events_span_country;
DROP INDEX events_block_cell;
DROP INDEX events_block_area;
DROP INDEX events_block_country;
CREATE INDEX events_block_cell ON events (event_type, cell) WHERE representative = 1;
CREATE INDEX events_block_area ON events (event_type, place_precision, area) WHERE representative = 1;
CREATE INDEX events_block_country ON events (event_type, place_precision, country) WHERE representative = 1;
