package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParallaxAppTest {
    @Test
    void readsTheLibraryOptionInBothForms() {
        assertEquals(Path.of("/tmp/a.db"), ParallaxApp.libraryOption(List.of("--library", "/tmp/a.db")));
        assertEquals(Path.of("/tmp/b.db"), ParallaxApp.libraryOption(List.of("--library=/tmp/b.db")));
    }

    @Test
    void noOptionMeansTheDefaultLibrary() {
        assertNull(ParallaxApp.libraryOption(List.of()));
        assertNull(ParallaxApp.libraryOption(List.of("--library")));
    }
}
