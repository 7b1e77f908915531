package org.parallax.fault;

import java.io.PrintWriter;

import org.parallax.app.cli.Cli;

/**
 * A child process that adds notes through the real command line, one {@code note} command after another, while other
 * processes import into the same library. Prints one line per failed note and exits with the number of failures.
 * Arguments: library, article id, number of notes.
 */
public final class NoteWriterMain {
    private NoteWriterMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        int failed = 0;
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            int code = Cli.run(out, out, "--library", args[0], "note", args[1], "--article", "--text", "Concurrent note " + i);
            if (code != 0) {
                failed++;
                out.println("note " + i + " failed with exit " + code);
            }
        }
        out.flush();
        System.exit(failed);
    }
}
