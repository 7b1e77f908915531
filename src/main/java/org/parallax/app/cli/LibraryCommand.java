package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.parallax.app.AppContext;
import org.parallax.app.LibraryLocation;
import org.parallax.store.LibraryAddress;
import org.parallax.store.StoreException;

/**
 * The base of every command that works on a library: it resolves and opens the library, runs {@link #run} and
 * closes it. A library that cannot be opened is one line on stderr and exit 1. Subclasses write results with
 * {@link #out()} (text) or {@link #printJson} when {@link #json()} is set, and problems with {@link #err()}.
 */
public abstract class LibraryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Does the command's work on the open library and returns its exit code. */
    protected abstract int run(AppContext ctx);

    /** Checks option values before the library is opened; throws {@code ParameterException} for bad usage. */
    protected void validate() {
    }

    @Override
    public final Integer call() {
        validate();
        AppContext ctx;
        try {
            ctx = AppContext.open(LibraryLocation.resolveAddress(root().library()), LibraryCommand::askPassword);
        } catch (StoreException e) {
            err().println(e.getMessage());
            return Cli.FAILED;
        }
        try (ctx) {
            return run(ctx);
        } catch (StoreException e) {
            err().println(e.getMessage());
            return Cli.FAILED;
        }
    }

    /** Asks for a server password on the terminal (never echoed); none when there is no terminal to ask on. */
    private static char[] askPassword(LibraryAddress.Server server, String reason) {
        java.io.Console console = System.console();
        if (console == null) return null;
        return console.readPassword("Password for %s: ", server.role() + "@" + server.host() + "/" + server.database());
    }

    private Cli root() {
        return (Cli) spec.root().userObject();
    }

    protected CommandSpec spec() {
        return spec;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Whether {@code --json} was given, before or after the command name. */
    protected boolean json() {
        return root().json();
    }

    /** Whether stderr is a terminal, so that progress may be drawn on it. */
    protected boolean terminal() {
        return root().terminal();
    }

    protected void printJson(Object value) {
        Json.write(out(), value);
    }
}
