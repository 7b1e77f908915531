package org.parallax.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import org.parallax.ui.common.TaskHandle;

/**
 * The File menu's export and import items as the main window's view runs them: asks where (through {@link FileChoices},
 * which a test replaces), hands the answer to the {@link ExportMenuViewModel} and shows its refusals and failures in an
 * alert; the status bar shows the outcome. Remembers the last folder used.
 */
public final class ExportMenu {
    private final ExportMenuViewModel vm;
    private final Supplier<Window> owner;
    private final Supplier<ExportViewModel> reportChoices;
    private FileChoices choices = FileChoices.DIALOGS;
    private File lastFolder;

    /** {@code reportChoices} gives the PDF dialog's remembered options and scope, which the Markdown report uses too. */
    public ExportMenu(ExportMenuViewModel vm, Supplier<Window> owner, Supplier<ExportViewModel> reportChoices) {
        this.vm = vm;
        this.owner = owner;
        this.reportChoices = reportChoices;
        vm.errorProperty().addListener((o, was, now) -> {
            if (now == null || now.isBlank()) return;
            Alert a = new Alert(Alert.AlertType.ERROR, now);
            if (owner.get() != null) a.initOwner(owner.get());
            a.setTitle("Parallax");
            a.setHeaderText(null);
            a.show();
        });
    }

    /** Gives the File menu's items (found by their fx:id in {@code bar}) their actions. */
    public void install(MenuBar bar) {
        Map<String, Runnable> actions = Map.of("exportMarkdownItem", this::exportMarkdown, "exportIcsItem", this::exportIcs,
                "exportEventsCsvItem", this::exportEventsCsv, "exportAnnotationsItem", this::exportAnnotations,
                "importAnnotationsItem", this::importAnnotations);
        for (Menu m : bar.getMenus()) {
            for (MenuItem item : m.getItems()) {
                Runnable action = item.getId() == null ? null : actions.get(item.getId());
                if (action != null) item.setOnAction(e -> action.run());
            }
        }
    }

    /** Replaces how the user is asked (a test answers with paths of its own). */
    public void setChoices(FileChoices choices) {
        this.choices = choices;
    }

    public ExportMenuViewModel viewModel() {
        return vm;
    }

    public TaskHandle exportIcs() {
        Path out = askFile(ExportMenuViewModel.FileKind.ICS, ExportMenuViewModel.FileKind.ICS.suggestedName);
        return out == null ? null : vm.exportIcs(out);
    }

    public TaskHandle exportEventsCsv() {
        Path out = askFile(ExportMenuViewModel.FileKind.CSV, ExportMenuViewModel.FileKind.CSV.suggestedName);
        return out == null ? null : vm.exportEventsCsv(out);
    }

    public TaskHandle exportMarkdown() {
        ExportViewModel report = reportChoices.get();
        Path out = askFile(ExportMenuViewModel.FileKind.MARKDOWN, report.suggestedFileName().replaceAll("\\.pdf$", ".md"));
        return out == null ? null : vm.exportMarkdown(out, report);
    }

    public TaskHandle exportAnnotations() {
        var format = choices.format(owner.get(), "Export annotations", false);
        if (format.isEmpty()) return null;
        Path dir = askFolder("Folder to write the " + ExportMenuViewModel.label(format.get()) + " files into");
        return dir == null ? null : vm.exportAnnotations(format.get(), dir);
    }

    public TaskHandle importAnnotations() {
        var format = choices.format(owner.get(), "Import annotations", true);
        if (format.isEmpty()) return null;
        Path dir = askFolder("Folder holding the " + ExportMenuViewModel.label(format.get()) + " files and their texts");
        return dir == null ? null : vm.importAnnotations(format.get(), dir);
    }

    private Path askFile(ExportMenuViewModel.FileKind kind, String suggested) {
        Path out = choices.saveFile(owner.get(), kind, suggested, lastFolder);
        if (out != null && out.toAbsolutePath().getParent() != null) lastFolder = out.toAbsolutePath().getParent().toFile();
        return out;
    }

    private Path askFolder(String title) {
        Path dir = choices.folder(owner.get(), title, lastFolder);
        if (dir != null) lastFolder = dir.toAbsolutePath().toFile();
        return dir;
    }
}
