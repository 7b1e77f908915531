package org.parallax.model;

/**
 * A type of annotation the user defined (for example "Weapon"), with a CSS colour ({@code #aa3300}) and an optional
 * one-letter keyboard shortcut. Its mentions are stored as {@link EntityType#MISC} carrying this name as their label.
 */
public record AnnotationType(long id, String name, String colour, String shortcut) {
    public AnnotationType {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an annotation type needs a name");
    }
}
