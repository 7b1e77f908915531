package org.parallax.app.cli;

import java.io.IOException;
import java.time.Clock;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import org.parallax.app.AppContext;
import org.parallax.export.annotations.AnnotationExchange;
import org.parallax.export.annotations.AnnotationFormat;

/**
 * The shared shape of the commands that move annotations between the library and a folder of files: {@code --format}
 * checked before the library opens (bad usage, exit 2), one summary line or the report as JSON, each problem on
 * stderr, and exit 1 when there was one or the folder could not be used.
 */
abstract class AnnotationFileCommand extends LibraryCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "brat, w3c or conll.")
    private String format;

    private AnnotationFormat parsedFormat;

    /** Exports or imports in {@code format}; throws {@code IOException} when the folder cannot be used. */
    protected abstract AnnotationExchange.Report exchange(AnnotationExchange exchange, AnnotationFormat format)
            throws IOException;

    /** The line that sums up {@code report}. */
    protected abstract String summary(AnnotationExchange.Report report);

    /** What to tell the user when the folder cannot be used. */
    protected abstract String cannotUse(IOException e);

    @Override
    protected void validate() {
        try {
            parsedFormat = AnnotationFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec().commandLine(), e.getMessage());
        }
    }

    @Override
    protected int run(AppContext ctx) {
        try {
            AnnotationExchange.Report r = exchange(new AnnotationExchange(ctx.annotations(), ctx.articles(), Clock.systemUTC()),
                    parsedFormat);
            if (json()) printJson(r);
            else out().println(summary(r));
            for (String p : r.problems()) err().println(p);
            return r.problems().isEmpty() ? Cli.OK : Cli.FAILED;
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err().println(cannotUse(e));
            return Cli.FAILED;
        }
    }
}
