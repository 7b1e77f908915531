package org.parallax.model;

import java.util.Locale;

/** The entity types Parallax shows. Each has a CSS style class {@code .entity-<name>} in the UI. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, DATE, MISC;

    public String styleClass() {
        return "entity-" + name().toLowerCase(Locale.ROOT);
    }
}
