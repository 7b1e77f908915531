package org.parallax.model;

import java.util.List;

/** A parsed article before it is stored: metadata, the immutable text, and its blocks in text order. */
public record ArticleDraft(ArticleMeta meta, String text, List<Block> blocks) {
    public ArticleDraft {
        blocks = List.copyOf(blocks);
        for (Block b : blocks) {
            if (b.end() > text.length()) throw new IllegalArgumentException("block " + b + " runs past the text");
        }
    }

    /** The text of the body blocks (title, dateline, headings, paragraphs), one per line: what search indexes. */
    public String bodyText() {
        return Article.joinBlocks(text, blocks, true);
    }
}
