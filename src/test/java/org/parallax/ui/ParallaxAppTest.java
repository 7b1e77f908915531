package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParallaxAppTest {
    @Test
    void readsTheLibraryOptionInBothForms() {
        assertEquals("/tmp/a.db", ParallaxApp.libraryOption(List.of("--library", "/tmp/a.db")));
        assertEquals("/tmp/b.db", ParallaxApp.libraryOption(List.of("--library=/tmp/b.db")));
        assertEquals("postgresql://ana@db/desk", ParallaxApp.libraryOption(List.of("--library", "postgresql://ana@db/desk")));
    }

    @Test
    void noOptionMeansTheDefaultLibrary() {
        assertNull(ParallaxApp.libraryOption(List.of()));
        assertNull(ParallaxApp.libraryOption(List.of("--library")));
    }
}
