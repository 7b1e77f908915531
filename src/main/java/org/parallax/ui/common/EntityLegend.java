package org.parallax.ui.common;

import java.util.Locale;

import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import org.parallax.model.EntityType;

/**
 * A row of toggle chips ({@code #entityLegend}), one per entity type of an {@link EntityLegendModel}, each in its
 * type's colour ({@code .legend-chip.legend-person} and so on in parallax.css). A chip's selected state is the
 * type's visibility, both ways. Chips have the ids {@code legend-person}, {@code legend-organization}, ...
 */
public final class EntityLegend extends FlowPane {
    private final EntityLegendModel model;

    public EntityLegend(EntityLegendModel model) {
        super(6, 4); // a flow, so the chips wrap at a large zoom instead of being cut
        this.model = model;
        setId("entityLegend");
        getStyleClass().add("entity-legend");
        setAlignment(Pos.CENTER_LEFT);
        model.types().addListener((ListChangeListener<EntityType>) c -> rebuild());
        model.counts().addListener((MapChangeListener<EntityType, Integer>) c -> relabel());
        model.visibleTypes().addListener((SetChangeListener<EntityType>) c -> reselect());
        rebuild();
    }

    public EntityLegendModel model() {
        return model;
    }

    /** The chip of a type, or null when the legend has none. */
    public ToggleButton chip(EntityType type) {
        return (ToggleButton) lookup("#" + chipId(type));
    }

    public static String chipId(EntityType type) {
        return "legend-" + type.name().toLowerCase(Locale.ROOT);
    }

    private void rebuild() {
        Label title = new Label("Highlight");
        title.getStyleClass().add("legend-title");
        getChildren().setAll(title);
        for (EntityType t : model.types()) {
            ToggleButton chip = new ToggleButton(model.label(t));
            chip.setId(chipId(t));
            chip.setUserData(t);
            chip.getStyleClass().addAll("legend-chip", chipId(t));
            chip.setFocusTraversable(true);
            chip.setSelected(model.isVisible(t));
            chip.setTooltip(new Tooltip("Show or hide " + EntityLegendModel.displayName(t).toLowerCase(Locale.ROOT) + " highlights"));
            chip.selectedProperty().addListener((o, was, now) -> model.setVisible(t, now));
            getChildren().add(chip);
        }
    }

    private void relabel() {
        for (var n : getChildren()) if (n instanceof ToggleButton b && b.getUserData() instanceof EntityType t) b.setText(model.label(t));
    }

    private void reselect() {
        for (var n : getChildren()) if (n instanceof ToggleButton b && b.getUserData() instanceof EntityType t) b.setSelected(model.isVisible(t));
    }
}
