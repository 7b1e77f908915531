package org.parallax.ui.common;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import org.parallax.model.EntityType;

/**
 * The state of an entity legend: which entity types are shown (all, at first), the chips to offer (PERSON,
 * ORGANIZATION, LOCATION and DATE always, MISC only when something has that type) and a mention count per type.
 * Highlighters read {@link #visibleTypes()}; it needs no toolkit, so view models and tests use it directly.
 */
public final class EntityLegendModel {
    /** The types that always have a chip. */
    public static final List<EntityType> MAIN = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE);

    private final ObservableSet<EntityType> visible = FXCollections.observableSet(EnumSet.allOf(EntityType.class));
    private final ObservableMap<EntityType, Integer> counts = FXCollections.observableMap(new EnumMap<>(EntityType.class));
    private final ObservableList<EntityType> types = FXCollections.observableArrayList(MAIN);

    /** The types whose mentions are highlighted; observe it to restyle. */
    public ObservableSet<EntityType> visibleTypes() {
        return visible;
    }

    public boolean isVisible(EntityType type) {
        return visible.contains(type);
    }

    public void setVisible(EntityType type, boolean show) {
        if (show) visible.add(type);
        else visible.remove(type);
    }

    public void toggle(EntityType type) {
        setVisible(type, !isVisible(type));
    }

    /** The types that get a chip, in legend order. */
    public ObservableList<EntityType> types() {
        return types;
    }

    /** Mentions per type (of the open article, or whatever the owner counts); absent types count 0. */
    public ObservableMap<EntityType, Integer> counts() {
        return counts;
    }

    public int count(EntityType type) {
        return counts.getOrDefault(type, 0);
    }

    /** Replaces the counts; MISC gets a chip only while it has mentions. */
    public void setCounts(Map<EntityType, Integer> perType) {
        counts.clear();
        perType.forEach((t, n) -> {
            if (n != null && n > 0) counts.put(t, n);
        });
        boolean misc = count(EntityType.MISC) > 0;
        if (misc && !types.contains(EntityType.MISC)) types.add(EntityType.MISC);
        if (!misc) types.remove(EntityType.MISC);
    }

    /** A chip's label: "Person 12" ("Person" without a count). */
    public String label(EntityType type) {
        int n = count(type);
        return displayName(type) + (n > 0 ? " " + n : "");
    }

    /** "Person", "Organization", "Location", "Date", "Misc". */
    public static String displayName(EntityType type) {
        String n = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
