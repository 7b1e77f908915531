package org.parallax.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.parallax.app.Settings;
import org.parallax.app.WindowLauncher;
import org.parallax.store.LibraryAddress;
import org.parallax.store.StoreException;

/**
 * File ▸ Open Library…, Open Server Library… and Recent Libraries. Another library opens in a window of its own (a new
 * process, {@link WindowLauncher}): a window keeps one library for its life, and a file already open elsewhere raises
 * that window through the single-instance hand-off. Opened libraries are remembered in {@link Settings}, never with a
 * password.
 */
public final class LibraryMenu {
    private static final Logger LOG = Logger.getLogger(LibraryMenu.class.getName());

    /** Starts a window on a library address. */
    @FunctionalInterface
    public interface Opener {
        void open(String address) throws IOException;
    }

    private final Supplier<Window> owner;
    private final Settings settings;
    private final LibraryStatus status;
    private final Consumer<String> message;
    private Opener opener = WindowLauncher::open;
    private Menu recent;

    public LibraryMenu(Supplier<Window> owner, Settings settings, LibraryStatus status, Consumer<String> message) {
        this.owner = owner;
        this.settings = settings;
        this.status = status;
        this.message = message;
    }

    /** Wires the three File menu entries. */
    public void install(MenuItem openFile, MenuItem openServer, Menu recentMenu) {
        openFile.setOnAction(e -> chooseFile());
        openServer.setOnAction(e -> ServerLibraryDialog.show(owner.get(), new ServerLibraryForm()).ifPresent(this::open));
        this.recent = recentMenu;
        fillRecent();
    }

    /** Where another window is started (tests start none). */
    public void setOpener(Opener opener) {
        this.opener = opener;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Library");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Parallax libraries", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        for (String r : settings.recentLibraries()) {
            // start in the folder of the newest library file remembered (this one, usually)
            if (LibraryAddress.parse(r) instanceof LibraryAddress.File f && f.path().getParent() != null
                    && f.path().getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(f.path().getParent().toFile());
                break;
            }
        }
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) open(chosen.toPath().toAbsolutePath().toString());
    }

    /**
     * Opens {@code address} in a new window and remembers it; the library this window shows is not opened twice. False
     * when nothing was started.
     */
    public boolean open(String address) {
        String text;
        try {
            LibraryAddress a = LibraryAddress.parse(address);
            text = a instanceof LibraryAddress.File f ? f.path().toAbsolutePath().toString() : a.text();
        } catch (StoreException e) {
            alert(e.getMessage());
            return false;
        }
        String name = LibraryStatus.name(LibraryAddress.parse(text));
        if (text.equals(status.where())) {
            message.accept("This window already shows " + name + ".");
            return false;
        }
        try {
            opener.open(text);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot start a window on " + text, e);
            alert("Cannot start a window on " + text + ": " + e.getMessage());
            return false;
        }
        settings.addRecentLibrary(text);
        saveSettings();
        fillRecent();
        message.accept("Opening " + name + " in a new window…");
        return true;
    }

    /** Rebuilds Recent Libraries: one entry per remembered library, newest first, the open one marked. */
    void fillRecent() {
        if (recent == null) return;
        List<String> libs = settings.recentLibraries();
        recent.getItems().clear();
        for (int i = 0; i < libs.size(); i++) {
            String lib = libs.get(i);
            MenuItem item = new MenuItem(label(lib) + (lib.equals(status.where()) ? "  (this window)" : ""));
            item.setId("recentLibrary" + i);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(lib));
            recent.getItems().add(item);
        }
        if (libs.isEmpty()) {
            MenuItem none = new MenuItem("No recent libraries");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** A menu label: a file's name and folder, or a server library's role@host/database. */
    static String label(String address) {
        LibraryAddress a = LibraryAddress.parse(address);
        if (a instanceof LibraryAddress.File f) {
            Path parent = f.path().getParent();
            return LibraryStatus.name(a) + (parent == null ? "" : " — " + parent);
        }
        return LibraryStatus.name(a) + " (server)";
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save settings to " + settings.file(), e);
        }
    }

    private void alert(String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        if (owner.get() != null) a.initOwner(owner.get());
        a.setTitle("Open Library");
        a.setHeaderText(null);
        a.show();
    }
}
