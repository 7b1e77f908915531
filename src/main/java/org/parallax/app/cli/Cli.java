package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import org.parallax.app.AppInfo;
import org.parallax.store.StoreException;

/**
 * The command line: {@code parallax [--library PATH] [--json] COMMAND ...}. {@link #run} returns the exit code
 * (0 all went well, 1 some input or article failed, 2 bad usage) and never exits the JVM; all output goes to the
 * given writers. Sub-commands are registered once, in the {@code subcommands} list below.
 */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Cli.ManifestVersion.class,
        description = "Reads news articles into a library and compares versions of one story.",
        footer = {"", "Exit codes: 0 all went well, 1 some input or article failed, 2 bad usage.",
                "The library is --library PATH, else $PARALLAX_LIBRARY, else the user data folder."},
        // One line per command: adding a command is adding its class here.
        subcommands = {
                ImportCommand.class,
                ListCommand.class,
                ShowCommand.class,
                SearchCommand.class,
                DeleteCommand.class,
                EntitiesCommand.class,
                MentionsCommand.class,
                NlpCommand.class,
                CompareCommand.class,
                StoriesCommand.class,
                AnnotateCommand.class,
                RejectCommand.class,
                NoteCommand.class,
                NotesCommand.class,
                MergeCommand.class,
                ExportAnnotationsCommand.class,
                ImportAnnotationsCommand.class,
                ReanchorCommand.class,
                ReextractCommand.class,
                RecogniseAsCommand.class,
                EventsCommand.class,
                ExportIcsCommand.class,
                ExportEventsCsvCommand.class,
                ExportCommand.Pdf.class,
                ExportCommand.Markdown.class,
                FeedsCommand.class,
                LibraryCopyCommand.class,
        })
public final class Cli implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    // Inherited: accepted before or after the command name, and always set here, on the root command.
    @Option(names = "--library", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The library file, or postgresql://[user@]host[:port]/database for a server library"
                    + " (default: $PARALLAX_LIBRARY, else the user data folder).")
    private String library;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Write the result as JSON on standard output (field names are stable).")
    private boolean json;

    private final boolean terminal;

    /** A command line whose progress reports go to stderr only when it is a terminal. */
    public Cli() {
        this(System.console() != null);
    }

    Cli(boolean terminal) {
        this.terminal = terminal;
    }

    /** Runs with the process's standard streams; quiets informational logging so only results are printed. */
    public static int run(String... args) {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h.getLevel().intValue() < Level.WARNING.intValue()) h.setLevel(Level.WARNING);
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return run(new Cli(), out, err, args);
    }

    /** Runs with the given writers (for tests and embedding); progress is never drawn. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new Cli(false), out, err, args);
    }

    private static int run(Cli cli, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(cli);
        // every text written goes through the control-character guard, so no help colours: they are escapes too
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        PrintWriter safeOut = Text.terminalSafe(out, false);
        PrintWriter safeErr = Text.terminalSafe(err, true);
        cl.setOut(safeOut);
        cl.setErr(safeErr);
        try {
            return cl.execute(args);
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }

    /** The configured picocli command line, with its error handling: a store failure is one line, exit 1. */
    static CommandLine commandLine(Cli cli) {
        return commandLine(cli, CommandLine.defaultFactory());
    }

    /** The same, with commands built by {@code factory} (tests give a command its collaborators this way). */
    static CommandLine commandLine(Cli cli, CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(cli, factory);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof StoreException) {
                err.println(e.getMessage());
            } else {
                err.println("parallax: unexpected error: " + e);
                e.printStackTrace(err);
            }
            return FAILED;
        });
        return cl;
    }

    /** With no command: show the usage and call it bad usage. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("Name a command.");
        spec.commandLine().usage(err);
        return USAGE;
    }

    String library() {
        return library;
    }

    boolean json() {
        return json;
    }

    boolean terminal() {
        return terminal;
    }

    /** The names (and aliases) of the sub-commands, read from the annotations without building the command line. */
    public static Set<String> commandNames() {
        Set<String> names = new HashSet<>();
        for (Class<?> c : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command cmd = c.getAnnotation(Command.class);
            if (cmd == null) continue;
            names.add(cmd.name());
            names.addAll(List.of(cmd.aliases()));
        }
        names.add("help");
        return names;
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class ManifestVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parallax " + version()};
        }

        static String version() {
            return AppInfo.version();
        }
    }
}
