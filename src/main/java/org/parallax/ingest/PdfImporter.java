package org.parallax.ingest;

import org.parallax.model.ArticleDraft;

/** PLACEHOLDER: to be written. */
public final class PdfImporter implements Importer {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean accepts(SourceFile file) {
        return false;
    }

    @Override
    public ArticleDraft parse(SourceFile file) throws ImportException {
        throw new ImportException("not written yet");
    }
}
