package org.parallax.ui.common;

import java.util.function.Consumer;

import org.parallax.model.Progress;

/**
 * Runs blocking work off the JavaFX thread and hands the result back on it. View models get one injected: the
 * window uses {@link FxTaskRunner}, view-model tests use {@link ImmediateTaskRunner}. Callbacks always run on the
 * thread that owns the view model's properties (the FX thread in the window). Work comes in two lanes that never wait
 * for one another: {@link #run} for what a user waits to see (open an article, search, filter, list), and
 * {@link #runBackground} for library-wide work (recognition, story grouping, imports, exports), which may take minutes.
 */
public interface TaskRunner {

    /** Blocking work that reports through a {@link Progress} and may check it for cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /**
     * Starts {@code work}; exactly one of {@code onSuccess} or {@code onFailure} is called when it ends.
     * A cancelled task still ends through {@code onSuccess} with whatever the work returned after it stopped.
     */
    <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Like {@link #run}, in the background lane: library-wide work that must never hold up a user's reads. A runner
     * with one lane (a test's) runs it as {@link #run} does.
     */
    default <T> TaskHandle runBackground(String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        return run(title, work, onSuccess, onFailure);
    }

    /** A failure's message for a user: its own message, or its kind when it has none. */
    static String reason(Throwable error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }
}
