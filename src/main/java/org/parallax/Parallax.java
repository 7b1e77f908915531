package org.parallax;

import java.util.Set;

import org.parallax.app.cli.Cli;

/**
 * The entry point. With no sub-command it opens the window; with one it runs headless through the command line.
 * It does not extend {@code Application}, so JavaFX on the class path starts without module flags.
 */
public final class Parallax {
    /** Options that may come before no sub-command and still mean "open the window". */
    private static final Set<String> WINDOW_OPTIONS = Set.of("--library");

    private Parallax() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            org.parallax.ui.ParallaxApp.launchWith(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** True when the arguments name no sub-command: nothing, {@code --library PATH}, or files to open. */
    static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (WINDOW_OPTIONS.contains(a)) {
                i++;
            } else if (a.startsWith("--library=")) {
                continue;
            } else {
                return false;
            }
        }
        return true;
    }
}
