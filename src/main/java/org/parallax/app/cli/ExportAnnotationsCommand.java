package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.app.OutputTarget;
import org.parallax.export.annotations.AnnotationExchange;
import org.parallax.export.annotations.AnnotationFormat;

/**
 * {@code export-annotations --format brat|w3c|conll --out DIR [IDS...]}: all articles when no id is given. A folder
 * that is (or holds) the library is refused with exit 2 before anything is written ({@link OutputTarget#folder}).
 */
@Command(name = "export-annotations", description = "Write annotations as brat standoff, W3C Web Annotation JSON-LD or "
        + "CoNLL-2003 BIO, one file per article plus its text.")
final class ExportAnnotationsCommand extends AnnotationFileCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created if missing).")
    private Path out;

    @Parameters(arity = "0..*", paramLabel = "IDS", description = "Articles to export (default: all).")
    private List<Long> ids = new ArrayList<>();

    @Override
    protected int run(AppContext ctx) {
        try {
            OutputTarget.folder(out, ctx.database().file());
        } catch (IOException e) {
            // refused (the library's folder, a library file, not a folder) or unresolvable: nothing written yet
            err().println(e instanceof OutputTarget.Refused ? e.getMessage() : cannotUse(e));
            return Cli.USAGE;
        }
        return super.run(ctx);
    }

    @Override
    protected AnnotationExchange.Report exchange(AnnotationExchange exchange, AnnotationFormat format) throws IOException {
        return exchange.export(format, out, ids);
    }

    @Override
    protected String summary(AnnotationExchange.Report r) {
        return String.format("Wrote %d articles (%d annotations, %d notes) to %s", r.articles(), r.spans(), r.notes(), out);
    }

    @Override
    protected String cannotUse(IOException e) {
        return "Cannot write to " + out + ": " + e.getMessage();
    }
}
