package org.parallax.ui.common;

import java.util.function.Consumer;

import org.parallax.model.Progress;

/**
 * Runs each task at once on the calling thread, so view-model tests see results as soon as a command returns
 * and need no JavaFX toolkit. Both lanes ({@link #run} and {@link #runBackground}) run the same way.
 */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(title);
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String msg) {
                handle.progress.set(total <= 0 || done < 0 ? -1 : (double) done / total);
                if (msg != null) handle.message.set(msg);
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        T result;
        try {
            result = work.call(progress);
        } catch (Exception | Error e) {
            handle.running.set(false);
            onFailure.accept(e);
            return handle;
        }
        handle.running.set(false);
        handle.progress.set(1);
        onSuccess.accept(result);
        return handle;
    }
}
