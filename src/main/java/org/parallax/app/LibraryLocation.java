package org.parallax.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.store.StoreException;

/**
 * Where the library file lives: {@code --library PATH}, else {@code $PARALLAX_LIBRARY}, else the platform's user
 * data folder ({@code $XDG_DATA_HOME/parallax/library.db} on Linux, falling back to {@code ~/.local/share}). A value
 * that looks like a URL is refused with a {@link StoreException}: only local library files exist so far.
 */
public final class LibraryLocation {
    public static final String ENV = "PARALLAX_LIBRARY";
    private static final Pattern URL_LIKE = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):/");

    private LibraryLocation() {
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String home) {
        if (option != null) return local(option.toString()).toAbsolutePath();
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return local(fromEnv).toAbsolutePath();
        return dataFolder(env, osName, home).resolve("library.db");
    }

    /**
     * {@code value} as a local path, refusing one that looks like a URL ({@code postgresql://host/db}, also once a
     * Path has folded its "//" to "/"): it would otherwise become a folder named {@code postgresql:} in the working
     * folder. A one-letter scheme is a Windows drive ({@code C:/...}) and passes.
     */
    private static Path local(String value) {
        Matcher url = URL_LIKE.matcher(value);
        if (url.find()) {
            // named by its scheme only: a Path has already folded "//" into "/", so the value is no longer as typed
            throw new StoreException("Library " + url.group(1) + "://… is a server address: server libraries are not"
                    + " supported yet. Name a local .db file with --library.");
        }
        return Path.of(value);
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
