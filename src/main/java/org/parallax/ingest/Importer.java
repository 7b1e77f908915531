package org.parallax.ingest;

import org.parallax.model.ArticleDraft;

/** Turns one file of one format into an article draft: metadata, immutable text and typed blocks. */
public interface Importer {
    /** A short format name stored with the article: "text", "markdown", "html", "pdf". */
    String format();

    /** Whether this importer reads the file, judged by its name and first bytes. */
    boolean accepts(SourceFile file);

    /** Parses the file; throws with a one-line reason when it cannot. */
    ArticleDraft parse(SourceFile file) throws ImportException;
}
