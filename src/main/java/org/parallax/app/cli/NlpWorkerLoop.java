package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.parallax.app.NlpService;
import org.parallax.model.Progress;

/**
 * {@code nlp --worker}: passes of {@link NlpService#work} while articles are pending, polling every few seconds when
 * none is, until Ctrl+C or SIGTERM (the article in hand is stored, the rest of the claimed batch released, exit 0) or,
 * with {@code --idle-exit}, until nothing was pending for that long. Progress lines on stdout (stderr with
 * {@code --json}), a summary at the end (JSON with {@code --json}: worker, recognised, failed, seconds).
 */
final class NlpWorkerLoop {
    /** How often an idle worker looks for pending articles: new imports are taken within this. */
    static final long POLL_MS = 3_000;
    /** How long a stop signal waits for the article in hand (a long one stops between its pieces). */
    private static final long STOP_WAIT_SECONDS = 120;

    private final NlpService nlp;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final Long idleExitSeconds;
    private volatile boolean stopping;

    NlpWorkerLoop(NlpService nlp, PrintWriter out, PrintWriter err, boolean json, Long idleExitSeconds) {
        this.nlp = nlp;
        this.out = out;
        this.err = err;
        this.json = json;
        this.idleExitSeconds = idleExitSeconds;
    }

    int run() {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger();
        // SIGTERM and Ctrl+C run shutdown hooks while this thread works on: the hook asks the loop to stop, waits for
        // it to store or release what it holds, and ends the process with the loop's own exit code (0, not 143)
        Thread hook = new Thread(() -> {
            stopping = true;
            try {
                finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(exit.get());
        }, "parallax-nlp-worker-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            exit.set(loop());
            return exit.get();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs now and ends the process with the exit code set above
            }
        }
    }

    private int loop() {
        long t0 = System.nanoTime();
        int recognised = 0;
        int failed = 0;
        long idleSince = System.nanoTime();
        PrintWriter lines = json ? err : out; // with --json, stdout holds the summary only
        lines.printf("Worker %s on this library: taking pending articles (leases renewed while it works).%n", nlp.workerId());
        nlp.warmUp();
        lines.printf(Locale.ROOT, "Worker %s ready (models loaded in %.1f s).%n", nlp.workerId(), (System.nanoTime() - t0) / 1e9);
        lines.flush();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                err.println(message);
                err.flush();
            }

            @Override
            public boolean isCancelled() {
                return stopping || Thread.currentThread().isInterrupted();
            }
        };
        while (!progress.isCancelled()) {
            NlpService.Summary s = nlp.work(progress);
            recognised += s.processed();
            failed += s.failed();
            if (s.processed() + s.failed() > 0) {
                idleSince = System.nanoTime();
                lines.printf(Locale.ROOT, "Worker %s: %d articles recognised, %d failed so far (%.0f s).%n", nlp.workerId(),
                        recognised, failed, (System.nanoTime() - t0) / 1e9);
                lines.flush();
                continue;
            }
            long idleMs = (System.nanoTime() - idleSince) / 1_000_000;
            if (idleExitSeconds != null && idleMs >= idleExitSeconds * 1000) break;
            long wait = idleExitSeconds == null ? POLL_MS : Math.min(POLL_MS, Math.max(100, idleExitSeconds * 1000 - idleMs));
            if (!sleep(wait, progress)) break;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("worker", nlp.workerId());
            result.put("recognised", recognised);
            result.put("failed", failed);
            result.put("seconds", Math.round(seconds * 10) / 10.0);
            Json.write(out, result);
        } else {
            out.printf(Locale.ROOT, "Worker %s %s: %d articles recognised, %d failed in %.1f s.%n", nlp.workerId(),
                    stopping ? "stopped" : "idle, exiting", recognised, failed, seconds);
        }
        out.flush();
        return 0;
    }

    /** Sleeps {@code ms} in short steps; false when asked to stop meanwhile. */
    private static boolean sleep(long ms, Progress progress) {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            if (progress.isCancelled()) return false;
            try {
                Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
