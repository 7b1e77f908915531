package org.parallax.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One running (or finished) task as the UI sees it: title, progress (-1 when unknown), message and whether it is
 * still running. {@link #cancel()} asks the work to stop at its next check; work that returns a partial result
 * (an import) still reports it.
 */
public final class TaskHandle {
    private final String title;
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    TaskHandle(String title) {
        this.title = title;
        message.set(title);
    }

    /** A handle for a task that has already ended (nothing to show, nothing to cancel). */
    public static TaskHandle finished(String title) {
        TaskHandle h = new TaskHandle(title);
        h.running.set(false);
        h.progress.set(1);
        return h;
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
