package org.parallax.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.parallax.model.Progress;

/**
 * The window's task runner: each piece of work becomes a {@link Task} on a small pool of daemon threads, its
 * {@link Progress} calls become {@code updateProgress}/{@code updateMessage}, and the callbacks run on the FX thread.
 * Cancelling sets a flag the work polls rather than interrupting it, so an import can still report what it did.
 * The two lanes have pools of their own: recognition, story grouping and an import together fill the background
 * pool's threads, and opening an article or searching still starts at once on the interactive pool.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());
    /** Threads of each lane: two user reads at once (an article and a search), two library-wide jobs at once. */
    static final int INTERACTIVE_THREADS = 2, BACKGROUND_THREADS = 2;
    private final ExecutorService interactive;
    private final ExecutorService background;

    public FxTaskRunner() {
        this.interactive = pool("parallax-task-", INTERACTIVE_THREADS, Thread.NORM_PRIORITY);
        this.background = pool("parallax-background-", BACKGROUND_THREADS, Thread.MIN_PRIORITY);
    }

    private static ExecutorService pool(String name, int threads, int priority) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        });
    }

    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return run(interactive, title, work, onSuccess, onFailure);
    }

    @Override
    public <T> TaskHandle runBackground(String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        return run(background, title, work, onSuccess, onFailure);
    }

    private <T> TaskHandle run(ExecutorService pool, String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(title);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                updateMessage(title);
                updateProgress(-1, -1);
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        if (total <= 0 || done < 0) updateProgress(-1, -1);
                        else updateProgress(done, total);
                        if (message != null) updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return handle.isCancelled() || self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finish(handle, task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(handle, task);
            Throwable ex = task.getException();
            LOG.log(Level.WARNING, "Task failed: " + title, ex);
            onFailure.accept(ex);
        });
        Runnable bind = () -> {
            handle.progress.bind(task.progressProperty());
            handle.message.bind(task.messageProperty());
        };
        if (Platform.isFxApplicationThread()) bind.run();
        else Platform.runLater(bind);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException closing) {
            // the window is closing (close() ran): work asked for in its last pulse is dropped, not an error
            LOG.fine(() -> "Not started, the runner is closed: " + title);
            handle.running.set(false);
        }
        return handle;
    }

    private static void finish(TaskHandle handle, Task<?> task) {
        handle.progress.unbind();
        handle.message.unbind();
        handle.progress.set(1);
        handle.message.set(task.getMessage());
        handle.running.set(false);
    }

    @Override
    public void close() {
        interactive.shutdownNow();
        background.shutdownNow();
    }
}
