package org.parallax.model;

/**
 * A mention as the annotation screens and formats see it: the stored mention, its {@code label} (the built-in type's
 * name such as "PERSON", "EVENT" for an event mark, or a user-defined type's name) and the event it names, if any.
 */
public record Annotation(Mention mention, String label, Long eventId) {
    public static final String EVENT = "EVENT";

    public Annotation {
        if (mention == null || label == null || label.isBlank()) throw new IllegalArgumentException("an annotation needs a mention and a label");
    }

    public long id() {
        return mention.id();
    }

    /** True for the built-in entity types, false for EVENT and user-defined types. */
    public boolean builtIn() {
        return label.equals(mention.type().name());
    }
}
