package org.parallax.export;

import java.awt.Color;

import org.parallax.model.EntityType;

/**
 * The entity highlight colours of printed reports, in one place: the light theme's subtle backgrounds and emphasis
 * underlines that the reader uses on screen ({@code -px-entity-*} in parallax.css, AtlantaFX Primer Light).
 */
public final class EntityColors {
    private EntityColors() {
    }

    /** The light background drawn under a highlighted word; null for types the screen does not colour. */
    public static Color background(EntityType type) {
        return switch (type) {
            case PERSON -> new Color(0xDD, 0xF4, 0xFF);
            case ORGANIZATION -> new Color(0xDA, 0xFB, 0xE1);
            case LOCATION -> new Color(0xFF, 0xF8, 0xC5);
            case DATE -> new Color(0xFF, 0xEB, 0xE9);
            case MISC -> null;
        };
    }

    /** The thin underline drawn under a highlight, so that it survives black-and-white printing. */
    public static Color line(EntityType type) {
        return switch (type) {
            case PERSON -> new Color(0x09, 0x69, 0xDA);
            case ORGANIZATION -> new Color(0x1F, 0x88, 0x3D);
            case LOCATION -> new Color(0x9A, 0x67, 0x00);
            case DATE -> new Color(0xCF, 0x22, 0x2E);
            case MISC -> null;
        };
    }
}
