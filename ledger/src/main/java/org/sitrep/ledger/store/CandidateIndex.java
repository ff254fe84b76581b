package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.ledger.incident.Compatibility;
import org.sitrep.ledger.incident.DayRange;
import org.sitrep.ledger.incident.EventFacts;

/**
 * The writer's memory of the representative events, by blocking key, and of incidents' member counts:
 * what finding a new event's candidates reads, without an index probe into the database per event
 * (those probes, into pages spread over a ledger file of a gigabyte or more, were most of the writer's
 * time). A key's events are read from the database the first time an event needs them, then kept up to
 * date by the writer as it stores and removes events.
 *
 * <p>It is only valid while nobody else writes: each writing transaction starts with {@link #begin},
 * which forgets everything when anything was written since the writer's last commit (another process,
 * or this connection outside the writer), and a rolled-back transaction forgets everything too. It
 * finds exactly what the blocking queries of {@link EventRows#block} find.
 */
final class CandidateIndex {
    /**
     * Longest date range of an event that others find (a week): the first day then bounds the range
     * read to a few days. Month-wide events still find their partners, but are not found by them.
     */
    private static final int LONGEST_RANGE = 7;
    /** Undated events of undated articles: no time block, so only the latest few in the same place. */
    private static final int UNDATED_LIMIT = 200;
    /** Bytes one kept event costs, about (the record, its boxed numbers, its place in up to three keys). */
    private static final long BYTES_PER_EVENT = 240;
    private static final Comparator<EventFacts> BY_FIRST_DAY = Comparator.comparingInt(e -> e.days().lo());

    /** The events of one key: dated ones by first day, for range reads; undated ones apart. */
    private static final class Block {
        final List<EventFacts> dated = new ArrayList<>();
        final List<EventFacts> undated = new ArrayList<>(0);

        void add(EventFacts e) {
            if (e.days().lo() == null) {
                undated.add(e);
                return;
            }
            int at = firstAtOrAfter(e.days().lo() + 1);
            dated.add(at, e);
        }

        boolean remove(long id) {
            return dated.removeIf(e -> e.id() == id) | undated.removeIf(e -> e.id() == id);
        }

