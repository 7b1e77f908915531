package org.parallax.ui.compare;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.parallax.model.EntityType;

/**
 * The compare window's summary bar (part of {@link CompareView}): the type legend, the entity chips grouped by
 * presence (in both, only left, only right), the metadata rows and the date lines, rebuilt from the
 * {@link CompareViewModel}'s lists whenever they change. View code only; the rules live in the view model.
 */
final class CompareSummaryBar {
    private static final List<EntityType> LEGEND = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE);
    /** Chips shown per group before "+N more": the most mentioned entities first, so the bar stays one glance. */
    static final int CHIPS_PER_GROUP = 14;

    private final CompareViewModel vm;
    private final HBox legend;
    private final FlowPane chips;
    private final GridPane metadata;
    private final VBox dates;
    private final Set<CompareViewModel.Presence> expanded = EnumSet.noneOf(CompareViewModel.Presence.class);

    CompareSummaryBar(CompareViewModel vm, HBox legend, FlowPane chips, GridPane metadata, VBox dates) {
        this.vm = vm;
        this.legend = legend;
        this.chips = chips;
        this.metadata = metadata;
        this.dates = dates;
    }

    void bind() {
        buildLegend();
        vm.chips().addListener((ListChangeListener<CompareViewModel.Chip>) c -> buildChips());
        vm.metadata().addListener((ListChangeListener<CompareViewModel.MetaRow>) c -> buildMetadata());
        vm.dateLines().addListener((ListChangeListener<String>) c -> buildDates());
        vm.focusedEntityProperty().addListener((o, was, now) -> buildChips());
    }

    private void buildLegend() {
        legend.getChildren().clear();
        for (EntityType t : LEGEND) {
            CheckBox box = new CheckBox(label(t));
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setId("legend-" + t.name().toLowerCase(Locale.ROOT));
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", t.styleClass());
            box.setGraphic(swatch);
            box.setSelected(vm.shownTypes().contains(t));
            box.selectedProperty().addListener((o, was, now) -> vm.setTypeShown(t, now));
            legend.getChildren().add(box);
        }
    }

    private static String label(EntityType t) {
        return switch (t) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case LOCATION -> "Places";
            case DATE -> "Dates";
            case MISC -> "Other";
        };
    }

    private void buildChips() {
        chips.getChildren().clear();
        CompareViewModel.Presence group = null;
        String focus = vm.focusedEntityProperty().get();
        int inGroup = 0;
        for (CompareViewModel.Chip c : vm.chips()) {
            if (c.presence() == group && ++inGroup > CHIPS_PER_GROUP && !expanded.contains(group) && !c.key().equals(focus)) {
                if (inGroup == CHIPS_PER_GROUP + 1) {
                    CompareViewModel.Presence g = group;
                    long more = vm.chips().stream().filter(x -> x.presence() == g).count() - CHIPS_PER_GROUP;
                    Button all = new Button("+" + more + " more");
                    all.getStyleClass().add("chip-more");
                    all.setFocusTraversable(false);
                    all.setOnAction(e -> {
                        expanded.add(g);
                        buildChips();
                    });
                    chips.getChildren().add(all);
                }
                continue;
            }
            if (c.presence() != group) {
                inGroup = 1;
                group = c.presence();
                Label heading = new Label(switch (group) {
                    case BOTH -> "In both:";
                    case ONLY_LEFT -> "Only left:";
                    case ONLY_RIGHT -> "Only right:";
                });
                heading.getStyleClass().add("chip-heading");
                chips.getChildren().add(heading);
            }
            Button b = new Button(c.name());
            b.getStyleClass().addAll("entity-chip", "chip-" + c.type().name().toLowerCase(Locale.ROOT),
                    "chip-" + c.presence().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (c.key().equals(focus)) b.getStyleClass().add("chip-focused");
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.toggleFocus(c));
            chips.getChildren().add(b);
        }
    }

    private void buildMetadata() {
        metadata.getChildren().clear();
        int row = 0;
        for (CompareViewModel.MetaRow r : vm.metadata()) {
            Label name = new Label(Character.toUpperCase(r.field().charAt(0)) + r.field().substring(1));
            name.getStyleClass().add("meta-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label left = new Label(r.left() == null ? "—" : r.left());
            Label right = new Label(r.right() == null ? "—" : r.right());
            for (Label v : List.of(left, right)) {
                v.getStyleClass().add(r.same() ? "meta-same" : "meta-differs");
                v.setMaxWidth(380);
            }
            metadata.addRow(row++, name, left, right);
        }
    }

    private void buildDates() {
        dates.getChildren().clear();
        for (String line : vm.dateLines()) {
            Label l = new Label(line);
            l.getStyleClass().add(line.startsWith("≠") ? "date-disagree" : "date-agree");
            l.setMinWidth(Region.USE_PREF_SIZE);
            dates.getChildren().add(l);
        }
    }
}
