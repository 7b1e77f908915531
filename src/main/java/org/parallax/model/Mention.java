package org.parallax.model;

/**
 * A stored mention: a {@code [start, end)} range of an article's immutable text with its quoted text and type.
 * Date mentions carry their resolved {@code date} (null when vague or unresolvable). {@code entityId} is null for
 * dates and unlinked mentions; {@code blockType} tells story text from byline or caption credit. A rejected mention
 * is kept so that a re-run of the pipeline never re-creates it.
 */
public record Mention(long id, long articleId, int start, int end, String text, EntityType type, DateRange date,
                      Long entityId, BlockType blockType, MentionOrigin origin, boolean rejected) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention range [" + start + ", " + end + ")");
        if (type == null || origin == null) throw new IllegalArgumentException("a mention needs a type and an origin");
    }

    public Mention withEntity(Long entity) {
        return new Mention(id, articleId, start, end, text, type, date, entity, blockType, origin, rejected);
    }

    public Mention withId(long newId) {
        return new Mention(newId, articleId, start, end, text, type, date, entityId, blockType, origin, rejected);
    }
}
