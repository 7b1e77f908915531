package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;

import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Sentence;
import org.parallax.text.Sentences;

/**
 * Splits an article's story blocks (dateline, headings, paragraphs; the title only on request) into sentences, as
 * {@code [start, end)} ranges of the full article text. Related links, boilerplate and captions are never split.
 * Where a sentence ends is {@link Sentences}' rule; this class only chooses the blocks that comparison reads.
 */
public final class SentenceSplitter {
    private final boolean includeTitle;

    public SentenceSplitter() {
        this(false);
    }

    public SentenceSplitter(boolean includeTitle) {
        this.includeTitle = includeTitle;
    }

    /** Whether a block takes part in comparison. */
    public boolean compares(BlockType type) {
        if (type == BlockType.TITLE) return includeTitle;
        return type.isBody();
    }

    /** The sentences of the article's compared blocks, in text order. */
    public List<Sentence> split(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : article.blocks()) {
            if (compares(b.type())) out.addAll(Sentences.split(article.text(), b.start(), b.end()));
        }
        return out;
    }

    /** The sentences of {@code text[start, end)}; a line break always ends a sentence. */
    public List<Sentence> split(String text, int start, int end) {
        return Sentences.split(text, start, end);
    }
}
