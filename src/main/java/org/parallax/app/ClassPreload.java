package org.parallax.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads, without initialising, the classes a window start loads and those a recognition run loads beyond them (CoreNLP,
 * its XML and time libraries), listed in {@link #LISTS} and made by {@code installer/startup-classes.sh}. It needs no
 * display, so the installer can run it under {@code -XX:ArchiveClassesAtExit} and get an AppCDS archive that covers
 * the window and {@code nlp}, not only the command line. Names that no longer exist are skipped: a stale list only
 * makes the archive smaller.
 */
public final class ClassPreload {
    /** The hidden option that runs this and exits. */
    public static final String OPTION = "--cds-training";
    public static final List<String> LISTS = List.of("/cds/startup-classes.txt", "/cds/nlp-classes.txt");

    private ClassPreload() {
    }

    /** Loads the listed classes; returns how many were found. */
    public static int run() throws IOException {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int found = 0;
        for (String list : LISTS) found += load(list, loader);
        return found;
    }

    private static int load(String list, ClassLoader loader) throws IOException {
        int found = 0;
        try (InputStream in = ClassPreload.class.getResourceAsStream(list)) {
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
