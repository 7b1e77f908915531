package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parallax.app.AppContext;
import org.parallax.export.annotations.AnnotationExchange;
import org.parallax.export.annotations.AnnotationFormat;

/**
 * {@code import-annotations --format brat|w3c|conll --in DIR}: adds the folder's annotations to the library articles
 * with the same text. Exit 1 when some file could not be used (each is named on stderr).
 */
@Command(name = "import-annotations", description = "Read annotations written by export-annotations (or brat / W3C tools) "
        + "into the articles with the same text.")
final class ImportAnnotationsCommand extends LibraryCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "brat, w3c or conll.")
    private String format;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "The folder holding .txt files and their annotations.")
    private Path in;

    @Override
    protected int run(AppContext ctx) {
        AnnotationFormat f;
        try {
            f = AnnotationFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        }
        try {
            AnnotationExchange.Report r = new AnnotationExchange(ctx.database(), ctx.articles(), Clock.systemUTC()).importFrom(f, in);
            if (json()) printJson(r);
            else out().printf("Read %d articles: %d annotations and %d notes added, %d skipped%n", r.articles(), r.spans(), r.notes(), r.skipped());
            for (String p : r.problems()) err().println(p);
            return r.problems().isEmpty() ? Cli.OK : Cli.FAILED;
        } catch (IOException e) {
            err().println("Cannot read " + in + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
