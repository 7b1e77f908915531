package org.parallax.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parallax.annotation.Annotations;
import org.parallax.app.OutputTarget;
import org.parallax.app.ReportService;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventCsvExporter;
import org.parallax.calendar.EventFilter;
import org.parallax.export.ReportOptions;
import org.parallax.export.annotations.AnnotationExchange;
import org.parallax.export.annotations.AnnotationFormat;
import org.parallax.model.Event;
import org.parallax.store.ArticleRepository;
import org.parallax.ui.common.TaskHandle;
import org.parallax.ui.common.TaskRunner;

/**
 * The File menu's exports and import beyond the PDF dialog, as the command line does them (export-ics,
 * export-events-csv, export-md, export-annotations, import-annotations) and with the same services: every path is
 * checked by {@link OutputTarget} before work starts (the library and its files are refused), the work runs in the
 * background lane, and its outcome is one status line; a refusal or failure is also set as {@link #errorProperty()}.
 */
public final class ExportMenuViewModel {
    private final ReportService reports;
    private final CalendarService calendar;
    private final Annotations annotations;
    private final ArticleRepository articles;
    private final Path library;
    private final TaskRunner runner;
    private final Consumer<TaskHandle> track;
    private final Consumer<String> status;
    private final Runnable annotationsChanged;
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>(this, "lastWritten");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    /**
     * Exports from the composition root's services for the library file {@code library}; {@code track} shows a task
     * in the status bar, {@code status} puts its outcome there, {@code annotationsChanged} runs after an import added marks.
     */
    public ExportMenuViewModel(ReportService reports, CalendarService calendar, Annotations annotations,
            ArticleRepository articles, Path library, TaskRunner runner, Consumer<TaskHandle> track, Consumer<String> status,
            Runnable annotationsChanged) {
        this.reports = reports;
        this.calendar = calendar;
        this.annotations = annotations;
        this.articles = articles;
        this.library = library;
        this.runner = runner;
        this.track = track;
        this.status = status;
        this.annotationsChanged = annotationsChanged;
    }

    /** The file types the menu writes: a title for the chooser, the suggested name and its filter. */
    public enum FileKind {
        ICS("Export events as iCalendar", "events.ics", "iCalendar (*.ics)", "*.ics"),
        CSV("Export events as CSV", "events.csv", "CSV (*.csv)", "*.csv"),
        MARKDOWN("Export report as Markdown", "report.md", "Markdown (*.md)", "*.md");

        public final String title;
        public final String suggestedName;
        public final String filterName;
        public final String pattern;

        FileKind(String title, String suggestedName, String filterName, String pattern) {
            this.title = title;
            this.suggestedName = suggestedName;
            this.filterName = filterName;
            this.pattern = pattern;
        }
    }

    /** Every event in the library as an iCalendar file at {@code out} (the save dialog confirmed replacing it). */
    public TaskHandle exportIcs(Path out) {
        return writeEvents(FileKind.ICS, out);
    }

    /** Every event in the library as CSV at {@code out}. */
    public TaskHandle exportEventsCsv(Path out) {
        return writeEvents(FileKind.CSV, out);
    }

    private TaskHandle writeEvents(FileKind kind, Path out) {
        OutputTarget target = fileTarget(out);
        if (target == null) return null;
        return start(kind.title, p -> {
            List<Event> events = calendar.events(null, null, EventFilter.all());
            try {
                target.writeText(w -> {
                    if (kind == FileKind.ICS) calendar.writeIcs(events, Instant.now(), w);
                    else new EventCsvExporter().write(events, calendar.articleSummaries(), w);
                });
            } catch (IOException e) {
                throw new IOException(target.failure(e), e);
            }
            return "Wrote " + events.size() + (events.size() == 1 ? " event" : " events") + " to " + out;
        }, out);
    }

