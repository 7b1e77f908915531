package org.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A stored article. Its {@code text} never changes after import; blocks, mentions and notes point into it. */
public record Article(long id, ArticleMeta meta, String text, List<Block> blocks, String contentHash, Instant importedAt) {
    public Article {
        blocks = List.copyOf(blocks);
    }

    public String title() {
        return meta.title();
    }

    /** Blocks of one type, in text order. */
    public List<Block> blocks(BlockType type) {
        return blocks.stream().filter(b -> b.type() == type).toList();
    }

    /** The block that holds the character at {@code offset}; empty for an offset between blocks or outside the text. */
    public Optional<Block> blockAt(int offset) {
        return Block.at(blocks, offset);
    }

    /** The story's own text: body blocks joined by newlines, boilerplate left out. */
    public String bodyText() {
        return joinBlocks(text, blocks, true);
    }

    static String joinBlocks(String text, List<Block> blocks, boolean bodyOnly) {
        return blocks.stream()
                .filter(b -> !bodyOnly || b.type().isBody())
                .map(b -> b.textIn(text))
                .collect(Collectors.joining("\n"));
    }
}
