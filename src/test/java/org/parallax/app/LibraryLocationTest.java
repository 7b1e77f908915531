package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which library file is used: --library, then $PARALLAX_LIBRARY, then the platform's data folder. */
class LibraryLocationTest {
    private static final String HOME = "/home/ann";

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path p = LibraryLocation.resolve(Path.of("/tmp/opt.db"), Map.of("PARALLAX_LIBRARY", "/tmp/env.db"), "Linux", HOME);
        assertEquals(Path.of("/tmp/opt.db"), p);
    }

    @Test
    void aRelativeOptionIsMadeAbsolute() {
        Path p = LibraryLocation.resolve(Path.of("lib.db"), Map.of(), "Linux", HOME);
        assertEquals(Path.of("lib.db").toAbsolutePath(), p);
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        Path p = LibraryLocation.resolve(null, Map.of("PARALLAX_LIBRARY", "/tmp/env.db", "XDG_DATA_HOME", "/xdg"), "Linux", HOME);
        assertEquals(Path.of("/tmp/env.db"), p);
    }

    @Test
    void aBlankEnvironmentValueIsIgnored() {
        Path p = LibraryLocation.resolve(null, Map.of("PARALLAX_LIBRARY", "  "), "Linux", HOME);
        assertEquals(Path.of(HOME, ".local", "share", "parallax", "library.db"), p);
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        Path p = LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME);
        assertEquals(Path.of("/xdg", "parallax", "library.db"), p);
    }

    @Test
    void windowsUsesAppData() {
        Path p = LibraryLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME);
        assertEquals(Path.of("/appdata", "Parallax", "library.db"), p);
    }

    @Test
    void macUsesApplicationSupport() {
        Path p = LibraryLocation.resolve(null, Map.of(), "Mac OS X", HOME);
        assertEquals(Path.of(HOME, "Library", "Application Support", "Parallax", "library.db"), p);
    }
}
