package org.parallax.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.parallax.export.annotations.AnnotationExchange;
import org.parallax.export.annotations.AnnotationFormat;

/**
 * The questions the File menu's exports ask: where to save a file, which folder, which annotation format. {@link #DIALOGS}
 * asks with the system's choosers (the save chooser confirms replacing a file); a test answers them itself. Null or
 * empty means the user cancelled.
 */
public interface FileChoices {
    /** A file to write, starting at {@code suggested} in {@code folder} (may be null). */
    Path saveFile(Window owner, ExportMenuViewModel.FileKind kind, String suggested, File folder);

    /** A folder to write into or read from. */
    Path folder(Window owner, String title, File folder);

    /** The annotation format to use; {@code importing} narrows the choice to the formats that can be read back. */
    Optional<AnnotationFormat> format(Window owner, String title, boolean importing);

    /** The system's file and folder choosers and a choice dialog. */
    FileChoices DIALOGS = new FileChoices() {
        @Override
        public Path saveFile(Window owner, ExportMenuViewModel.FileKind kind, String suggested, File folder) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(kind.title);
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind.filterName, kind.pattern),
                    new FileChooser.ExtensionFilter("All files", "*"));
            if (folder != null && folder.isDirectory()) chooser.setInitialDirectory(folder);
            File f = chooser.showSaveDialog(owner);
            return f == null ? null : f.toPath();
        }

        @Override
        public Path folder(Window owner, String title, File folder) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            if (folder != null && folder.isDirectory()) chooser.setInitialDirectory(folder);
            File f = chooser.showDialog(owner);
            return f == null ? null : f.toPath();
        }

        @Override
        public Optional<AnnotationFormat> format(Window owner, String title, boolean importing) {
            List<AnnotationFormat> formats = List.of(AnnotationFormat.values()).stream()
                    .filter(f -> !importing || f.importable()).toList();
            ChoiceDialog<FormatChoice> d = new ChoiceDialog<>(new FormatChoice(formats.get(0)),
                    formats.stream().map(FormatChoice::new).toList());
            if (owner != null) d.initOwner(owner);
            d.setTitle(title);
            d.setHeaderText(importing ? "Read annotations written in which format?\nThe folder needs each article's .txt beside its file."
                    : "Write every article's annotations and notes, one file per article plus its text, as:");
            d.setContentText("Format:");
            return d.showAndWait().map(FormatChoice::format);
        }
    };

    /** A format as the choice names it. */
    record FormatChoice(AnnotationFormat format) {
        @Override
        public String toString() {
            return ExportMenuViewModel.label(format) + " (" + AnnotationExchange.extension(format) + ")";
        }
    }
}