        /** Index of the first dated event whose first day is at least {@code day}. */
        int firstAtOrAfter(int day) {
            int lo = 0;
            int hi = dated.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (dated.get(mid).days().lo() < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private final Connection c;
    private final Dialect dialect;
    private final EventRows events;
    private final IncidentRows incidents;
    private final long maxEvents;
    /** In the order last used: when they take too much memory, the keys used longest ago go first. */
    private final Map<BlockKey, Block> blocks = new LinkedHashMap<>(1024, 0.75f, true);
    private final Map<Long, Integer> members = new HashMap<>();
    /** Place names, countries, attackers and day ranges repeat: kept once each. */
    private final Map<Object, Object> shared = new HashMap<>();
    private long kept;
    /** What {@link Dialect#writeMark} reads when nobody wrote since the last commit; null when unknown. */
    private long[] expected;
    /** What it read when the transaction began. */
    private long[] atStart;

    CandidateIndex(Connection c, Dialect dialect, EventRows events, IncidentRows incidents) {
        this.c = c;
        this.dialect = dialect;
        this.events = events;
        this.incidents = incidents;
        // A ledger of millions of events would not fit; a quarter of the heap is plenty for an ingest's working set.
        this.maxEvents = Math.max(10_000, Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_EVENT);
    }

    /**
     * At the start of a writing transaction, the write lock held: forgets all if another hand wrote.
     *
     * @return whether what the writer remembers from before is still right
     */
    boolean begin() throws SQLException {
        long[] mark = dialect.writeMark(c);
        boolean valid = expected != null && java.util.Arrays.equals(mark, expected);
        if (!valid) {
            clear();
        } else if (members.size() > maxEvents) {
            // Between transactions no count is waiting to be written: the kept ones can go.
            members.clear();
        }
        expected = null;
        atStart = mark;
        return valid;
    }

    /** After the transaction committed. */
    void committed() throws SQLException {
        expected = dialect.expectedMark(c, atStart);
    }

    /** After a rollback: what was added in the transaction is not in the database. */
    void rolledBack() {
        clear();
        expected = null;
    }

    private void clear() {
        forgetBlocks();
        members.clear();
    }

    /**
     * Past its share of the heap, forgets the keys used longest ago until half of it is left (they are
     * read again when needed): forgetting all at once would make the next batches read everything again.
     */
    private void shrink() {
        if (kept <= maxEvents) {
            return;
        }
        java.util.Iterator<Block> it = blocks.values().iterator();
        while (kept > maxEvents / 2 && it.hasNext()) {
            Block b = it.next();
            kept -= b.dated.size() + b.undated.size();
            it.remove();
        }
    }

    private void forgetBlocks() {
        blocks.clear();
        shared.clear();
        kept = 0;
    }

    /** Stored representative events that may report the same incident as {@code f}, with their incidents' member counts. */
    EventRows.Candidates candidates(EventFacts f) throws SQLException {
        Map<Long, EventFacts> found = new LinkedHashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        DayRange d = f.days();
        // A little wider than compatible: the matcher must see the members that rule an incident out.
        int near = Compatibility.MAX_DAY_GAP + 2;
        for (Blocking.Probe p : Blocking.probes(f)) {
            if (d.known()) {
                for (BlockKey k : p.keys()) {
                    Block b = block(k);
                    for (int i = b.firstAtOrAfter(d.lo() - near); i < b.dated.size(); i++) {
                        EventFacts e = b.dated.get(i);
                        if (e.days().lo() > d.hi() + near - 2) {
                            break;
                        }
                        take(e, p, found, counts);
                    }
                    // Events spanning several days (a week) can start before the window and still reach into it.
                    int from = d.lo() - near - LONGEST_RANGE;
                    for (int i = b.firstAtOrAfter(from); i < b.dated.size(); i++) {
                        EventFacts e = b.dated.get(i);
                        if (e.days().lo() > d.lo() - near - 1) {
                            break;
                        }
                        if (e.days().hi() > e.days().lo() && e.days().hi() >= d.lo() - near) {
                            take(e, p, found, counts);
                        }
                    }
                }
            } else {
                // No days to bound the search: the latest few of each block, as the query ordered by id did.
                List<EventFacts> all = new ArrayList<>();
                for (BlockKey k : p.keys()) {
                    Block b = block(k);
                    for (EventFacts e : b.dated) {
                        if (p.inside(e)) {
                            all.add(e);
                        }
                    }
                    for (EventFacts e : b.undated) {
                        if (p.inside(e)) {
                            all.add(e);
                        }
                    }
                }
                all.sort(Comparator.comparingLong(EventFacts::id).reversed());
                for (EventFacts e : all.subList(0, Math.min(UNDATED_LIMIT, all.size()))) {
                    take(e, null, found, counts);
                }
            }
        }
        return new EventRows.Candidates(new ArrayList<>(found.values()), counts);
    }

    private void take(EventFacts e, Blocking.Probe p, Map<Long, EventFacts> found, Map<Long, Integer> counts)
            throws SQLException {
        if (p != null && !p.inside(e)) {
            return;
        }
        found.putIfAbsent(e.id(), e);
        counts.put(e.incidentId(), Math.min(EventRows.REPRESENTATIVES, members(e.incidentId())));
    }

    /** The member count of an incident: kept for the incidents the writer has seen, else read. */
    int members(long incident) throws SQLException {
        Integer n = members.get(incident);
        if (n == null) {
            n = incidents.members(incident);
            members.put(incident, n);
        }
        return n;
    }

    /** A new member count, written to the database too. */
    void setMembers(long incident, int n) {
        members.put(incident, n);
    }

    /**
     * Members added (or removed, negative), to be written to the database when the batch ends: the
     * count kept here is then the only right one, so it is never forgotten during a transaction.
     */
    void addMembers(long incident, int delta) throws SQLException {
        members.put(incident, members(incident) + delta);
    }

    void forget(long incident) {
        members.remove(incident);
    }

    /** A representative event just stored, as the blocking query would read it back. */
    void add(EventFacts stored, List<BlockKey> keys) {
        EventFacts e = null;
        for (BlockKey k : keys) {
            Block b = blocks.get(k);
            if (b != null) {
                // A key not read yet is read from the database, this event included, when first needed.
                e = e == null ? compact(stored) : e;
                b.add(e);
                kept++;
            }
        }
    }

    /** An event deleted from the database. */
    void remove(long id, List<BlockKey> keys) {
        for (BlockKey k : keys) {
            Block b = blocks.get(k);
            if (b != null && b.remove(id)) {
                kept--;
            }
        }
    }

    /**
     * Reads the keys the events of a batch will look in and that are not known yet, many per statement,
     * rather than one statement per key as each event needs it.
     */
    void preload(List<EventFacts> coming) throws SQLException {
        shrink();
        Map<String, List<BlockKey>> wanted = new HashMap<>();
        java.util.Set<BlockKey> seen = new java.util.HashSet<>();
        for (EventFacts f : coming) {
            for (Blocking.Probe p : Blocking.probes(f)) {
                for (BlockKey k : p.keys()) {
                    if (!blocks.containsKey(k) && seen.add(k)) {
                        wanted.computeIfAbsent(k.column(), x -> new ArrayList<>()).add(k);
                    }
                }
            }
        }
        for (List<BlockKey> keys : wanted.values()) {
            events.blocks(keys).forEach(this::keep);
        }
    }

    private Block block(BlockKey k) throws SQLException {
        Block b = blocks.get(k);
        if (b != null) {
            return b;
        }
        shrink();
        return keep(k, events.blocks(List.of(k)).get(k));
    }

    private Block keep(BlockKey k, List<EventRows.Kept> rows) {
        Block b = new Block();
        for (EventRows.Kept r : rows) {
            b.add(compact(r.facts()));
            members.putIfAbsent(r.facts().incidentId(), r.incidentMembers());
            kept++;
        }
        blocks.put(k, b);
        return b;
    }

    private EventFacts compact(EventFacts f) {
        return new EventFacts(f.id(), f.articleId(), f.incidentId(), one(f.eventType()), one(f.subType()),
                one(f.placeName()), f.geonameid(), f.precision(), f.lat(), f.lon(), one(f.country()), one(f.admin1()),
                one(f.days()), one(f.attacker()));
    }

    @SuppressWarnings("unchecked")
    private <T> T one(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }
}
