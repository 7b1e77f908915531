package org.parallax.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.parallax.app.AppContext;
import org.parallax.app.OutputTarget;

/**
 * {@code --out FILE} and {@code --force} for the commands that write one file. The path is checked by
 * {@link OutputTarget} before any work: the library's own files, folders, devices and pipes are refused, and an
 * existing file only with {@code --force}; a refusal is one line on stderr and exit 2.
 */
final class OutFileOptions {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it already exists (never the library or a special file).")
    boolean force;

    /** The checked target, or null after printing the refusal on {@code err}. */
    OutputTarget check(AppContext ctx, PrintWriter err) {
        try {
            return OutputTarget.file(out, ctx.database().file(), force);
        } catch (OutputTarget.Refused e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println("Cannot write " + out + ": " + OutputTarget.reason(e) + ".");
        }
        return null;
    }
}
