package org.parallax.testsupport;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.parallax.app.AppContext;
import org.parallax.store.Database;
import org.parallax.store.LibraryAddress;

/**
 * The library a contract test works on: the SQLite file it names, or, when the build runs the contract tests on the
 * server engine ({@code -Dparallax.test.engine=postgresql}, the {@code server-contract} execution in pom.xml), a
 * fresh database on the test server standing for that file. The same file always stands for the same database, so a
 * test that closes and reopens its library finds what it stored.
 */
public final class TestLibrary {
    public static final String ENGINE_PROPERTY = "parallax.test.engine";
    private static final Map<Path, String> SERVER_LIBRARIES = new ConcurrentHashMap<>();

    private TestLibrary() {
    }

    /** Whether this run puts contract tests on the PostgreSQL engine. */
    public static boolean onServer() {
        return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, ""));
    }

    /** The address standing for {@code libraryFile}: the file itself, or its server database. */
    public static String address(Path libraryFile) {
        if (!onServer()) return libraryFile.toString();
        return SERVER_LIBRARIES.computeIfAbsent(libraryFile.toAbsolutePath(), f -> PostgresTestServer.freshDatabaseUrl("lib"));
    }

    /** Opens the library standing for {@code libraryFile}. */
    public static Database open(Path libraryFile) {
        return Database.open(LibraryAddress.parse(address(libraryFile)));
    }

    /** Opens an application context on the library standing for {@code libraryFile}. */
    public static AppContext context(Path libraryFile) {
        return AppContext.open(LibraryAddress.parse(address(libraryFile)), null);
    }
}
