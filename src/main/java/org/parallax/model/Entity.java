package org.parallax.model;

import java.util.List;

/**
 * A person, organisation, place or other named thing that mentions link to, across articles. {@code name} is the
 * canonical (most complete) form; {@code aliases} are every surface form seen or added. {@code nameLocked} is true
 * once the user renamed it, so that the pipeline no longer replaces the name.
 */
public record Entity(long id, EntityType type, String name, List<String> aliases, boolean nameLocked) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
