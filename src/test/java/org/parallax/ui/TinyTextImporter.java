package org.parallax.ui;

import org.parallax.ingest.ImportException;
import org.parallax.ingest.Importer;
import org.parallax.ingest.SourceFile;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;

/** A test importer for .txt files: the first line is the title, each further line a paragraph.
 * Files named {@code slow-*} take a quarter second, so a test can watch and cancel an import. */
public final class TinyTextImporter implements Importer {
    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean accepts(SourceFile file) {
        return file.lowerName().endsWith(".txt");
    }

    @Override
    public ArticleDraft parse(SourceFile file) throws ImportException {
        if (file.lowerName().contains("slow-")) {
            // lets a UI test catch an import while it runs
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String[] lines = file.text().strip().split("\\R+");
        TextAssembler t = new TextAssembler().add(BlockType.TITLE, lines[0]);
        for (int i = 1; i < lines.length; i++) t.add(BlockType.PARAGRAPH, lines[i]);
        return t.build(new ArticleMeta(lines[0].strip(), false, null, "Test Outlet", null, null, null, null, null, null, null, "en"));
    }
}
