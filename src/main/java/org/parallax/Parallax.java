package org.parallax;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.app.ClassPreload;
import org.parallax.app.LibraryLocation;
import org.parallax.app.SingleInstance;
import org.parallax.app.StartupArgs;
import org.parallax.app.StartupTrace;
import org.parallax.app.cli.Cli;
import org.parallax.store.LibraryAddress;
import org.parallax.store.StoreException;
import org.parallax.ui.ParallaxApp;

/**
 * The entry point. With no sub-command it opens the window, importing any files named on the command line, or hands
 * them to the window already open on the same library file; with a sub-command it runs headless through the command
 * line. A server library ({@code --library postgresql://...}) takes no single-instance claim: several windows on it,
 * in one session or several, are what a team library is for, and each follows the others' changes.
 * It does not extend {@code Application}, so JavaFX on the class path starts without module flags.
 */
public final class Parallax {
    private static final Logger LOG = Logger.getLogger(Parallax.class.getName());

    private Parallax() {
    }

    public static void main(String[] args) throws IOException {
        StartupTrace.mark("main");
        if (args.length == 1 && args[0].equals(ClassPreload.OPTION)) {
            System.out.println("loaded " + ClassPreload.run() + " classes");
            return;
        }
        StartupArgs startup = StartupArgs.parse(args, Cli::commandNames);
        if (!startup.window()) System.exit(Cli.run(args));
        LibraryAddress library;
        try {
            library = LibraryLocation.resolveAddress(startup.library());
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        // whether another window holds the library is settled while the toolkit starts: the window waits for it
        // before showing anything, and a second start hands its files over and exits from claimOrHandOff
        StartupTrace.mark("launch");
        // a server library is shared by design: every start gets a window of its own (no claim, no hand-off)
        ParallaxApp.launch(library, startup.files(), startup.startupProbe() ? System.out : null,
                library instanceof LibraryAddress.File file ? () -> claimOrHandOff(startup, file.path()) : () -> null);
    }

    /** This start's hold on the library's window (null if it cannot be taken); a second start hands off and exits. */
    private static SingleInstance.Primary claimOrHandOff(StartupArgs startup, Path library) {
        SingleInstance.Claim claim;
        try {
            claim = SingleInstance.claim(library);
        } catch (IOException e) {
            // a read-only folder or the like: the window still opens, only without the hand-off
            LOG.log(Level.WARNING, "Cannot take the library lock next to " + library, e);
            return null;
        }
        if (claim instanceof SingleInstance.Secondary other) {
            System.exit(handOff(other, startup, library));
        }
        return (SingleInstance.Primary) claim;
    }

    /** Sends the files to the running window; the exit code of this (second) start. */
    private static int handOff(SingleInstance.Secondary other, StartupArgs startup, Path library) {
        try {
            other.handOff(startup.files());
            System.err.println("Parallax is already open on " + library + "; "
                    + (startup.files().isEmpty() ? "raised its window."
                    : "handed it " + startup.files().size() + (startup.files().size() == 1 ? " file" : " files") + " to import."));
            return 0;
        } catch (IOException e) {
            System.err.println("Parallax is already open on " + library + " but does not answer (" + e.getMessage()
                    + "). Close it, or start with --library OTHER_FILE.");
            return 1;
        }
    }

    /** True when the arguments name no sub-command: nothing, {@code --library PATH}, or existing files to open. */
    static boolean opensWindow(String[] args) {
        return StartupArgs.parse(args, Cli.commandNames()).window();
    }
}
