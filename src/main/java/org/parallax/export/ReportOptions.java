package org.parallax.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

import org.parallax.store.SettingsFile;

/**
 * The user's remembered export choices. Stored in {@code export.properties} in the settings folder the caller gives
 * (next to the window settings); a missing or damaged file gives the defaults, and saving replaces the file atomically.
 */
public record ReportOptions(String title, boolean fullText, boolean includeCalendar, boolean includeComparison,
                            ReportContent.PageSize pageSize, String userName) {
    private static final Logger LOG = Logger.getLogger(ReportOptions.class.getName());
    public static final String FILE_NAME = "export.properties";
    public static final String DEFAULT_TITLE = "Reading notes";

    public ReportOptions {
        if (title == null || title.isBlank()) title = DEFAULT_TITLE;
        if (pageSize == null) pageSize = ReportContent.PageSize.forCountry(Locale.getDefault().getCountry());
        if (userName == null) userName = "";
    }

    /** Title "Reading notes", no full text, calendar and comparison in, paper from the default locale, no name. */
    public static ReportOptions defaults() {
        return new ReportOptions(DEFAULT_TITLE, false, true, true, null, "");
    }

    public ReportOptions withTitle(String t) {
        return new ReportOptions(t, fullText, includeCalendar, includeComparison, pageSize, userName);
    }

    public ReportOptions withFullText(boolean on) {
        return new ReportOptions(title, on, includeCalendar, includeComparison, pageSize, userName);
    }

    public ReportOptions withCalendar(boolean on) {
        return new ReportOptions(title, fullText, on, includeComparison, pageSize, userName);
    }

    public ReportOptions withComparison(boolean on) {
        return new ReportOptions(title, fullText, includeCalendar, on, pageSize, userName);
    }

    public ReportOptions withPageSize(ReportContent.PageSize size) {
        return new ReportOptions(title, fullText, includeCalendar, includeComparison, size, userName);
    }

    public ReportOptions withUserName(String name) {
        return new ReportOptions(title, fullText, includeCalendar, includeComparison, pageSize, name);
    }

    /** The choices saved in {@code folder}, or the defaults for anything missing or unreadable. */
    public static ReportOptions load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Properties p = SettingsFile.read(file, "export choices");
        ReportOptions d = defaults();
        ReportContent.PageSize size = d.pageSize();
        try {
            String s = p.getProperty("page.size");
            if (s != null) size = ReportContent.PageSize.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.fine("Unknown page size in " + file);
        }
        return new ReportOptions(p.getProperty("title", d.title()),
                bool(p, "fullText", d.fullText()), bool(p, "calendar", d.includeCalendar()),
                bool(p, "comparison", d.includeComparison()), size, p.getProperty("user.name", ""));
    }

    /** Writes the choices to {@code folder}, creating it if needed. */
    public void save(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("title", title);
        p.setProperty("fullText", Boolean.toString(fullText));
        p.setProperty("calendar", Boolean.toString(includeCalendar));
        p.setProperty("comparison", Boolean.toString(includeComparison));
        p.setProperty("page.size", pageSize.name());
        p.setProperty("user.name", userName);
        SettingsFile.write(p, folder.resolve(FILE_NAME), "Parallax export choices");
    }

    private static boolean bool(Properties p, String key, boolean fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v.strip());
    }
}
