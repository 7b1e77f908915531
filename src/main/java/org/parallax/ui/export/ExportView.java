package org.parallax.ui.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.parallax.app.ReportService;
import org.parallax.export.ReportContent;

/**
 * The "Export notes as PDF" dialog (export.fxml): binds the choices, the page 1 preview and the progress to an
 * {@link ExportViewModel}; asks where to save; on success offers to open the PDF or show it in its folder.
 */
public final class ExportView {
    private final ExportViewModel vm;
    @FXML private BorderPane root;
    @FXML private TextField titleField;
    @FXML private TextField userNameField;
    @FXML private ComboBox<ExportViewModel.Scope> scopeBox;
    @FXML private ComboBox<ReportContent.PageSize> pageSizeBox;
    @FXML private CheckBox fullTextBox;
    @FXML private CheckBox comparisonBox;
    @FXML private CheckBox calendarBox;
    @FXML private ImageView previewImage;
    @FXML private Label previewMessage;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private Button cancelButton;
    @FXML private Button closeButton;
    @FXML private Button exportButton;

    public ExportView(ExportViewModel vm) {
        this.vm = vm;
    }

    /** Opens the dialog over {@code owner} with the main window's style sheets, and renders the first preview. */
    public static Stage show(Window owner, ExportViewModel vm) {
        FXMLLoader loader = new FXMLLoader(ExportView.class.getResource("export.fxml"));
        loader.setControllerFactory(type -> {
            if (type == ExportView.class) return new ExportView(vm);
            throw new IllegalArgumentException("No view for " + type);
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the export dialog layout", e);
        }
        Stage stage = new Stage();
        stage.setTitle("Export notes as PDF");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(c -> c.startsWith("theme-")));
        }
        scene.getStylesheets().add(Objects.requireNonNull(ExportView.class.getResource("export.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.refreshPreview();
        return stage;
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        userNameField.textProperty().bindBidirectional(vm.userNameProperty());
        scopeBox.setItems(FXCollections.observableArrayList(vm.scopes()));
        scopeBox.valueProperty().bindBidirectional(vm.scopeProperty());
        pageSizeBox.setItems(FXCollections.observableArrayList(ReportContent.PageSize.values()));
        pageSizeBox.valueProperty().bindBidirectional(vm.pageSizeProperty());
        fullTextBox.selectedProperty().bindBidirectional(vm.fullTextProperty());
        comparisonBox.selectedProperty().bindBidirectional(vm.comparisonProperty());
        calendarBox.selectedProperty().bindBidirectional(vm.calendarProperty());

        previewMessage.textProperty().bind(vm.previewMessageProperty());
        vm.previewProperty().addListener((o, was, img) ->
                previewImage.setImage(img == null ? null : SwingFXUtils.toFXImage(img, null)));
        // the cover shows the title, name, paper and article list: re-render when those change
        titleField.focusedProperty().addListener((o, was, now) -> {
            if (!now) vm.refreshPreview();
        });
        userNameField.focusedProperty().addListener((o, was, now) -> {
            if (!now) vm.refreshPreview();
        });
        titleField.setOnAction(e -> vm.refreshPreview());
        userNameField.setOnAction(e -> vm.refreshPreview());
        vm.scopeProperty().addListener((o, was, now) -> vm.refreshPreview());
        vm.pageSizeProperty().addListener((o, was, now) -> vm.refreshPreview());

        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.runningProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        cancelButton.visibleProperty().bind(vm.runningProperty());
        cancelButton.managedProperty().bind(vm.runningProperty());
        exportButton.disableProperty().bind(vm.runningProperty());
        vm.resultProperty().addListener((o, was, r) -> {
            if (r != null) offerToOpen(r);
        });
        vm.errorProperty().addListener((o, was, msg) -> {
            if (msg != null && !msg.isBlank()) {
                Alert a = new Alert(Alert.AlertType.ERROR, msg);
                a.initOwner(window());
                a.setHeaderText(ExportViewModel.REFUSED.equals(vm.messageProperty().get())
                        ? "Parallax will not write there" : "The export failed");
                a.show();
            }
        });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export notes as PDF");
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        File f = chooser.showSaveDialog(window());
        if (f == null) return;
        Path out = f.toPath();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            out = out.resolveSibling(out.getFileName() + ".pdf");
            // the dialog confirmed replacing the name as typed, not this one
            if (Files.exists(out) && !confirmReplace(out)) return;
        }
        vm.export(out);
    }

    private boolean confirmReplace(Path out) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, out.toString(), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(window());
        a.setHeaderText(out.getFileName() + " already exists. Replace it?");
        return a.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @FXML
    private void cancelExport() {
        vm.cancel();
    }

    @FXML
    private void close() {
        vm.cancel();
        Window w = window();
        if (w instanceof Stage s) s.close();
    }

    private void offerToOpen(ReportService.Result r) {
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        ButtonType folder = new ButtonType("Show in folder", ButtonBar.ButtonData.OTHER);
        ButtonType done = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.INFORMATION, r.file().toString(), open, folder, done);
        a.initOwner(window());
        a.setTitle("Export notes as PDF");
        a.setHeaderText("Exported " + r.pages() + " pages: " + r.articles() + " articles, " + r.notes() + " notes");
        a.showAndWait().ifPresent(choice -> {
            if (choice == done) return;
            Path file = r.file();
            boolean openIt = Objects.equals(choice, open);
            // the desktop calls may block: keep them off the FX thread
            Thread t = new Thread(() -> {
                boolean ok = openIt ? DesktopActions.open(file) : DesktopActions.showInFolder(file);
                if (!ok) {
                    Platform.runLater(() -> {
                        Alert info = new Alert(Alert.AlertType.INFORMATION, "The report is at:\n" + file);
                        info.initOwner(window());
                        info.setHeaderText("This desktop cannot " + (openIt ? "open the PDF" : "show the folder") + " from Parallax");
                        info.show();
                    });
                }
            }, "parallax-open-export");
            t.setDaemon(true);
            t.start();
        });
    }
}
