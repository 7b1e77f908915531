package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small settings files: read with defaults for what is missing or damaged, written whole or not at all. */
class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void writtenPropertiesReadBackAndNoTemporaryFileIsLeft() throws Exception {
        Path file = dir.resolve("new folder").resolve("x.properties");
        Properties p = new Properties();
        p.setProperty("title", "Ünïcode — notes");
        SettingsFile.write(p, file, "test");
        assertEquals("Ünïcode — notes", SettingsFile.read(file, "test choices").getProperty("title"));
        p.setProperty("title", "second");
        SettingsFile.write(p, file, "test");
        assertEquals("second", SettingsFile.read(file, "test choices").getProperty("title"));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "only the file itself, no .tmp beside it");
        }
    }

    @Test
    void aMissingOrDamagedFileReadsAsEmpty() throws Exception {
        assertTrue(SettingsFile.read(dir.resolve("none.properties"), "test choices").isEmpty());
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "title=\\u12"); // a broken escape: Properties refuses it
        assertTrue(SettingsFile.read(bad, "test choices").isEmpty());
        Path folder = Files.createDirectory(dir.resolve("a folder"));
        assertTrue(SettingsFile.read(folder, "test choices").isEmpty(), "a folder where the file should be");
    }
}
