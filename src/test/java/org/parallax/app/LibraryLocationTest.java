package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.store.LibraryAddress;
import org.parallax.store.StoreException;

/** Which library file is used: --library, then $PARALLAX_LIBRARY, then the platform's data folder. */
class LibraryLocationTest {
    private static final String HOME = "/home/ann";

    /** The file a file library's option and environment resolve to. */
    private static Path file(String option, Map<String, String> env, String os) {
        return ((LibraryAddress.File) LibraryLocation.resolveAddress(option, env, os, HOME)).path();
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path p = file("/tmp/opt.db", Map.of("PARALLAX_LIBRARY", "/tmp/env.db"), "Linux");
        assertEquals(Path.of("/tmp/opt.db"), p);
    }

    @Test
    void aRelativeOptionIsMadeAbsolute() {
        Path p = file("lib.db", Map.of(), "Linux");
        assertEquals(Path.of("lib.db").toAbsolutePath(), p);
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        Path p = file(null, Map.of("PARALLAX_LIBRARY", "/tmp/env.db", "XDG_DATA_HOME", "/xdg"), "Linux");
        assertEquals(Path.of("/tmp/env.db"), p);
    }

    @Test
    void aBlankEnvironmentValueIsIgnored() {
        Path p = file(null, Map.of("PARALLAX_LIBRARY", "  "), "Linux");
        assertEquals(Path.of(HOME, ".local", "share", "parallax", "library.db"), p);
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        Path p = file(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux");
        assertEquals(Path.of("/xdg", "parallax", "library.db"), p);
    }

    @Test
    void windowsUsesAppData() {
        Path p = file(null, Map.of("APPDATA", "/appdata"), "Windows 11");
        assertEquals(Path.of("/appdata", "Parallax", "library.db"), p);
    }

    @Test
    void macUsesApplicationSupport() {
        Path p = file(null, Map.of(), "Mac OS X");
        assertEquals(Path.of(HOME, "Library", "Application Support", "Parallax", "library.db"), p);
    }

    @Test
    void aUrlOfAnotherKindIsRefusedInsteadOfBecomingAFolder() {
        for (String url : new String[] {"postgresql:/db", "sqlite:///tmp/x.db", "https://example.org/lib.db"}) {
            StoreException e = assertThrows(StoreException.class, () -> LibraryLocation.resolveAddress(url, Map.of(), "Linux", HOME));
            assertTrue(e.getMessage().contains("is not a file or a postgresql:// address"), e.getMessage());
        }
        assertThrows(StoreException.class,
                () -> LibraryLocation.resolveAddress(null, Map.of("PARALLAX_LIBRARY", "mysql://db/news"), "Linux", HOME));
    }

    @Test
    void aServerAddressIsReadFromTheOptionOrTheEnvironment() {
        LibraryAddress a = LibraryLocation.resolveAddress("postgresql://ana@db.example.org:5433/news?sslmode=require",
                Map.of(), "Linux", HOME);
        LibraryAddress.Server s = assertInstanceOf(LibraryAddress.Server.class, a);
        assertEquals("ana", s.user());
        assertEquals("db.example.org", s.host());
        assertEquals(5433, s.port());
        assertEquals("news", s.database());
        assertEquals("require", s.options().get("sslmode"));
        assertEquals("jdbc:postgresql://db.example.org:5433/news?sslmode=require", s.jdbcUrl());
        assertEquals("postgresql://ana@db.example.org:5433/news?sslmode=require", s.text());
        LibraryAddress.Server env = assertInstanceOf(LibraryAddress.Server.class,
                LibraryLocation.resolveAddress(null, Map.of("PARALLAX_LIBRARY", "postgres://db/news"), "Linux", HOME));
        assertEquals(5432, env.port());
        assertNull(env.user());
        assertEquals(Path.of("/tmp/x.db"), ((LibraryAddress.File) LibraryLocation.resolveAddress("/tmp/x.db", Map.of(), "Linux", HOME)).path());
    }

    @Test
    void aServerAddressNeverCarriesAPasswordOrAnUnknownOption() {
        for (String bad : new String[] {"postgresql://ana:secret@db/news", "postgresql://db/news?password=secret"}) {
            StoreException e = assertThrows(StoreException.class, () -> LibraryLocation.resolveAddress(bad, Map.of(), "Linux", HOME));
            assertTrue(e.getMessage().contains("~/.pgpass"), e.getMessage());
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
        for (String bad : new String[] {"postgresql://db/news?foo=1", "postgresql:///news", "postgresql://db/", "mysql://db/news"}) {
            assertThrows(StoreException.class, () -> LibraryLocation.resolveAddress(bad, Map.of(), "Linux", HOME), bad);
        }
    }

    @Test
    void pathsWithAColonThatAreNotUrlsAreKept() {
        assertEquals(Path.of("/tmp/a:b.db"), file("/tmp/a:b.db", Map.of(), "Linux"));
        assertEquals(Path.of("./postgresql:/db").toAbsolutePath(),
                file("./postgresql:/db", Map.of(), "Linux"));
    }
}
