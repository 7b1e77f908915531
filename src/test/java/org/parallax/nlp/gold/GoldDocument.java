package org.parallax.nlp.gold;

import java.time.LocalDate;
import java.util.List;

/**
 * A gold-standard document: its text, the mentions that count, and "don't care" ranges (mentions the gold set marks
 * but the evaluation does not score, such as GUM's nominal "the Indonesian coast"): a system mention inside one is
 * neither right nor wrong.
 */
public record GoldDocument(String name, String text, LocalDate docDate, List<GoldMention> mentions, List<GoldMention> ignored) {
    public GoldDocument {
        mentions = List.copyOf(mentions);
        ignored = List.copyOf(ignored);
    }

    public int tokenCount() {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
