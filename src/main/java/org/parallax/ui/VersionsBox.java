package org.parallax.ui;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.parallax.app.StoryService;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;

/**
 * The reader header's story links: the open article's other versions (open, or compare side by side, with the one
 * similarity figure) and, as a level of its own, the articles of the same thread.
 */
final class VersionsBox {
    private VersionsBox() {
    }

    static String outletOf(ArticleSummary a) {
        return a.outlet() == null || a.outlet().isBlank() ? "" : " — " + a.outlet();
    }

    /** Fills the reader header's "Other versions of this story" with links that open or compare each version. */
    static void fill(VBox box, MainViewModel vm) {
        box.getChildren().clear();
        Article open = vm.reader().getArticle();
        boolean any = open != null && (!vm.otherVersions().isEmpty() || !vm.sameThread().isEmpty());
        box.setVisible(any);
        box.setManaged(any);
        if (!any) return;
        Label heading = new Label("Other versions of this story");
        heading.getStyleClass().add("versions-heading");
        if (!vm.otherVersions().isEmpty()) box.getChildren().add(heading);
        for (StoryService.Version v : vm.otherVersions()) {
            Hyperlink title = new Hyperlink(v.article().title() + outletOf(v.article()));
            title.getStyleClass().add("version-title");
            title.setOnAction(e -> vm.library().open(v.article().id()));
            Label sim = new Label(String.format(Locale.ROOT, "%.0f%% similar", v.similarity() * 100));
            sim.getStyleClass().add("version-similarity");
            Hyperlink cmp = new Hyperlink("Compare side by side");
            cmp.getStyleClass().add("version-compare");
            cmp.setOnAction(e -> vm.compare(open.id(), v.article().id()));
            sim.setMinWidth(Region.USE_PREF_SIZE);
            cmp.setMinWidth(Region.USE_PREF_SIZE);
            title.setMinWidth(80);
            HBox row = new HBox(6, title, sim, cmp);
            row.setAlignment(Pos.BASELINE_LEFT);
            box.getChildren().add(row);
        }
        if (vm.sameThread().isEmpty()) return;
        // other events or follow-ups on the same subject: a level of its own, never listed as versions of this story
        Label thread = new Label("Same thread (other events and follow-ups)");
        thread.getStyleClass().add("versions-heading");
        box.getChildren().add(thread);
        for (ArticleSummary a : vm.sameThread()) {
            Hyperlink title = new Hyperlink(a.title() + outletOf(a) + (a.published() == null ? "" : ", " + a.published()));
            title.getStyleClass().add("version-title");
            title.setOnAction(e -> vm.library().open(a.id()));
            box.getChildren().add(title);
        }
    }
}
