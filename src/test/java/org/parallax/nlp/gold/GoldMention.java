package org.parallax.nlp.gold;

/** One gold annotation: a {@code [start, end)} range of its document's text, a type, and for timexes the value. */
public record GoldMention(int start, int end, String type, String text, String value) {
    public boolean overlaps(int s, int e) {
        return s < end && start < e;
    }
}
