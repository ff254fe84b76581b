-- Feeds that `sitrep watch` follows, and what it has seen in each. The ETag and Last-Modified of a feed
-- are stored only once every item it listed was dealt with, so a crash never makes a 304 hide an item.
CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT    NOT NULL UNIQUE,
    title         TEXT,                         -- the feed's own title, as last read
    added_at      TEXT    NOT NULL,
    last_fetch_at TEXT,                         -- the last attempt, whatever its result
    last_ok_at    TEXT,                         -- the last time the feed was read (or was not modified)
    last_status   TEXT,                         -- one line: what the last attempt did, or what went wrong
    etag          TEXT,
    last_modified TEXT,
    failures      INTEGER NOT NULL DEFAULT 0,   -- consecutive failed attempts
    next_fetch_at TEXT                          -- backing off (or asked to wait by Retry-After) until then
);

-- Each item a feed listed: stored (article_id), to retry (its page could not be read yet), or refused
-- for good (not English, gone, disallowed by robots.txt, or still not an article after a few tries).
-- An item stored by one feed and listed by another is linked to the same article and never fetched again.
CREATE TABLE feed_items (
    feed_id       INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    url           TEXT    NOT NULL,             -- the item's link (or guid) as the feed gives it
    article_id    INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    state         TEXT    NOT NULL,             -- stored | retry | refused
    problem       TEXT,                         -- why it is not stored, one line
    etag          TEXT,                         -- of the item's page, for a conditional retry
    last_modified TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,   -- fetches of the item's page
    first_seen_at TEXT    NOT NULL,
    last_fetch_at TEXT,
    PRIMARY KEY (feed_id, url)
);
CREATE INDEX feed_items_url ON feed_items (url);
CREATE INDEX feed_items_article ON feed_items (article_id);
