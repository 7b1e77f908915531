package org.parallax.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Properties;

import org.parallax.store.LibraryAddress;
import org.parallax.store.SettingsFile;
import org.parallax.store.StoreException;

/**
 * The window's remembered preferences (size and position, last article, theme, reader zoom step, recognition paused,
 * scheduled feed refresh, recent libraries: files and server addresses, never a password), kept in a small properties
 * file in the settings folder, apart from the library. A missing or damaged file gives the defaults; {@link #save()}
 * writes a temporary file and moves it into place, so a crash never leaves half a file.
 */
public final class Settings {
    public static final String FILE_NAME = "settings.properties";
    public static final int MIN_ZOOM = 0;
    public static final int MAX_ZOOM = 8;
    public static final int DEFAULT_ZOOM = 3;
    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 800;
    /** How many recent libraries File ▸ Recent Libraries remembers. */
    public static final int MAX_RECENT = 8;

    /** The two colour themes the window offers. */
    public enum Theme { LIGHT, DARK }

    private final Path file;
    private double windowX = Double.NaN;
    private double windowY = Double.NaN;
    private double windowWidth = DEFAULT_WIDTH;
    private double windowHeight = DEFAULT_HEIGHT;
    private boolean maximized;
    private long lastArticleId = -1;
    private Theme theme = Theme.LIGHT;
    private int zoom = DEFAULT_ZOOM;
    private boolean recognitionPaused;
    /** Minutes between feed refreshes while the window is open; 0 (the default) refreshes only when asked. */
    private int feedRefreshMinutes;
    /** Library addresses (file paths, postgresql:// addresses), most recent first. */
    private final List<String> recentLibraries = new ArrayList<>();

    private Settings(Path file) {
        this.file = file;
    }

    /** Settings stored in the user's settings folder ({@link LibraryLocation#configFolder()}). */
    public static Settings loadDefault() {
        return load(LibraryLocation.configFolder());
    }

    /** Reads the settings in {@code folder}; anything missing or unreadable keeps its default. */
    public static Settings load(Path folder) {
        Settings s = new Settings(folder.resolve(FILE_NAME));
        Properties p = SettingsFile.read(s.file, "settings");
        s.windowX = dbl(p, "window.x", s.windowX);
        s.windowY = dbl(p, "window.y", s.windowY);
        s.windowWidth = positive(dbl(p, "window.width", DEFAULT_WIDTH), DEFAULT_WIDTH);
        s.windowHeight = positive(dbl(p, "window.height", DEFAULT_HEIGHT), DEFAULT_HEIGHT);
        s.maximized = Boolean.parseBoolean(p.getProperty("window.maximized", "false"));
        s.lastArticleId = lng(p, "article.last", -1);
        s.theme = theme(p.getProperty("theme"));
        s.zoom = clampZoom((int) lng(p, "reader.zoom", DEFAULT_ZOOM));
        s.recognitionPaused = Boolean.parseBoolean(p.getProperty("recognition.paused", "false"));
        s.feedRefreshMinutes = clampRefresh(lng(p, "feeds.refreshMinutes", 0));
        for (int i = MAX_RECENT - 1; i >= 0; i--) {
            String lib = p.getProperty("libraries.recent." + i);
            if (lib != null) s.addRecentLibrary(lib);
        }
        return s;
    }

    /** Writes the settings atomically, creating the folder if needed. */
    public void save() throws IOException {
        Properties p = new Properties();
        if (!Double.isNaN(windowX)) p.setProperty("window.x", Double.toString(windowX));
        if (!Double.isNaN(windowY)) p.setProperty("window.y", Double.toString(windowY));
        p.setProperty("window.width", Double.toString(windowWidth));
        p.setProperty("window.height", Double.toString(windowHeight));
        p.setProperty("window.maximized", Boolean.toString(maximized));
        if (lastArticleId >= 0) p.setProperty("article.last", Long.toString(lastArticleId));
        p.setProperty("theme", theme.name());
        p.setProperty("reader.zoom", Integer.toString(zoom));
        if (recognitionPaused) p.setProperty("recognition.paused", "true");
        p.setProperty("feeds.refreshMinutes", Integer.toString(feedRefreshMinutes));
        for (int i = 0; i < recentLibraries.size(); i++) p.setProperty("libraries.recent." + i, recentLibraries.get(i));
        SettingsFile.write(p, file, "Parallax window settings");
    }

