package org.parallax.ui;

import org.parallax.ingest.ImportException;
import org.parallax.ingest.Importer;
import org.parallax.ingest.PlainTextImporter;
import org.parallax.ingest.SourceFile;
import org.parallax.model.ArticleDraft;

/** The shipped text importer, slowed down for files named {@code slow-*}, so a UI test can catch an import while it runs. */
public final class SlowTextImporter implements Importer {
    private final PlainTextImporter text = new PlainTextImporter();

    @Override
    public String format() {
        return text.format();
    }

    @Override
    public boolean accepts(SourceFile file) {
        return file.lowerName().startsWith("slow-") && text.accepts(file);
    }

    @Override
    public ArticleDraft parse(SourceFile file) throws ImportException {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.parse(file);
    }
}
