package org.parallax.ui;

import org.parallax.ingest.ImportException;
import org.parallax.ingest.Importer;
import org.parallax.ingest.SourceFile;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;

/** A test importer for .txt files: the first line is the title, each further line a paragraph. */
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
        String[] lines = file.text().strip().split("\\R+");
        TextAssembler t = new TextAssembler().add(BlockType.TITLE, lines[0]);
        for (int i = 1; i < lines.length; i++) t.add(BlockType.PARAGRAPH, lines[i]);
        return t.build(new ArticleMeta(lines[0].strip(), false, null, "Test Outlet", null, null, null, null, null, null, null, "en"));
    }
}
