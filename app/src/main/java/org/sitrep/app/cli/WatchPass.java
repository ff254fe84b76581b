package org.sitrep.app.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.feed.Backoff;
import org.sitrep.app.feed.FeedDocument;
import org.sitrep.app.feed.FeedEntry;
import org.sitrep.app.feed.FeedParser;
import org.sitrep.app.feed.PageArticles;
import org.sitrep.app.feed.PageProblem;
import org.sitrep.app.fetch.FetchProblem;
import org.sitrep.app.fetch.Fetcher;
import org.sitrep.app.fetch.HostLanes;
import org.sitrep.app.fetch.Response;
import org.sitrep.app.fetch.Validators;
import org.sitrep.app.input.InputArticle;
import org.sitrep.app.input.InputProblem;
import org.sitrep.ledger.IngestOutcome;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.feed.Feed;
import org.sitrep.ledger.feed.FeedOrigin;
import org.sitrep.ledger.feed.FeedUpdate;
import org.sitrep.ledger.feed.ItemRecord;
import org.sitrep.ledger.feed.ItemState;
import org.sitrep.ledger.feed.KnownItem;
import org.sitrep.ledger.store.FeedStore;
import org.sitrep.model.Article;

/**
 * One pass of {@code sitrep watch}: every feed that is due is fetched (conditionally), every item not
 * seen before has its page fetched and read, and the articles go through the same {@link IngestRun} as
 * {@code sitrep ingest}. Fetching runs on per-host lanes; this thread plans, hands articles to the ingest,
 * and keeps the tally. What the pass learned about feeds and items that were not stored is written when
 * the ingest has committed everything, so a feed's ETag is never stored ahead of its items.
 */
final class WatchPass {
    /** Fetches of one item's page before it is given up. */
    static final int MAX_ATTEMPTS = 3;
    private static final int RESULTS_WAITING = 256;

    /**
     * @param interval      the time between passes, also the base of a failing feed's backoff
     * @param engineVersion the engine's version, as {@code ingest} stores it
     */
    record Settings(Duration interval, int batch, int threads, LocalDate published, String engineVersion, long maxBytes) {
    }

    /** What one pass did. */
    record Summary(int feeds, int read, int notModified, int failed, int backingOff, int pages, int added,
                   int reextracted, int unchanged, int refused, boolean stopped, Stats stats) {
    }

    /** Where the time of a pass went (for {@code -Dsitrep.watch.stats=true} and the benchmark). */
    record Stats(double wallSeconds, double feedFetchSeconds, double pageFetchSeconds, double pageReadSeconds,
                 double extractSeconds, double writeSeconds, double waitSeconds, long pageBytes) {
    }

    /** How an item's page turned out. */
    private enum Kind { ARTICLE, NOT_MODIFIED, TEMPORARY, NOT_YET, REFUSED, STOPPED }

    /** An item whose page is fetched; {@code entry} is null for a retry of an item the feed no longer lists. */
    private record Job(Tally tally, FeedEntry entry, String url, KnownItem known) {
        int attempts() {
            return (known == null ? 0 : known.attempts()) + 1;
        }
    }

    /** What a lane hands back to this thread. */
    private sealed interface Done permits FeedDone, PageDone {
    }

    private record FeedDone(Tally tally, Response response, FeedDocument doc, String problem, Duration retryAfter)
            implements Done {
    }

    /** @param fetched whether the page was requested (false: there was no page to fetch) */
    private record PageDone(Job job, Article article, Kind kind, String problem, Validators validators,
                            Duration retryAfter, boolean fetched) implements Done {
        PageDone(Job job, Article article, Kind kind, String problem, Validators validators, Duration retryAfter) {
            this(job, article, kind, problem, validators, retryAfter, true);
        }
    }

    /** One feed's pass. */
    private static final class Tally {
        final Feed feed;
        Instant fetchedAt;
        FeedDone result;
        int items;
        int fresh;
        int pending;
        int pageFailures;
        String pageProblem;
        Duration retryAfter;

        Tally(Feed feed) {
            this.feed = feed;
        }
    }

