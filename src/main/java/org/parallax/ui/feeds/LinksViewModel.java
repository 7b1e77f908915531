package org.parallax.ui.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;

import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.store.SnapshotRepository;
import org.parallax.ui.common.TaskRunner;
import org.parallax.web.WebImportService;

/**
 * Web links in the window: File ▸ Add link…, a link pasted into the library list or dropped on the window, each
 * imported as one task with progress and Cancel and reported like a file import (one line per bad link); and
 * Article ▸ Re-extract from saved page for the open article when it was imported from a link.
 */
public final class LinksViewModel {
    private static final Logger LOG = Logger.getLogger(LinksViewModel.class.getName());
    private final Supplier<WebImportService> web;
    private final SnapshotRepository snapshots;
    private final TaskRunner runner;
    private final TaskHost host;
    private final ReadOnlyObjectProperty<Article> open;
    private final Runnable reloadReader;
    private final ReadOnlyBooleanWrapper canReextract = new ReadOnlyBooleanWrapper(this, "canReextract");
    private long checked = -1;

    /**
     * Links imported with {@code web} (built on first use); {@code open} is the reader's article, whose snapshot
     * ({@code snapshots}) decides whether it can be extracted again, and {@code reloadReader} shows it again after.
     */
    public LinksViewModel(Supplier<WebImportService> web, SnapshotRepository snapshots, TaskRunner runner, TaskHost host,
            ReadOnlyObjectProperty<Article> open, Runnable reloadReader) {
        this.web = web;
        this.snapshots = snapshots;
        this.runner = runner;
        this.host = host;
        this.open = open;
        this.reloadReader = reloadReader;
        open.addListener((o, was, now) -> checkSnapshot(now));
    }

    /**
     * The lines of what was typed in Add link…: each non-blank line (or word, for links pasted on one line) is one
     * link to try, so a mistyped one is reported rather than dropped.
     */
    public static List<String> typedLinks(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String part : text.strip().split("\\s+")) {
            if (!part.isBlank() && !out.contains(part)) out.add(part);
        }
        return out;
    }

    /** The http and https links in pasted or dropped text (one per line or word); anything else is not a link. */
    public static List<String> linksIn(String text) {
        return typedLinks(text).stream().filter(WebImportService::isLink).toList();
    }

    /** Imports the links in the background with progress and Cancel; returns false when there was none. */
    public boolean importLinks(List<String> links) {
        List<String> list = List.copyOf(links);
        if (list.isEmpty()) return false;
        host.track().accept(runner.runBackground(list.size() == 1 ? "Fetching " + list.get(0) : "Fetching " + list.size() + " links",
                p -> web.get().importUrls(list, ImportService.DEFAULT_MAX_BYTES, p), host.imported(),
                error -> host.message().accept("Import failed: " + TaskRunner.reason(error))));
        return true;
    }

    /** Imports the links found in pasted or dropped text; false when it holds none (then nothing happens). */
    public boolean importText(String text) {
        return importLinks(linksIn(text));
    }

    /** Extracts the open article again from its saved page, then shows it again (Article ▸ Re-extract). */
    public void reextract() {
        Article a = open.get();
        if (a == null || !canReextract.get()) return;
        long id = a.id();
        host.track().accept(runner.runBackground("Extracting again from the saved page", p -> web.get().reextract(id), r -> {
            host.message().accept(r.line());
            if (r.status() == WebImportService.Reextracted.Status.UPDATED || r.imagesAdded() > 0) {
                reloadReader.run();
                host.articlesAdded().run();
            }
        }, error -> host.message().accept("Cannot extract article " + id + " again: " + TaskRunner.reason(error))));
    }

    private void checkSnapshot(Article a) {
        canReextract.set(false);
        if (a == null) {
            checked = -1;
            return;
        }
        long id = a.id();
        checked = id;
        runner.run("Looking for the saved page", p -> snapshots.get(id).isPresent(), has -> {
            if (checked == id) canReextract.set(has);
        }, error -> LOG.log(Level.WARNING, "Cannot look for the saved page of article " + id, error));
    }

    /** Whether the open article has a saved page to extract again. */
    public ReadOnlyBooleanProperty canReextractProperty() {
        return canReextract.getReadOnlyProperty();
    }
}
