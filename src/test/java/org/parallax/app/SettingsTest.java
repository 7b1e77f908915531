package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        Settings s = Settings.load(dir.resolve("nowhere"));
        assertEquals(Settings.Theme.LIGHT, s.theme());
        assertEquals(Settings.DEFAULT_ZOOM, s.zoom());
        assertEquals(OptionalLong.empty(), s.lastArticleId());
        assertFalse(s.hasWindowPosition());
        assertEquals(Settings.DEFAULT_WIDTH, s.windowWidth());
    }

    @Test
    void savedSettingsComeBackAfterReload() throws IOException {
        Path folder = dir.resolve("config/parallax");
        Settings s = Settings.load(folder);
        s.setWindow(40, 60, 1300, 850, false);
        s.setLastArticleId(17);
        s.setTheme(Settings.Theme.DARK);
        s.setZoom(5);
        s.save();

        Settings back = Settings.load(folder);
        assertEquals(40, back.windowX());
        assertEquals(60, back.windowY());
        assertEquals(1300, back.windowWidth());
        assertEquals(850, back.windowHeight());
        assertTrue(back.hasWindowPosition());
        assertEquals(OptionalLong.of(17), back.lastArticleId());
        assertEquals(Settings.Theme.DARK, back.theme());
        assertEquals(5, back.zoom());
    }

    @Test
    void savingLeavesOnlyTheSettingsFileBehind() throws IOException {
        Settings s = Settings.load(dir);
        s.save();
        s.setZoom(1);
        s.save();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of(dir.resolve(Settings.FILE_NAME)), files.toList());
        }
    }

    @Test
    void damagedValuesFallBackToDefaults() throws IOException {
        Files.writeString(dir.resolve(Settings.FILE_NAME),
                "window.width=wide\nwindow.height=-5\ntheme=purple\nreader.zoom=99\narticle.last=x\n");
        Settings s = Settings.load(dir);
        assertEquals(Settings.DEFAULT_WIDTH, s.windowWidth());
        assertEquals(Settings.DEFAULT_HEIGHT, s.windowHeight());
        assertEquals(Settings.Theme.LIGHT, s.theme());
        assertEquals(Settings.MAX_ZOOM, s.zoom());
        assertEquals(OptionalLong.empty(), s.lastArticleId());
    }

    @Test
    void zoomIsClampedToItsSteps() {
        Settings s = Settings.load(dir);
        s.setZoom(-3);
        assertEquals(Settings.MIN_ZOOM, s.zoom());
        s.setZoom(12);
        assertEquals(Settings.MAX_ZOOM, s.zoom());
    }

    @Test
    void recentLibrariesComeBackMostRecentFirstWithoutRepeatsAndAtMostEight() throws IOException {
        Settings s = Settings.load(dir);
        for (int i = 1; i <= 9; i++) s.addRecentLibrary(dir.resolve("lib" + i + ".db").toString());
        s.addRecentLibrary("postgresql://ana@db.example.org:5433/desk?sslmode=require");
        s.addRecentLibrary(dir.resolve("lib5.db").toString()); // opened again: moves to the front, once
        s.save();
        List<String> back = Settings.load(dir).recentLibraries();
        assertEquals(List.of(dir.resolve("lib5.db").toString(), "postgresql://ana@db.example.org:5433/desk?sslmode=require",
                dir.resolve("lib9.db").toString(), dir.resolve("lib8.db").toString(), dir.resolve("lib7.db").toString(),
                dir.resolve("lib6.db").toString(), dir.resolve("lib4.db").toString(), dir.resolve("lib3.db").toString()), back);
    }

    @Test
    void aPasswordNeverReachesTheSettingsFile() throws IOException {
        Settings s = Settings.load(dir);
        s.addRecentLibrary("postgresql://ana:hunter2@db.example.org/desk");
        s.addRecentLibrary("postgresql://ana@db.example.org/desk?password=hunter2");
        s.addRecentLibrary("postgresql://ana@db.example.org/desk");
        s.save();
        assertEquals(List.of("postgresql://ana@db.example.org/desk"), Settings.load(dir).recentLibraries());
        assertFalse(Files.readString(dir.resolve(Settings.FILE_NAME)).contains("hunter2"));
        // a hand-edited file with a password in it is not taken up either
        Files.writeString(dir.resolve(Settings.FILE_NAME), "libraries.recent.0=postgresql://ana:hunter2@db/desk\n");
        assertEquals(List.of(), Settings.load(dir).recentLibraries());
    }
}
