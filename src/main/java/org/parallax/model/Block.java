package org.parallax.model;

import java.util.List;
import java.util.Optional;

/** A typed {@code [start, end)} character range of an article's immutable text. */
public record Block(BlockType type, int start, int end) {
    public Block {
        if (type == null) throw new IllegalArgumentException("block type is required");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad block range [" + start + ", " + end + ")");
    }

    /** The block's text, cut from the article text it belongs to. */
    public String textIn(String articleText) {
        return articleText.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    /** The block of {@code blocks} that holds {@code offset}; empty between blocks or outside the text. */
    public static Optional<Block> at(List<Block> blocks, int offset) {
        for (Block b : blocks) {
            if (b.start <= offset && offset < b.end) return Optional.of(b);
        }
        return Optional.empty();
    }
}
