package org.parallax.ingest;

import java.util.List;

/** The importers Parallax ships, in the order they are asked: the most specific first. */
public final class Importers {
    private Importers() {
    }

    public static List<Importer> defaults() {
        return List.of(new PdfImporter(), new HtmlImporter(), new MarkdownImporter(), new PlainTextImporter());
    }
}
