package org.parallax.ui.annotate;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.parallax.text.Markdown;

/**
 * A note's Markdown shown as styled text: headings, bullet and numbered items, quotes and paragraphs with bold, italic
 * and code runs, and links followed by their address, read by the same {@link Markdown} the PDF report prints notes
 * with, so the editor's preview, the notes list and the PDF agree. Styling is by class ({@code md-bold}, {@code md-heading}...)
 * in annotate.css.
 */
public final class MarkdownFlow {
    private MarkdownFlow() {
    }

    /** Replaces what {@code flow} shows with {@code markdown}. */
    public static void fill(TextFlow flow, String markdown) {
        List<Text> out = new ArrayList<>();
        boolean first = true;
        for (Markdown.Block b : Markdown.blocks(markdown == null ? "" : markdown)) {
            if (!first) out.add(text("\n", "md-break"));
            first = false;
            switch (b.kind()) {
                case HEADING -> spans(out, b.text(), "md-heading");
                case ITEM -> {
                    out.add(text(b.marker().matches("[-*+]") ? "•  " : b.marker() + " ", "md-bullet"));
                    spans(out, b.text(), null);
                }
                case QUOTE -> {
                    out.add(text("▎ ", "md-quote-bar"));
                    spans(out, b.text(), "md-quote");
                }
                case CODE -> out.add(text(b.text(), "md-code"));
                case PARAGRAPH, IMAGE -> spans(out, b.text(), null);
            }
        }
        flow.getChildren().setAll(out);
    }

    /** The plain words of {@code markdown}, block by block on lines of their own (for lists and accessibility). */
    public static String plain(String markdown) {
        StringBuilder b = new StringBuilder();
        for (Markdown.Block block : Markdown.blocks(markdown == null ? "" : markdown)) {
            if (b.length() > 0) b.append('\n');
            if (block.kind() == Markdown.Kind.ITEM) b.append(block.marker().matches("[-*+]") ? "• " : block.marker() + " ");
            b.append(block.kind() == Markdown.Kind.CODE ? block.text() : Markdown.plain(block.text()));
        }
        return b.toString();
    }

    private static void spans(List<Text> out, String s, String blockClass) {
        for (Markdown.Span m : Markdown.inline(s)) {
            boolean link = m.url() != null && !m.url().isEmpty() && !m.url().equals(m.text());
            Text t = text(link ? m.text() + " (" + m.url() + ")" : m.text(), blockClass);
            if (m.bold()) t.getStyleClass().add("md-bold");
            if (m.italic()) t.getStyleClass().add("md-italic");
            if (m.code()) t.getStyleClass().add("md-code");
            if (link) t.getStyleClass().add("md-link");
            out.add(t);
        }
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        if (styleClass != null) t.getStyleClass().add(styleClass);
        return t;
    }
}
