package org.parallax.ui.reader;

import java.time.Duration;
import java.util.Locale;

import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.parallax.model.Article;
import org.parallax.ui.common.EntityLegend;

/**
 * The reader's entity views, on top of a {@link ReaderView}: the type legend ({@code #entityLegend}) under the
 * header, a hover card ({@code #entityCard}) over highlighted mentions, and the side panel ({@code #entityPanel},
 * the {@link EntityPanelView} of entity-panel.fxml); clicking a mention there opens its article with the mention
 * selected. State lives in the {@link EntityPanelViewModel}; highlighting itself stays with the annotation layer,
 * which reads the legend.
 */
public final class EntityPanel {
    private final ReaderViewModel readerVm;
    private final EntityPanelViewModel vm;
    private final StyleClassedTextArea text;
    private final EntityLegend legend;
    private final EntityPanelView panel;
    private final Tooltip card = new Tooltip();

    public EntityPanel(ReaderView reader, ReaderViewModel readerVm, EntityPanelViewModel vm) {
        this.readerVm = readerVm;
        this.vm = vm;
        this.text = reader.textArea();
        this.legend = new EntityLegend(vm.legend());
        // beside the byline, wrapping its chips when the pane is narrow or the text large
        reader.metaRow().getChildren().add(legend);
        HBox.setHgrow(legend, Priority.ALWAYS);
        panel = EntityPanelView.load(vm, this::reveal);
        installHoverCard();
        readerVm.articleProperty().addListener((o, was, now) -> vm.open(now == null ? -1 : now.id()));
        readerVm.refreshCountProperty().addListener((o, was, now) -> vm.reload());
        Article open = readerVm.getArticle();
        vm.open(open == null ? -1 : open.id());
    }

    /** The side panel ({@code #entityPanel}). */
    public VBox panel() {
        return panel.root();
    }

    public EntityLegend legend() {
        return legend;
    }

    private void installHoverCard() {
        card.setId("entityCard");
        card.getStyleClass().add("entity-card");
        card.setWrapText(true);
        card.setMaxWidth(380);
        text.setMouseOverTextDelay(Duration.ofMillis(350));
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            ReaderDocument doc = readerVm.documentProperty().get();
            if (doc == null) return;
            int at = doc.toArticle(e.getCharacterIndex());
            vm.hoverAt(at).ifPresentOrElse(c -> {
                card.setText(c.text());
                card.getStyleClass().removeIf(s -> s.startsWith("entity-card-"));
                card.getStyleClass().add("entity-card-" + c.type().name().toLowerCase(Locale.ROOT));
                card.show(text, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 16);
            }, card::hide);
        });
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> card.hide());
    }

    /** The hover card, for tests: showing while the mouse rests on a mention. */
    public Tooltip card() {
        return card;
    }

    /** Opens a mention's article (if it is not open) and selects the mention there, as a jump kept in the history. */
    public void reveal(EntityPanelViewModel.MentionHit hit) {
        if (hit == null) return;
        readerVm.openAt(hit.articleId(), hit.start(), hit.end(), "entities", ReaderViewModel.Mark.SELECT);
        text.requestFocus();
    }
}
