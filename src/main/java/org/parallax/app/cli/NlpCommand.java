package org.parallax.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.model.NlpStatus;
import org.parallax.model.Progress;
import org.parallax.nlp.Recognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code nlp [--retry-failed] [--wait]}: without {@code --wait}, the queue's state with the failed articles' reasons;
 * with it, processes every pending article, progress on stderr. {@code --retry-failed} first puts every failed article
 * back in the queue. Exit 1 when some articles failed or no recogniser is available. {@code nlp --worker} takes
 * pending articles under leases beside other workers on the same library until stopped ({@link NlpWorkerLoop}).
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Show the entity-recognition queue, or with --wait process every pending article now.")
public final class NlpCommand extends LibraryCommand {
    @Option(names = "--wait", description = "Process every pending article before returning; progress goes to stderr.")
    boolean waitForAll;

    @Option(names = "--retry-failed", description = "Put every failed article back in the queue (with --wait, process them now).")
    boolean retryFailed;

    @Option(names = "--worker", description = "Recognise pending articles beside other workers on this library (other "
            + "machines too), each article once, until Ctrl+C or SIGTERM.")
    boolean worker;

    @Option(names = "--threads", paramLabel = "N", description = "Articles recognised at once (default: one per core, at most 4).")
    Integer threads;

    @Option(names = "--lease", paramLabel = "SECONDS", description = "How long a worker's claim on an article lasts "
            + "unrenewed: how soon another worker takes the articles of one that died (default: 300).")
    long leaseSeconds = 300;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "With --worker, exit once nothing was pending "
            + "for this long (default: never).")
    Long idleExitSeconds;

    private final Supplier<Recognizer> recognizers;

    /** Finds the recogniser through {@link ServiceLoader} (the CoreNLP engine registers itself). */
    public NlpCommand() {
        this(() -> ServiceLoader.load(Recognizer.class).findFirst().orElse(null));
    }

    /** Uses the given recogniser factory; it is called only when needed, since loading models takes seconds. */
    public NlpCommand(Supplier<Recognizer> recognizers) {
        this.recognizers = recognizers;
    }

    @Override
    protected void validate() {
        if (leaseSeconds < 1) throw new ParameterException(spec().commandLine(), "--lease must be at least 1 second");
        if (threads != null && threads < 1) throw new ParameterException(spec().commandLine(), "--threads must be at least 1");
        if (idleExitSeconds != null && !worker) {
            throw new ParameterException(spec().commandLine(), "--idle-exit needs --worker");
        }
        if (worker && waitForAll) throw new ParameterException(spec().commandLine(), "--worker and --wait exclude each other");
    }

    @Override
    protected int run(AppContext ctx) {
        PrintWriter out = out();
        PrintWriter err = err();
        Recognizer recognizer = recognizers.get();
        if (recognizer == null) {
            err.println("No entity recogniser is available in this build, so articles cannot be processed.");
            return 1;
        }
        NlpService nlp = ctx.nlp(recognizer);
        nlp.lease(Duration.ofSeconds(leaseSeconds));
        if (threads != null) nlp.threads(threads);
        if (worker) return new NlpWorkerLoop(nlp, out, err, json(), idleExitSeconds).run();
        Map<String, Object> result = new LinkedHashMap<>();
        int exit = 0;
        int requeued = retryFailed ? nlp.retryFailed() : 0;
        if (waitForAll) {
            NlpService.Summary s = nlp.processPending(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    err.println(message);
                    err.flush();
                }

                @Override
                public boolean isCancelled() {
                    return Thread.currentThread().isInterrupted();
                }
            });
            result.put("processed", s.processed());
            result.put("failedNow", s.failed());
            result.put("datesBorrowed", s.datesBorrowed());
            if (s.failed() > 0) exit = 1;
        }
        Map<NlpStatus, Integer> counts = nlp.states().counts();
        result.put("pipelineVersion", recognizer.version());
        result.put("pending", nlp.pending().size());
        result.put("done", counts.getOrDefault(NlpStatus.DONE, 0));
        result.put("failed", counts.getOrDefault(NlpStatus.FAILED, 0));
        NlpService.Failures failures = nlp.failures();
        result.put("retrying", failures.retrying());
        result.put("failedReasons", NlpViews.failureReasons(failures.reasons()));
        if (retryFailed) result.put("requeued", requeued);
        if (json()) {
            printJson(result);
        } else {
            if (retryFailed) out.printf("Queued %d failed articles again.%n", requeued);
            if (waitForAll) {
                Object processed = result.get("processed");
                Object borrowed = result.get("datesBorrowed");
                out.printf("Processed %s %s, %s failed; %s %s borrowed from the same story.%n", processed,
                        "1".equals(String.valueOf(processed)) ? "article" : "articles", result.get("failedNow"), borrowed,
                        "1".equals(String.valueOf(borrowed)) ? "date" : "dates");
            }
            out.printf("Pipeline %s: %s pending, %s done, %s failed.%n", recognizer.version(), result.get("pending"),
                    result.get("done"), result.get("failed"));
            if (failures.failed() > 0) {
                out.println(NlpViews.failureLine(failures));
                if (failures.retrying() < failures.failed()) {
                    out.println("Run `parallax nlp --retry-failed --wait` to try the failed articles again now.");
                }
            }
            if (!waitForAll && (int) result.get("pending") > 0) out.println("Run `parallax nlp --wait` to process them now.");
        }
        out.flush();
        return exit;
    }
}