    public Path file() {
        return file;
    }

    public double windowX() {
        return windowX;
    }

    public double windowY() {
        return windowY;
    }

    /** Whether a window position was saved (the first start lets the platform place the window). */
    public boolean hasWindowPosition() {
        return !Double.isNaN(windowX) && !Double.isNaN(windowY);
    }

    public double windowWidth() {
        return windowWidth;
    }

    public double windowHeight() {
        return windowHeight;
    }

    public boolean maximized() {
        return maximized;
    }

    public void setWindow(double x, double y, double width, double height, boolean isMaximized) {
        this.windowX = x;
        this.windowY = y;
        this.windowWidth = positive(width, DEFAULT_WIDTH);
        this.windowHeight = positive(height, DEFAULT_HEIGHT);
        this.maximized = isMaximized;
    }

    public OptionalLong lastArticleId() {
        return lastArticleId >= 0 ? OptionalLong.of(lastArticleId) : OptionalLong.empty();
    }

    public void setLastArticleId(long id) {
        this.lastArticleId = id;
    }

    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme t) {
        this.theme = t == null ? Theme.LIGHT : t;
    }

    public int zoom() {
        return zoom;
    }

    public void setZoom(int step) {
        this.zoom = clampZoom(step);
    }

    /** Whether the user paused background entity recognition (View ▸ Pause recognition); it stays paused at the next start. */
    public boolean recognitionPaused() {
        return recognitionPaused;
    }

    public void setRecognitionPaused(boolean paused) {
        this.recognitionPaused = paused;
    }

    /** Minutes between scheduled feed refreshes while the window is open; 0 when they are off. */
    public int feedRefreshMinutes() {
        return feedRefreshMinutes;
    }

    public void setFeedRefreshMinutes(int minutes) {
        this.feedRefreshMinutes = clampRefresh(minutes);
    }

    /** The libraries opened last (file paths and {@code postgresql://} addresses), most recent first, at most {@link #MAX_RECENT}. */
    public List<String> recentLibraries() {
        return List.copyOf(recentLibraries);
    }

    /**
     * Puts {@code address} first among the recent libraries (once), dropping the oldest beyond {@link #MAX_RECENT}. A value
     * that is not a library address, or one that would carry a password, is ignored: settings never hold a password.
     */
    public void addRecentLibrary(String address) {
        if (address == null || address.isBlank()) return;
        String text;
        try {
            text = LibraryAddress.parse(address).text();
        } catch (StoreException e) {
            return; // a password in the address, or no address at all: never kept
        }
        recentLibraries.remove(text);
        recentLibraries.add(0, text);
        while (recentLibraries.size() > MAX_RECENT) recentLibraries.remove(recentLibraries.size() - 1);
    }

    /** Off (0) for zero or less; otherwise at least 5 minutes and at most a day, so a typo cannot hammer the feeds. */
    static int clampRefresh(long minutes) {
        return minutes <= 0 ? 0 : (int) Math.max(5, Math.min(24 * 60, minutes));
    }

    public static int clampZoom(int step) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, step));
    }

    private static Theme theme(String s) {
        if (s == null) return Theme.LIGHT;
        try {
            return Theme.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    private static double dbl(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v.strip());
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long lng(Properties p, String key, long fallback) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double positive(double v, double fallback) {
        return v >= 100 && Double.isFinite(v) ? v : fallback;
    }
}
