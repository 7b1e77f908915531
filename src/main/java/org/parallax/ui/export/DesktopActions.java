package org.parallax.ui.export;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens an exported file, or the folder holding it, with the desktop's own applications through
 * {@link java.awt.Desktop}. Where the platform offers no desktop (headless, some Linux sessions) each call says so
 * by returning false, and the caller shows the path instead. Calls may block: run them off the FX thread.
 */
public final class DesktopActions {
    private static final Logger LOG = Logger.getLogger(DesktopActions.class.getName());

    private DesktopActions() {
    }

    private static Desktop desktop() {
        try {
            return Desktop.isDesktopSupported() ? Desktop.getDesktop() : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Opens the file in its default application; false when that is not possible here. */
    public static boolean open(Path file) {
        Desktop d = desktop();
        if (d == null || !d.isSupported(Desktop.Action.OPEN)) return false;
        try {
            d.open(file.toFile());
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Cannot open " + file, e);
            return false;
        }
    }

    /** Shows the file in its folder (selecting it where the platform can), else opens the folder; false if neither. */
    public static boolean showInFolder(Path file) {
        Desktop d = desktop();
        if (d == null) return false;
        try {
            if (d.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                d.browseFileDirectory(file.toFile());
                return true;
            }
            if (d.isSupported(Desktop.Action.OPEN)) {
                File folder = file.toAbsolutePath().getParent().toFile();
                d.open(folder);
                return true;
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Cannot show " + file + " in its folder", e);
        }
        return false;
    }
}
