package org.parallax.model;

import java.time.Instant;
import java.util.List;

/**
 * A person, organisation, place or other named thing that mentions link to, across articles. {@code name} is the
 * canonical (most complete) form; {@code aliases} are every surface form seen or added. {@code nameLocked} is true
 * once the user renamed it, so that the pipeline no longer replaces the name. {@code changedBy}/{@code changedAt} name
 * the last hand edit (merge, split, rename, alias; null if none); {@code version} counts those edits.
 */
public record Entity(long id, EntityType type, String name, List<String> aliases, boolean nameLocked, String changedBy,
                     Instant changedAt, int version) {
    /** An entity without a recorded hand edit: no author, version 0. */
    public Entity(long id, EntityType type, String name, List<String> aliases, boolean nameLocked) {
        this(id, type, name, aliases, nameLocked, null, null, 0);
    }

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
