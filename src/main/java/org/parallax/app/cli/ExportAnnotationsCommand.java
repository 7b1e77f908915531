package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.export.annotations.AnnotationExchange;
import org.parallax.export.annotations.AnnotationFormat;

/** {@code export-annotations --format brat|w3c|conll --out DIR [IDS...]}: all articles when no id is given. */
@Command(name = "export-annotations", description = "Write annotations as brat standoff, W3C Web Annotation JSON-LD or "
        + "CoNLL-2003 BIO, one file per article plus its text.")
final class ExportAnnotationsCommand extends LibraryCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "brat, w3c or conll.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created if missing).")
    private Path out;

    @Parameters(arity = "0..*", paramLabel = "IDS", description = "Articles to export (default: all).")
    private List<Long> ids = new ArrayList<>();

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
            AnnotationExchange.Report r = new AnnotationExchange(ctx.database(), ctx.articles(), Clock.systemUTC()).export(f, out, ids);
            if (json()) printJson(r);
            else out().printf("Wrote %d articles (%d annotations, %d notes) to %s%n", r.articles(), r.spans(), r.notes(), out);
            return Cli.OK;
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err().println("Cannot write to " + out + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
