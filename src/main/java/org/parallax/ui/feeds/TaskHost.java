package org.parallax.ui.feeds;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.parallax.ingest.ImportReport;
import org.parallax.ui.common.TaskHandle;

/**
 * What the web-capture view models ask of the main window: {@code track} shows a task in the status bar (progress and
 * Cancel), {@code message} puts one line there, {@code imported} reports an import as File ▸ Import does (summary,
 * failure list, library refreshed, first new article opened), {@code articlesAdded} refreshes what depends on the
 * library without opening anything (a feed refresh), and {@code busy} says whether a shown task still runs.
 */
public record TaskHost(Consumer<TaskHandle> track, Consumer<String> message, Consumer<ImportReport> imported,
        Runnable articlesAdded, BooleanSupplier busy) {
}
