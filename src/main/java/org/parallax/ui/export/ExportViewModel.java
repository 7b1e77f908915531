package org.parallax.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.parallax.app.OutputTarget;
import org.parallax.app.ReportService;
import org.parallax.export.PdfReportWriter;
import org.parallax.export.ReportContent;
import org.parallax.export.ReportOptions;
import org.parallax.model.Progress;
import org.parallax.ui.common.TaskHandle;
import org.parallax.ui.common.TaskRunner;

/**
 * The export dialog's state: the user's choices (loaded from and saved to the remembered export options), a preview
 * of page 1 rendered off the FX thread, and the export itself with progress, cancel and its result or error.
 * The preview is a plain {@link BufferedImage}, so this view model is tested without a toolkit.
 */
public final class ExportViewModel {
    private static final Logger LOG = Logger.getLogger(ExportViewModel.class.getName());
    static final float PREVIEW_DPI = 48;
    /** The message after a path was refused (the library, a folder, a device): nothing was written. */
    public static final String REFUSED = "Export refused";

    /** Which articles go in. */
    public enum Scope {
        ALL("All articles in the library"), STORY("The open article's story"), ARTICLE("The open article only");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ReportService service;
    private final TaskRunner runner;
    private final Path configFolder;
    private final OptionalLong openArticle;
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty userName = new SimpleStringProperty(this, "userName");
    private final BooleanProperty fullText = new SimpleBooleanProperty(this, "fullText");
    private final BooleanProperty calendar = new SimpleBooleanProperty(this, "calendar");
    private final BooleanProperty comparison = new SimpleBooleanProperty(this, "comparison");
    private final ObjectProperty<ReportContent.PageSize> pageSize = new SimpleObjectProperty<>(this, "pageSize");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope");
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper(this, "previewMessage", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<ReportService.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private int previewGeneration;
    private TaskHandle exportTask;

    /** {@code openArticle} is the article in the reader, if any: it makes the story and article scopes possible. */
    public ExportViewModel(ReportService service, TaskRunner runner, Path configFolder, OptionalLong openArticle) {
        this.service = service;
        this.runner = runner;
        this.configFolder = configFolder;
        this.openArticle = openArticle;
        ReportOptions o = ReportOptions.load(configFolder);
        title.set(o.title());
        userName.set(o.userName());
        fullText.set(o.fullText());
        calendar.set(o.includeCalendar());
        comparison.set(o.includeComparison());
        pageSize.set(o.pageSize());
        scope.set(openArticle.isPresent() ? Scope.STORY : Scope.ALL);
    }

    /** The choices as they stand. */
    public ReportOptions options() {
        return new ReportOptions(title.get(), fullText.get(), calendar.get(), comparison.get(), pageSize.get(), userName.get());
    }

    /** The scopes this dialog can offer: the story and article ones need an open article. */
    public List<Scope> scopes() {
        return openArticle.isPresent() ? List.of(Scope.values()) : List.of(Scope.ALL);
    }

    /** A file name from the title: "Reading notes.pdf". */
    public String suggestedFileName() {
        String base = options().title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return (base.isEmpty() ? "report" : base) + ".pdf";
    }

    /** The articles the chosen scope covers; reads the library, so call it off the FX thread. */
    public List<Long> ids() {
        return switch (scope.get() == null ? Scope.ALL : scope.get()) {
            case ALL -> service.choose(List.of(), null);
            case STORY -> service.choose(List.of(), openArticle.orElseThrow());
            case ARTICLE -> List.of(openArticle.orElseThrow());
        };
    }

    /** Renders page 1 of the report as chosen, in the background; a newer request makes older results moot. */
    public void refreshPreview() {
        int generation = ++previewGeneration;
        ReportOptions o = options();
        previewMessage.set("Rendering the preview…");
        runner.run("Preview", p -> renderFirstPage(o), image -> {
            if (generation != previewGeneration) return;
            preview.set(image);
            previewMessage.set(image == null ? "Nothing to export: the library has no articles." : "");
        }, e -> {
            if (generation != previewGeneration) return;
            LOG.log(Level.WARNING, "Cannot render the export preview", e);
            preview.set(null);
            previewMessage.set("No preview: " + TaskRunner.reason(e));
        });
    }

    private BufferedImage renderFirstPage(ReportOptions o) throws IOException {
        List<Long> ids = ids();
        if (ids.isEmpty()) return null;
        ReportContent content = service.content(ids, o);
        try (PDDocument doc = new PdfReportWriter().build(content, Progress.NONE)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, PREVIEW_DPI);
        }
    }

    /**
     * Remembers the choices and writes the PDF to {@code out} with progress; the result or error is reported. The
     * save dialog has confirmed replacing an existing file; the library's own files and special files are refused
     * here ({@link ReportService#target}) before anything runs.
     */
    public void export(Path out) {
        if (running.get()) return;
        OutputTarget target;
        try {
            target = service.target(out, true);
        } catch (IOException e) {
            result.set(null);
            message.set(REFUSED);
            error.set(null); // the same refusal twice must show twice
            error.set(e instanceof OutputTarget.Refused ? e.getMessage() : "Cannot export to " + out + ": " + OutputTarget.reason(e));
            return;
        }
        ReportOptions o = options();
        try {
            o.save(configFolder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remember the export choices in " + configFolder, e);
        }
        result.set(null);
        error.set(null);
        running.set(true);
        progress.set(-1);
        message.set("Exporting…");
        exportTask = runner.runBackground("Export notes as PDF", p -> {
            List<Long> ids = ids();
            if (ids.isEmpty()) throw new IllegalStateException("The library has no articles to export.");
            return service.writePdf(service.content(ids, o), target, p);
        }, r -> {
            progress.unbind();
            running.set(false);
            progress.set(1);
            message.set(String.format(Locale.ROOT, "Exported %d pages to %s", r.pages(), r.file().getFileName()));
            result.set(r);
        }, e -> {
            progress.unbind();
            running.set(false);
            progress.set(0);
            boolean cancelled = e instanceof CancellationException;
            message.set(cancelled ? "Export cancelled" : "Export failed");
            if (!cancelled) error.set("Cannot export to " + out + ": " + TaskRunner.reason(e));
        });
        if (exportTask.isRunning()) progress.bind(exportTask.progressProperty());
    }

    public void cancel() {
        if (exportTask != null) exportTask.cancel();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public BooleanProperty fullTextProperty() {
        return fullText;
    }

    public BooleanProperty calendarProperty() {
        return calendar;
    }

    public BooleanProperty comparisonProperty() {
        return comparison;
    }

    public ObjectProperty<ReportContent.PageSize> pageSizeProperty() {
        return pageSize;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<ReportService.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
