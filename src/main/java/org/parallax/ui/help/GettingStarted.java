package org.parallax.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

/**
 * Help ▸ Getting started: the bundled page {@code getting-started.md} (no network needed) shown as text, its
 * {@code #} lines as headings and {@code -} lines as bullets.
 */
public final class GettingStarted {
    /** The page's resource, beside this class. */
    public static final String RESOURCE = "getting-started.md";

    private GettingStarted() {
    }

    /** The page's Markdown source. */
    public static String text() {
        try (InputStream in = Objects.requireNonNull(GettingStarted.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + RESOURCE, e);
        }
    }

    /** The page as styled text runs. */
    public static TextFlow render(String markdown) {
        TextFlow flow = new TextFlow();
        flow.setId("gettingStarted");
        flow.setLineSpacing(3);
        flow.setPadding(new javafx.geometry.Insets(4, 12, 4, 12)); // the dialog pane has no inner margin of its own
        for (String line : markdown.split("\n", -1)) {
            Text t;
            if (line.startsWith("#")) {
                t = new Text(line.replaceFirst("^#+\\s*", "") + "\n");
                t.setStyle("-fx-font-weight: bold; -fx-font-size: 1.2em;");
            } else if (line.startsWith("- ")) {
                t = new Text("  •  " + line.substring(2).replace("**", "") + "\n");
            } else {
                t = new Text(line.replace("**", "") + "\n");
            }
            t.getStyleClass().add("getting-started-text");
            t.setStyle(t.getStyle() + "-fx-fill: -color-fg-default;");
            flow.getChildren().add(t);
        }
        return flow;
    }

    /** Shows the page over {@code owner}. */
    public static Dialog<Void> show(Window owner) {
        TextFlow flow = render(text());
        flow.setPrefWidth(620);
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        Dialog<Void> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle("Getting started");
        d.setResizable(true);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
        return d;
    }
}