    private final Fetcher fetcher;
    private final PageArticles pages;
    private final EngineFactory.UserData userData;
    private final Ledger ledger;
    private final Ledger lookups;
    private final Reporter reporter;
    private final Settings settings;
    private final BooleanSupplier stopping;
    private final Clock clock;

    /**
     * Pages read and waiting for this thread. Bounded: when the ingest is slower than the fetching, the
     * lanes wait rather than pile articles up in memory.
     */
    private final BlockingQueue<Done> results = new LinkedBlockingQueue<>(RESULTS_WAITING);
    private final List<Tally> tallies = new ArrayList<>();
    private final List<ItemRecord> items = new ArrayList<>();
    private final List<FeedOrigin> shared = new ArrayList<>();
    private final Set<String> claimed = new HashSet<>();
    private final AtomicLong feedNanos = new AtomicLong();
    private final AtomicLong fetchNanos = new AtomicLong();
    private final AtomicLong readNanos = new AtomicLong();
    private final AtomicLong pageBytes = new AtomicLong();
    private long waitNanos;
    private int outstanding;
    private int pagesFetched;
    private int refused;

    WatchPass(Fetcher fetcher, EngineFactory.UserData userData, Ledger ledger, Ledger lookups, Reporter reporter,
              Settings settings, BooleanSupplier stopping, Clock clock) {
        this.fetcher = fetcher;
        this.pages = new PageArticles(settings.maxBytes());
        this.userData = userData;
        this.ledger = ledger;
        this.lookups = lookups;
        this.reporter = reporter;
        this.settings = settings;
        this.stopping = stopping;
        this.clock = clock;
    }

