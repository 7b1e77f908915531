package org.parallax.model;

import java.time.Instant;
import java.util.ArrayList;
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

    /** The other ways the entity is written: its aliases but its name and its role marks ({@link AliasMarks}). */
    public List<String> otherNames() {
        return otherNames(name, aliases);
    }

    /** The roles its aliases keep ("striker", "judge", "country: Romania"), in their order. */
    public List<String> roles() {
        return roles(aliases);
    }

    /** {@link #otherNames()} of any name and aliases (the export's index entries keep both). */
    public static List<String> otherNames(String name, List<String> aliases) {
        return aliases.stream().filter(a -> !a.equals(name) && AliasMarks.role(a) == null).toList();
    }

    /** {@link #roles()} of any aliases. */
    public static List<String> roles(List<String> aliases) {
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            String role = AliasMarks.role(a);
            if (role != null && !out.contains(role)) out.add(role);
        }
        return out;
    }
}
