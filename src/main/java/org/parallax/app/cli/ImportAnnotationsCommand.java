package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parallax.export.annotations.AnnotationExchange;
import org.parallax.export.annotations.AnnotationFormat;

/**
 * {@code import-annotations --format brat|w3c|conll --in DIR}: adds the folder's annotations to the library articles
 * with the same text. Exit 1 when some file could not be used (each is named on stderr).
 */
@Command(name = "import-annotations", description = "Read annotations written by export-annotations (or brat / W3C tools) "
        + "into the articles with the same text.")
final class ImportAnnotationsCommand extends AnnotationFileCommand {
    @Option(names = "--in", required = true, paramLabel = "DIR", description = "The folder holding .txt files and their annotations.")
    private Path in;

    @Override
    protected AnnotationExchange.Report exchange(AnnotationExchange exchange, AnnotationFormat format) throws IOException {
        return exchange.importFrom(format, in);
    }

    @Override
    protected String summary(AnnotationExchange.Report r) {
        return String.format("Read %d articles: %d annotations and %d notes added, %d skipped", r.articles(), r.spans(),
                r.notes(), r.skipped());
    }

    @Override
    protected String cannotUse(IOException e) {
        return "Cannot read " + in + ": " + e.getMessage();
    }
}
