package org.parallax.ingest;

import org.parallax.model.ArticleDraft;

/** PLACEHOLDER: to be written. */
public final class PlainTextImporter implements Importer {
    @Override
    public String format() {
        return "plaintext";
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
