-- The ledger, SQLite dialect. Dates are epoch days (INTEGER), times ISO-8601 text (UTC), flags 0/1.
-- Machine records (articles' events and claims, incidents) are rebuilt by re-extraction; decisions never are.

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    source_id      TEXT    NOT NULL,            -- the id the input gave (file name, JSON "id")
    url            TEXT    UNIQUE,
    outlet         TEXT,
    published      INTEGER,                     -- epoch day
    text_sha256    TEXT    NOT NULL UNIQUE,     -- of the normalised text: the same story twice is stored once
    engine_version TEXT    NOT NULL,            -- the engine that made this article's events
    ingested_at    TEXT    NOT NULL,
    extracted_at   TEXT    NOT NULL
);

CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    event_type       TEXT    NOT NULL,
    sub_event_type   TEXT,
    kind             TEXT,
    place_name       TEXT,
    geonameid        INTEGER,
    place_precision  TEXT,
    lat              REAL,
    lon              REAL,
    country          TEXT,
    admin1           TEXT,
    cell             INTEGER,                   -- spatial grid cell of (lat, lon), for --near
    day              INTEGER,                   -- the best-known date, or null
    date_precision   TEXT,
    day_key          INTEGER,                   -- day, else the earliest possible day: what --since/--until compare
    members          INTEGER NOT NULL DEFAULT 0,
    articles         INTEGER NOT NULL DEFAULT 0,
    sources          INTEGER NOT NULL DEFAULT 0,
    machine_contested INTEGER NOT NULL DEFAULT 0,
    contested        INTEGER NOT NULL DEFAULT 0, -- machine_contested unless an analyst decided otherwise
    dismissed        INTEGER NOT NULL DEFAULT 0, -- an analyst said it is not an incident
    fatalities_low   INTEGER,
    fatalities_high  INTEGER,
    sides            TEXT    NOT NULL DEFAULT ',', -- ',RU,UA,': sides that make claims about it
    stale            INTEGER NOT NULL DEFAULT 0, -- a big incident whose summary waits for the end of the ingest
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX incidents_cell_day ON incidents (cell, day_key);
CREATE INDEX incidents_day ON incidents (day_key);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    incident_id     INTEGER REFERENCES incidents (id),
    ordinal         INTEGER NOT NULL,
    event_key       TEXT    NOT NULL,           -- the engine's id ("article#e1")
    kind            TEXT    NOT NULL,
    event_type      TEXT    NOT NULL,
    sub_event_type  TEXT    NOT NULL,
    place_name      TEXT,
    geonameid       INTEGER,
    place_precision TEXT,
    lat             REAL,
    lon             REAL,
    country         TEXT,
    admin1          TEXT,
    cell            INTEGER,                    -- blocking: town-level events by grid cell...
    area            TEXT,                       -- ...region-level ones by country:admin1
    day             INTEGER,
    date_precision  TEXT,
    day_lo          INTEGER,                    -- the days the event may have happened on
    day_hi          INTEGER,
    fatalities_low  INTEGER,
    fatalities_high INTEGER,
    injured_low     INTEGER,
    injured_high    INTEGER,
    attacker        TEXT,
    target          TEXT,
    verification    TEXT,
    representative  INTEGER NOT NULL DEFAULT 1  -- among its incident's first members: the ones new events are compared with
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_incident ON events (incident_id);
-- Blocking: only representatives are compared with new events, so an incident reported a thousand
-- times costs no more to match than one reported sixteen times.
CREATE INDEX events_block_cell ON events (event_type, cell, day_lo) WHERE representative = 1;
CREATE INDEX events_block_area ON events (event_type, place_precision, area, day_lo) WHERE representative = 1;
CREATE INDEX events_block_country ON events (event_type, place_precision, country, day_lo) WHERE representative = 1;
-- Events spanning several days (known to the week) can start well before the events they match.
CREATE INDEX events_span_cell ON events (event_type, cell, day_lo) WHERE representative = 1 AND day_hi > day_lo;
CREATE INDEX events_span_area ON events (event_type, place_precision, area, day_lo)
    WHERE representative = 1 AND day_hi > day_lo;
CREATE INDEX events_span_country ON events (event_type, place_precision, country, day_lo)
    WHERE representative = 1 AND day_hi > day_lo;

-- The bulky parts live apart, so that the rows merging reads stay small and the pages it walks stay cached.
CREATE TABLE article_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    text       TEXT    NOT NULL
);

CREATE TABLE event_records (
    event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    record   TEXT    NOT NULL                   -- the event as `sitrep extract` writes it (JSON)
);

CREATE TABLE claims (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    by_name    TEXT,
    side       TEXT,
    stance     TEXT,
    about      TEXT,
    span_start INTEGER,
    span_end   INTEGER,
    source_key TEXT                             -- the originating source, normalised (corroboration)
);
CREATE INDEX claims_event ON claims (event_id);

-- Analysts' decisions: applied on top of the machine's incidents, never rewritten by re-extraction.
-- No foreign key on purpose: a decision outlives the machine records it was made about.
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    kind        TEXT    NOT NULL,               -- contested | dismiss | note
    value       TEXT,
    note        TEXT,
    analyst     TEXT    NOT NULL,
    decided_at  TEXT    NOT NULL
);
CREATE INDEX decisions_incident ON decisions (incident_id);

-- Full text over articles (external content: the text is stored once, in article_texts). Texts are
-- indexed in bulk, not one by one as they are stored: ingest indexes whatever is newer than
-- search_state.indexed_through every few thousand articles and when it ends (indexing 200 articles at a
-- time cost a third of the ingest). Revisions and deletions of indexed texts are applied at once.
CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='article_texts', content_rowid='article_id');
-- Merge index segments in eights rather than fours: less rewriting while ingesting, a little more to read per search.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
CREATE TABLE search_state (indexed_through INTEGER NOT NULL);
INSERT INTO search_state (indexed_through) VALUES (0);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON article_texts
    WHEN old.article_id <= (SELECT indexed_through FROM search_state) BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.article_id, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON article_texts
    WHEN old.article_id <= (SELECT indexed_through FROM search_state) BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.article_id, old.text);
    INSERT INTO articles_fts (rowid, text) VALUES (new.article_id, new.text);
END;
