package org.parallax.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How the process was asked to start: the window (with an optional library, files or folders to import, and the
 * start-up probe) or the command line. Files are what a desktop's "Open with" passes; a word that names a
 * sub-command, or any other option, means the command line, even when a file of that name exists. The library is
 * kept as the text given (a file path or a {@code postgresql://} address), for {@link LibraryLocation#resolveAddress}.
 */
public record StartupArgs(boolean window, String library, List<Path> files, boolean startupProbe) {
    /** Prints the time to the first frame on stdout and exits; for the start-up benchmark. */
    public static final String PROBE = "--startup-probe";

    public StartupArgs {
        files = List.copyOf(files);
    }

    /** Parses {@code args}, taking a word for a file when it exists on disk and is not one of {@code commands}. */
    public static StartupArgs parse(String[] args, Set<String> commands) {
        return parse(args, () -> commands, p -> Files.exists(p));
    }

    /** As {@link #parse(String[], Set)}, asking for the command names only when a word may be one (it costs). */
    public static StartupArgs parse(String[] args, Supplier<Set<String>> commands) {
        return parse(args, commands, p -> Files.exists(p));
    }

    static StartupArgs parse(String[] args, Set<String> commands, Predicate<Path> exists) {
        return parse(args, () -> commands, exists);
    }

    static StartupArgs parse(String[] args, Supplier<Set<String>> commands, Predicate<Path> exists) {
        String library = null;
        boolean probe = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--library")) {
                if (i + 1 >= args.length) return cli();
                library = args[++i];
            } else if (a.startsWith("--library=")) {
                library = a.substring("--library=".length());
            } else if (a.equals(PROBE)) {
                probe = true;
            } else if (a.startsWith("-") || commands.get().contains(a)) {
                return cli();
            } else {
                Path p;
                try {
                    p = Path.of(a);
                } catch (RuntimeException e) {
                    return cli();
                }
                if (!exists.test(p)) return cli();
                files.add(p.toAbsolutePath().normalize());
            }
        }
        return new StartupArgs(true, library, files, probe);
    }

    private static StartupArgs cli() {
        return new StartupArgs(false, null, List.of(), false);
    }
}
