package org.parallax.export.annotations;

import java.util.List;

import org.parallax.model.DateRange;

/**
 * One article's annotations in the neutral shape every format writes and reads: the article text, its spans and its
 * notes. Offsets are Java string offsets ({@code [start, end)} in UTF-16 units); formats convert at their edge.
 */
public record Doc(String name, String text, List<Span> spans, List<DocNote> notes) {
    public Doc {
        spans = List.copyOf(spans);
        notes = List.copyOf(notes);
    }

    /**
     * A typed span: {@code label} is PERSON, ORGANIZATION, LOCATION, DATE, MISC, EVENT or a user-defined type's name;
     * {@code entityKey} groups spans of one entity within an export (null for none) and {@code entityName} is its name.
     */
    public record Span(int start, int end, String text, String label, boolean auto, String entityKey, String entityName,
                       DateRange date) {
    }

    /** A note on a passage ({@code start} and {@code end} set) or on the whole article (both null). */
    public record DocNote(Integer start, Integer end, String text) {
    }
}
