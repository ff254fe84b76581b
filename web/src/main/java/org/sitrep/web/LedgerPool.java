package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;

/**
 * A few open ledgers (one connection each) shared by the server's request threads: a {@link Ledger} is
 * for one thread at a time, and opening one per request would check the schema every time.
 */
public final class LedgerPool implements AutoCloseable {
    private final LedgerLocation location;
    private final BlockingQueue<Ledger> idle;
    private final List<Ledger> all = new ArrayList<>();

    public LedgerPool(LedgerLocation location, int size) {
        this.location = location;
        this.idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Ledger l = Ledger.open(location, i == 0);
                all.add(l);
                idle.add(l);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public LedgerLocation location() {
        return location;
    }

    /** Runs the work with a ledger of the pool, waiting up to 30 s for one to be free. */
    public <T> T with(Function<Ledger, T> work) {
        Ledger l;
        try {
            l = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for the ledger");
        }
        if (l == null) {
            throw new LedgerException(location + ": busy (every connection in use for 30 s)");
        }
        try {
            return work.apply(l);
        } finally {
            idle.add(l);
        }
    }

    @Override
    public void close() {
        for (Ledger l : all) {
            l.close();
        }
    }
}