    /**
     * The report as Markdown at {@code out}, with the articles and contents {@code choices} gives (the PDF dialog's
     * remembered options and scope: the open article's story, else the whole library).
     */
    public TaskHandle exportMarkdown(Path out, ExportViewModel choices) {
        OutputTarget target = fileTarget(out);
        if (target == null) return null;
        ReportOptions options = choices.options();
        return start(FileKind.MARKDOWN.title, p -> {
            List<Long> ids = choices.ids();
            if (ids.isEmpty()) throw new IllegalStateException("The library has no articles to export.");
            ReportService.Result r;
            try {
                r = reports.writeMarkdown(reports.content(ids, options), target);
            } catch (IOException e) {
                throw new IOException(target.failure(e), e);
            }
            return String.format(Locale.ROOT, "Wrote the report (%d article%s, %d note%s) to %s", r.articles(),
                    r.articles() == 1 ? "" : "s", r.notes(), r.notes() == 1 ? "" : "s", out);
        }, out);
    }

    /** Every article's annotations and notes in {@code format}, one file per article plus its text, into {@code dir}. */
    public TaskHandle exportAnnotations(AnnotationFormat format, Path dir) {
        try {
            OutputTarget.folder(dir, library);
        } catch (IOException e) {
            refuse(e instanceof OutputTarget.Refused ? e.getMessage() : "Cannot write to " + dir + ": " + OutputTarget.reason(e));
            return null;
        }
        return start("Export annotations", p -> {
            AnnotationExchange.Report r = exchange().export(format, dir, List.of());
            return String.format(Locale.ROOT, "Wrote %d articles (%d annotations, %d notes) as %s to %s", r.articles(),
                    r.spans(), r.notes(), label(format), dir);
        }, dir);
    }

    /** Adds the annotations in {@code dir} (written in {@code format}) to the library articles with the same text. */
    public TaskHandle importAnnotations(AnnotationFormat format, Path dir) {
        error.set(null);
        TaskHandle h = runner.runBackground("Import annotations", p -> exchange().importFrom(format, dir), r -> {
            String line = String.format(Locale.ROOT, "Read %d articles: %d annotations and %d notes added, %d skipped",
                    r.articles(), r.spans(), r.notes(), r.skipped());
            status.accept(r.problems().isEmpty() ? line : line + "; " + r.problems().size() + " problem(s): " + r.problems().get(0));
            if (!r.problems().isEmpty()) error.set(line + "\n" + String.join("\n", r.problems()));
            annotationsChanged.run();
        }, e -> fail("Cannot read " + dir + ": " + TaskRunner.reason(e)));
        track.accept(h);
        return h;
    }

    /** How a format is named in the menu's choice. */
    public static String label(AnnotationFormat f) {
        return switch (f) {
            case BRAT -> "brat standoff";
            case W3C -> "W3C Web Annotation";
            case CONLL -> "CoNLL-2003";
        };
    }

    private AnnotationExchange exchange() {
        return new AnnotationExchange(annotations, articles, Clock.systemUTC());
    }

    private OutputTarget fileTarget(Path out) {
        try {
            return OutputTarget.file(out, library, true);
        } catch (IOException e) {
            refuse(e instanceof OutputTarget.Refused ? e.getMessage() : "Cannot write " + out + ": " + OutputTarget.reason(e));
            return null;
        }
    }

    private TaskHandle start(String title, TaskRunner.Work<String> work, Path written) {
        error.set(null);
        TaskHandle h = runner.runBackground(title, work, line -> {
            lastWritten.set(written);
            status.accept(line);
        }, e -> fail(e instanceof IOException ? TaskRunner.reason(e) : title + " failed: " + TaskRunner.reason(e)));
        track.accept(h);
        return h;
    }

    private void refuse(String why) {
        status.accept(ExportViewModel.REFUSED + ": " + why);
        error.set(null); // the same refusal twice must show twice
        error.set(why);
    }

    private void fail(String why) {
        status.accept(why);
        error.set(null);
        error.set(why);
    }

    /** The file or folder the last successful export wrote. */
    public ReadOnlyObjectProperty<Path> lastWrittenProperty() {
        return lastWritten.getReadOnlyProperty();
    }

    /** The last refusal or failure as one line (an import's problems follow on further lines); null when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
