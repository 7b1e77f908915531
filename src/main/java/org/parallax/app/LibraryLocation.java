package org.parallax.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.parallax.store.LibraryAddress;

/**
 * Where the library lives: {@code --library PATH-OR-ADDRESS}, else {@code $PARALLAX_LIBRARY}, else the platform's user
 * data folder ({@code $XDG_DATA_HOME/parallax/library.db} on Linux, falling back to {@code ~/.local/share}). A value
 * may be a file or a {@code postgresql://[user@]host[:port]/database} server library ({@link #resolveAddress});
 * another URL is refused with a {@code StoreException} naming it (LibraryAddress.parse).
 */
public final class LibraryLocation {
    public static final String ENV = "PARALLAX_LIBRARY";

    private LibraryLocation() {
    }

    /** The library named by {@code option} (null: not given), else the environment, else the default file. */
    public static LibraryAddress resolveAddress(String option) {
        return resolveAddress(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static LibraryAddress resolveAddress(String option, Map<String, String> env, String osName, String home) {
        String value = option;
        if (value == null || value.isBlank()) value = env.get(ENV);
        if (value == null || value.isBlank()) return new LibraryAddress.File(dataFolder(env, osName, home).resolve("library.db"));
        LibraryAddress a = LibraryAddress.parse(value);
        return a instanceof LibraryAddress.File f ? new LibraryAddress.File(f.path().toAbsolutePath()) : a;
    }

    /** The per-user folder for Parallax's data on this platform. */
    public static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Parallax");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Parallax");
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("parallax");
    }

    /** The per-user folder for settings (kept apart from the library): {@code $XDG_CONFIG_HOME/parallax} on Linux. */
    public static Path configFolder() {
        return configFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path configFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return dataFolder(env, osName, home);
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("parallax");
    }
}
