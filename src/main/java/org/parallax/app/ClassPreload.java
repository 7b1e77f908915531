package org.parallax.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, without initialising, the classes a window start loads (listed in {@value #LIST}, made by
 * {@code installer/startup-classes.sh}). It needs no display, so the installer can run it under
 * {@code -XX:ArchiveClassesAtExit} and get an AppCDS archive that covers the window, not only the command line.
 * Names that no longer exist are skipped: a stale list only makes the archive smaller.
 */
public final class ClassPreload {
    /** The hidden option that runs this and exits. */
    public static final String OPTION = "--cds-training";
    public static final String LIST = "/cds/startup-classes.txt";

    private ClassPreload() {
    }

    /** Loads the listed classes; returns how many were found. */
    public static int run() throws IOException {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int found = 0;
        try (InputStream in = ClassPreload.class.getResourceAsStream(LIST)) {
            if (in == null) return 0;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) continue;
                try {
                    Class.forName(name, false, loader);
                    found++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or removed since the list was made, or needs what is absent here: leave it out
                }
            }
        }
        return found;
    }
}
