package org.sitrep.app.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a long-running command to stop (SIGTERM, Ctrl-C) and holds the JVM's exit until it has: the
 * command finishes the article it is on, commits what it read, and then the process ends.
 */
final class StopSignal implements AutoCloseable {
    /** How long the shutdown waits for the command to finish what it is on. */
    private static final Duration GRACE = Duration.ofMinutes(2);

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    private StopSignal(boolean onShutdown, Runnable onStop) {
        if (onShutdown) {
            hook = new Thread(() -> {
                onStop.run();
                stop.countDown();
                try {
                    done.await(GRACE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sitrep-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        } else {
            hook = null;
        }
    }

    /** Stops when the process is asked to end; {@code onStop} runs first (to say so). */
    static StopSignal onShutdown(Runnable onStop) {
        return new StopSignal(true, onStop);
    }

    /** For a command that ends by itself (--once). */
    static StopSignal never() {
        return new StopSignal(false, () -> { });
    }

    boolean stopped() {
        return stop.getCount() == 0;
    }

    /** Waits up to {@code d}; true when asked to stop meanwhile. */
    boolean await(Duration d) {
        try {
            return stop.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The command is done: a shutdown in progress may go on. */
    @Override
    public void close() {
        done.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it sees done and returns
            }
        }
    }
}
