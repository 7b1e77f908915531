package org.parallax.app.cli;

/** PLACEHOLDER: the picocli command line, to be written. */
public final class Cli {
    private Cli() {
    }

    /** Runs the command line and returns its exit code: 0 all went well, 1 some inputs failed, 2 bad usage. */
    public static int run(String... args) {
        System.err.println("The command line is not written yet.");
        return 2;
    }
}