    Summary run(List<Feed> feeds) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        int backingOff = 0;
        boolean stopped = false;
        int[] outcomes = new int[IngestOutcome.values().length];
        double extract;
        double write;
        try (IngestRun run = new IngestRun(userData, ledger, lookups, reporter, settings.published(),
                settings.engineVersion(), settings.batch(), settings.threads());
             HostLanes lanes = new HostLanes(fetcher.politeness().perHost())) {
            for (Feed f : feeds) {
                if (!f.due(now)) {
                    backingOff++;
                    say(() -> reporter.note(f.url() + ": backing off until " + f.nextFetchAt().truncatedTo(ChronoUnit.SECONDS)
                            + " (" + f.failures() + " failure" + (f.failures() == 1 ? "" : "s") + " in a row; last: "
                            + f.lastStatus() + ")"));
                    continue;
                }
                Tally t = new Tally(f);
                tallies.add(t);
                outstanding++;
                lanes.submit(URI.create(f.url()), () -> post(fetchFeed(t)));
            }
            while (outstanding > 0) {
                if (stopping.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                long waited = System.nanoTime();
                Done d = results.poll(100, TimeUnit.MILLISECONDS);
                waitNanos += System.nanoTime() - waited;
                if (d == null) {
                    continue;
                }
                outstanding--;
                if (d instanceof FeedDone fd) {
                    onFeed(fd, run, lanes);
                } else {
                    PageDone page = (PageDone) d;
                    page.job().tally.pending--;
                    settle(page, run);
                }
            }
            if (stopped) {
                lanes.stop();
            }
            run.finish();
            for (IngestOutcome o : IngestOutcome.values()) {
                outcomes[o.ordinal()] = run.count(o);
            }
            extract = run.extractSeconds();
            write = run.writeSeconds();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        ledger.feeds().save(updates(stopped), items, shared, clock.instant());
        int read = 0;
        int notModified = 0;
        int failed = 0;
        for (Tally t : tallies) {
            if (t.result == null) {
                continue;
            }
            if (t.result.problem() != null || t.pageFailures > 0) {
                failed++;
            } else if (t.result.response().notModified()) {
                notModified++;
            } else {
                read++;
            }
        }
        Stats stats = new Stats((System.nanoTime() - start) / 1e9, feedNanos.get() / 1e9, fetchNanos.get() / 1e9,
                readNanos.get() / 1e9, extract, write, waitNanos / 1e9, pageBytes.get());
        return new Summary(feeds.size(), read, notModified, failed, backingOff, pagesFetched,
                outcomes[IngestOutcome.ADDED.ordinal()], outcomes[IngestOutcome.REEXTRACTED.ordinal()],
                outcomes[IngestOutcome.UNCHANGED.ordinal()], refused, stopped, stats);
    }

    /* ---------- on the lanes ---------- */

    private void post(Done d) {
        try {
            results.put(d);
        } catch (InterruptedException e) {
            // the pass is stopping: what was read is dropped, and read again at the next pass
            Thread.currentThread().interrupt();
        }
    }

    private FeedDone fetchFeed(Tally t) {
        t.fetchedAt = clock.instant();
        long start = System.nanoTime();
        Feed f = t.feed;
        try {
            URI uri = URI.create(f.url());
            Response r = fetcher.get(uri, new Validators(f.etag(), f.lastModified()), Fetcher.ACCEPT_FEED);
            FeedDocument doc = r.notModified() ? null : FeedParser.parse(r.uri(), r.body(), r.contentType() == null ? null
                    : r.contentType() + (r.charset() == null ? "" : "; charset=" + r.charset().name()));
            return new FeedDone(t, r, doc, null, null);
        } catch (FetchProblem p) {
            return new FeedDone(t, null, null, p.getMessage(), p.retryAfter());
        } catch (InputProblem p) {
            return new FeedDone(t, null, null, p.problem(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FeedDone(t, null, null, "stopped", null);
        } catch (RuntimeException e) {
            return new FeedDone(t, null, null, "internal error (" + Reporter.describe(e) + ")", null);
        } finally {
            feedNanos.addAndGet(System.nanoTime() - start);
        }
    }

    private PageDone readPage(Job j) {
        Validators sent = j.known == null ? Validators.NONE : new Validators(j.known.etag(), j.known.lastModified());
        FeedEntry entry = j.entry != null ? j.entry : new FeedEntry(j.url, null, null, null);
        Response r = null;
        long start = System.nanoTime();
        try {
            r = fetcher.get(URI.create(j.url), sent, Fetcher.ACCEPT_PAGE);
            long fetched = System.nanoTime();
            fetchNanos.addAndGet(fetched - start);
            if (r.notModified()) {
                return new PageDone(j, null, Kind.NOT_MODIFIED, j.known.problem(), sent, null);
            }
            pageBytes.addAndGet(r.body().length);
            try {
                Article a = pages.fromPage(entry, r.uri(), r.contentType(), r.charset(), r.body());
                return new PageDone(j, a, Kind.ARTICLE, null, r.validators(), null);
            } finally {
                readNanos.addAndGet(System.nanoTime() - fetched);
            }
        } catch (FetchProblem p) {
            if (r == null) {
                fetchNanos.addAndGet(System.nanoTime() - start);
            }
            return new PageDone(j, null, p.temporary() ? Kind.TEMPORARY : Kind.REFUSED, p.getMessage(), Validators.NONE,
                    p.retryAfter(), p.asked());
        } catch (PageProblem p) {
            return new PageDone(j, null, p.mayChange() ? Kind.NOT_YET : Kind.REFUSED, p.getMessage(), r.validators(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PageDone(j, null, Kind.STOPPED, "stopped", Validators.NONE, null);
        } catch (RuntimeException e) {
            return new PageDone(j, null, Kind.TEMPORARY, "internal error (" + Reporter.describe(e) + ")", Validators.NONE, null);
        }
    }

    /* ---------- on this thread ---------- */

    private void onFeed(FeedDone d, IngestRun run, HostLanes lanes) {
        Tally t = d.tally();
        t.result = d;
        Feed f = t.feed;
        if (d.problem() != null) {
            int failures = f.failures() + 1;
            Instant next = Backoff.next(t.fetchedAt, failures, settings.interval(), d.retryAfter());
            say(() -> reporter.failed(f.url(), d.problem() + "; next try after " + next.truncatedTo(ChronoUnit.SECONDS)));
            return;
        }
        FeedStore store = lookups.feeds();
        List<FeedEntry> entries = d.doc() == null ? List.of() : d.doc().entries();
        t.items = entries.size();
        // Items kept for another try: also when the feed did not change, or no longer lists them.
        Set<String> listed = new HashSet<>();
        entries.forEach(e -> listed.add(e.url()));
        List<FeedEntry> retries = store.toRetry(f.id(), MAX_ATTEMPTS).stream().map(KnownItem::url)
                .filter(u -> !listed.contains(u)).map(u -> new FeedEntry(u, null, null, null)).toList();
        List<String> urls = new ArrayList<>(listed);
        retries.forEach(e -> urls.add(e.url()));
        FeedStore.Known known = store.known(urls);
        List<Job> jobs = new ArrayList<>();
        for (FeedEntry e : entries) {
            plan(t, e, known, true).ifPresent(jobs::add);
        }
        for (FeedEntry e : retries) {
            plan(t, e, known, false).ifPresent(jobs::add);
        }
        for (Job j : jobs) {
            start(j, run, lanes);
        }
    }

    /**
     * What to do with an item: fetch its page (a job), or only record what is known of it already (its
     * page is then not fetched: stored or refused in another feed, or an article stored at its address).
     *
     * @param inFeed whether the feed lists it now (else it is a retry of an item it listed before, and
     *               {@code e} has only its address)
     */
    private Optional<Job> plan(Tally t, FeedEntry e, FeedStore.Known known, boolean inFeed) {
        long feedId = t.feed.id();
        Optional<KnownItem> mine = known.in(feedId, e.url());
        if (mine.isPresent() && mine.get().state() != ItemState.RETRY) {
            return Optional.empty();
        }
        if (mine.isEmpty()) {
            t.fresh++;
        }
        if (!claimed.add(e.url())) {
            // Another feed of this pass has it in hand: this one gets the same record when the pass is over.
            shared.add(new FeedOrigin(feedId, e.url()));
            return Optional.empty();
        }
        Optional<KnownItem> settled = known.settled(e.url());
        if (settled.isPresent()) {
            KnownItem s = settled.get();
            items.add(new ItemRecord(feedId, e.url(), s.state(), s.articleId(), s.problem(), null, null, false));
            return Optional.empty();
        }
        Optional<Long> article = known.article(e.url());
        if (article.isPresent()) {
            items.add(new ItemRecord(feedId, e.url(), ItemState.STORED, article.get(), null, null, null, false));
            return Optional.empty();
        }
        return Optional.of(new Job(t, inFeed ? e : null, e.url(), mine.orElse(null)));
    }

    private void start(Job j, IngestRun run, HostLanes lanes) {
        URI uri = null;
        if (j.entry == null || j.entry.hasPage()) {
            try {
                uri = URI.create(j.url);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
        }
        if (uri == null) {
            // No page to fetch (a guid that is not an address): the feed's own text or nothing.
            settle(new PageDone(j, null, Kind.REFUSED, "no page to fetch (its link is not an address)", Validators.NONE,
                    null, false), run);
            return;
        }
        j.tally.pending++;
        outstanding++;
        URI page = uri;
        lanes.submit(page, () -> post(readPage(j)));
    }

    /** What becomes of an item once its page was read (or could not be). */
    private void settle(PageDone d, IngestRun run) {
        Job j = d.job();
        Tally t = j.tally;
        if (d.fetched() && d.kind() != Kind.STOPPED) {
            pagesFetched++;
        }
        FeedOrigin origin = new FeedOrigin(t.feed.id(), j.url);
        switch (d.kind()) {
            case ARTICLE -> store(j, d.article(), origin, run, d.validators());
            case STOPPED -> {
                // not recorded: the item is new again at the next pass
            }
            case NOT_MODIFIED -> record(j, d.problem(), true, true, Validators.NONE);
            default -> {
                Optional<Article> fromFeed = fromFeed(j);
                if (fromFeed.isPresent()) {
                    say(() -> reporter.note(j.url + ": " + d.problem() + "; stored from the feed's own text"));
                    store(j, fromFeed.get(), origin, run, Validators.NONE);
                } else if (d.kind() == Kind.TEMPORARY) {
                    t.pageFailures++;
                    t.pageProblem = d.problem();
                    if (d.retryAfter() != null && (t.retryAfter == null || d.retryAfter().compareTo(t.retryAfter) > 0)) {
                        t.retryAfter = d.retryAfter();
                    }
                    boolean last = j.attempts() >= MAX_ATTEMPTS;
                    say(() -> reporter.failed(j.url, d.problem() + (last ? "; given up after " + MAX_ATTEMPTS + " tries"
                            : "; tried again at a later pass")));
                    record(j, d.problem(), true, true, d.validators());
                } else {
                    say(() -> reporter.problem(new InputProblem(j.url, d.problem()), false));
                    record(j, d.problem(), d.kind() == Kind.NOT_YET, d.fetched(), d.validators());
                }
            }
        }
    }

    private Optional<Article> fromFeed(Job j) {
        if (j.entry == null || j.entry.contentHtml() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PageArticles.fromEntry(j.entry));
        } catch (PageProblem p) {
            return Optional.empty();
        }
    }

    private void store(Job j, Article a, FeedOrigin origin, IngestRun run, Validators validators) {
        Optional<InputProblem> refusal = run.accept(new InputArticle(j.url, a), origin);
        if (refusal.isPresent()) {
            refused++;
            items.add(new ItemRecord(origin.feedId(), j.url, ItemState.REFUSED, null, refusal.get().problem(),
                    validators.etag(), validators.lastModified(), true));
        }
    }

    /**
     * An item not stored: kept for another try when that may help and tries are left, else refused for good.
     *
     * @param mayChange whether a later try may do better
     * @param fetched   whether its page was fetched (a try) in this pass
     */
    private void record(Job j, String problem, boolean mayChange, boolean fetched, Validators validators) {
        boolean retry = mayChange && j.attempts() < MAX_ATTEMPTS;
        String why = mayChange && !retry ? "given up after " + MAX_ATTEMPTS + " tries: " + problem : problem;
        if (!retry) {
            refused++;
        }
        items.add(new ItemRecord(j.tally.feed.id(), j.url, retry ? ItemState.RETRY : ItemState.REFUSED, null, why,
                validators.etag(), validators.lastModified(), fetched));
    }

    /** Each fetched feed's new state: validators only when every item it listed was dealt with. */
    private List<FeedUpdate> updates(boolean stopped) {
        List<FeedUpdate> out = new ArrayList<>();
        for (Tally t : tallies) {
            Feed f = t.feed;
            FeedDone d = t.result;
            if (d == null) {
                continue;
            }
            if (d.problem() != null) {
                int failures = f.failures() + 1;
                out.add(new FeedUpdate(f.id(), t.fetchedAt, null, d.problem(), false, false, null, null, failures,
                        Backoff.next(t.fetchedAt, failures, settings.interval(), d.retryAfter())));
                continue;
            }
            Response r = d.response();
            String title = d.doc() == null ? null : d.doc().title();
            if (stopped && t.pending > 0) {
                out.add(new FeedUpdate(f.id(), t.fetchedAt, title, "stopped before every item was read", true, false,
                        null, null, f.failures(), f.nextFetchAt()));
                continue;
            }
            String status = r.notModified() ? "not modified" : "read " + t.items + " item" + (t.items == 1 ? "" : "s")
                    + ", " + t.fresh + " new";
            if (t.pageFailures > 0) {
                int failures = f.failures() + 1;
                out.add(new FeedUpdate(f.id(), t.fetchedAt, title, status + "; " + t.pageFailures + " page"
                        + (t.pageFailures == 1 ? "" : "s") + " failed (" + t.pageProblem + ")", true, true,
                        r.validators().etag(), r.validators().lastModified(), failures,
                        Backoff.next(t.fetchedAt, failures, settings.interval(), t.retryAfter)));
            } else {
                out.add(new FeedUpdate(f.id(), t.fetchedAt, title, status, true, true, r.validators().etag(),
                        r.validators().lastModified(), 0, null));
            }
        }
        return out;
    }

    /** The ingest's writer thread reports too; the reporter counts, so one at a time. */
    private void say(Runnable r) {
        synchronized (reporter) {
            r.run();
        }
    }
}
