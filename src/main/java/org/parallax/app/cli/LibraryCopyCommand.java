package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.parallax.app.LibraryLocation;
import org.parallax.model.Progress;
import org.parallax.store.LibraryAddress;
import org.parallax.store.LibraryCopy;
import org.parallax.store.StoreException;

/**
 * {@code library copy --from A --to B}: copies a whole library between a file and a server (either way, or file to
 * file) and checks that every table's row count and content hash match ({@link LibraryCopy}). Exit 0 when the copy
 * is complete and checked, 1 when it failed or was cancelled (the target then never looks like a finished library).
 */
@Command(name = "library", description = "Work on whole libraries: copy one between a file and a PostgreSQL server.",
        subcommands = {LibraryCopyCommand.Copy.class})
final class LibraryCopyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** With no sub-command: the usage, and bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Name a library command: copy.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    /** One table in the JSON summary. */
    record TableJson(String table, long rows, String sha256) {
    }

    /** The JSON summary: status copied, failed or cancelled; tables and rows only for a finished copy. */
    record CopyJson(String status, String from, String to, long rows, long millis, List<TableJson> tables, String message) {
    }

    /** {@code library copy}. */
    @Command(name = "copy", description = "Copy a whole library into a new file or an empty PostgreSQL database, and check"
            + " that every table's row count and content hash match.")
    static final class Copy implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--from", paramLabel = "LIBRARY",
                description = "The library to copy: a file or postgresql://[user@]host[:port]/database"
                        + " (default: --library, else $PARALLAX_LIBRARY, else the user data folder).")
        private String from;

        @Option(names = "--to", required = true, paramLabel = "LIBRARY",
                description = "Where to copy it: a new .db file, or postgresql://[user@]host[:port]/database naming an empty database.")
        private String to;

        @Override
        public Integer call() {
            Cli root = (Cli) spec.root().userObject();
            PrintWriter err = spec.commandLine().getErr();
            LibraryAddress source;
            LibraryAddress target;
            try {
                source = LibraryLocation.resolveAddress(from != null ? from : root.library());
                target = LibraryLocation.resolveAddress(to);
            } catch (StoreException e) {
                err.println(e.getMessage());
                return Cli.FAILED;
            }
            LibraryCopy copy = new LibraryCopy(source, target, LibraryCopyCommand::askPassword);
            TerminalProgress drawn = root.terminal() && !root.json() ? new TerminalProgress(err) : null;
            // Ctrl-C: the copy stops after its batch and removes its partial file (a server copy stays marked unfinished)
            CountDownLatch finished = new CountDownLatch(1);
            Thread onExit = new Thread(() -> {
                copy.cancel();
                try {
                    finished.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parallax-copy-cancel");
            Runtime.getRuntime().addShutdownHook(onExit);
            try {
                LibraryCopy.Result r = copy.run(drawn != null ? drawn : Progress.NONE);
                if (drawn != null) drawn.clear();
                print(root, r);
                return Cli.OK;
            } catch (StoreException e) {
                if (drawn != null) drawn.clear();
                if (root.json()) {
                    String status = e instanceof LibraryCopy.Cancelled ? "cancelled" : "failed";
                    Json.write(spec.commandLine().getOut(), new CopyJson(status, source.text(), target.text(), 0, 0, List.of(), e.getMessage()));
                }
                err.println(e.getMessage());
                return Cli.FAILED;
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(onExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it ends as soon as it sees the latch
                }
            }
        }

        private void print(Cli root, LibraryCopy.Result r) {
            PrintWriter out = spec.commandLine().getOut();
            if (root.json()) {
                List<TableJson> tables = new ArrayList<>();
                for (LibraryCopy.TableCopy t : r.tables()) tables.add(new TableJson(t.table(), t.rows(), t.sha256()));
                Json.write(out, new CopyJson("copied", r.from(), r.to(), r.rows(), r.millis(), tables, null));
                return;
            }
            out.println("Copied " + r.from() + " to " + r.to());
            int width = r.tables().stream().mapToInt(t -> t.table().length()).max().orElse(5);
            for (LibraryCopy.TableCopy t : r.tables()) {
                out.println("  " + t.table() + " ".repeat(width - t.table().length()) + String.format(Locale.ROOT, " %,12d", t.rows()));
            }
            out.println(String.format(Locale.ROOT, "Check passed: row counts and SHA-256 content hashes match on all %d tables (%,d rows).",
                    r.tables().size(), r.rows()));
            out.println(String.format(Locale.ROOT, "Time: %.1f s", r.millis() / 1000.0));
        }
    }

    /** Asks for a server password on the terminal (never echoed); none when there is no terminal to ask on. */
    private static char[] askPassword(LibraryAddress.Server server, String reason) {
        java.io.Console console = System.console();
        if (console == null) return null;
        return console.readPassword("Password for %s: ", server.role() + "@" + server.host() + "/" + server.database());
    }
}
