package org.parallax.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The small files beside a library or in the user's folder (window settings, export choices, the running window's
 * address): read as {@link Properties} in UTF-8, and written so that a crash leaves the old file or the new one,
 * never half of one (written beside, then moved over it).
 */
public final class SettingsFile {
    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());

    private SettingsFile() {
    }

    /**
     * The properties in {@code file}; none when it does not exist, and none (with a warning naming the file and
     * {@code what} it holds) when it cannot be read, so the caller keeps its defaults.
     */
    public static Properties read(Path file, String what) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return new Properties();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Cannot read " + what + " " + file + "; using defaults", e);
            return new Properties();
        }
        return p;
    }

    /** Writes {@code p} to {@code file} (its folder is created if needed) with {@code comment} as its first line. */
    public static void write(Properties p, Path file, String comment) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, comment);
            }
            replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves {@code tmp} over {@code file}: atomically where the file system can, else as a plain replacement. */
    public static void replace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
