package org.parallax.nlp;

import java.time.LocalDate;
import java.util.List;

import org.parallax.model.Block;

/**
 * Finds sentences and raw mentions (entities and SUTime dates) in one article's text. The CoreNLP engine implements it;
 * {@code version()} is part of the NLP cache key, so a new version makes every article pending again.
 * Implementations skip boilerplate blocks and must be safe to call from one thread at a time at least.
 */
public interface Recognizer {
    /** Recognises {@code text} (the article's whole text; offsets are into it) with {@code docDate} (may be null). */
    Recognition recognize(String text, List<Block> blocks, LocalDate docDate);

    /** Identifies the pipeline and its configuration; changing it re-runs old articles. */
    String version();

    /** Whether several threads may call {@link #recognize} at once (then an NLP run recognises one article per core). */
    default boolean concurrent() {
        return false;
    }
}
