package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;

import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;

/**
 * Builds an article's immutable text from typed blocks, in reading order, and records each block's range.
 * Blocks are separated by a blank line; {@link #addSameLine} continues the current line (a dateline's paragraph).
 * Every importer assembles its text here, so all formats share one text layout.
 */
public final class TextAssembler {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    /** Adds a block on its own paragraph; blank text is ignored. Inner white space runs are kept as written. */
    public TextAssembler add(BlockType type, String blockText) {
        String t = clean(blockText);
        if (t.isEmpty()) return this;
        if (text.length() > 0) text.append("\n\n");
        int start = text.length();
        text.append(t);
        blocks.add(new Block(type, start, text.length()));
        return this;
    }

    /** Adds a block that continues the current line after one space (a paragraph after its dateline). */
    public TextAssembler addSameLine(BlockType type, String blockText) {
        String t = clean(blockText);
        if (t.isEmpty()) return this;
        if (text.length() == 0) return add(type, t);
        text.append(' ');
        int start = text.length();
        text.append(t);
        blocks.add(new Block(type, start, text.length()));
        return this;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public String text() {
        return text.toString();
    }

    public ArticleDraft build(ArticleMeta meta) {
        return new ArticleDraft(meta, text.toString(), blocks);
    }

    /** Trims each line, drops trailing spaces and collapses runs of blank lines inside a block to one newline. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder();
        for (String line : s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }
}
