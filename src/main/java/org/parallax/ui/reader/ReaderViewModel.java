package org.parallax.ui.reader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parallax.model.Article;
import org.parallax.model.ArticleMeta;
import org.parallax.store.ArticleRepository;
import org.parallax.ui.common.TaskRunner;

/**
 * The reader pane's state: the open article, its header lines, the displayed {@link ReaderDocument} and its related
 * links. {@link #open(long)} loads an article through the task runner; a newer request wins over an older one.
 */
public final class ReaderViewModel {
    public static final String NOTHING_OPEN = "No article open";
    public static final String NOTHING_OPEN_HINT =
            "Choose an article in the library, or import files with File ▸ Import files… (Ctrl+O).";
    /** What the reader, the status line and every refused action say about an article another process deleted. */
    public static final String DELETED = "This article was deleted by another program";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ArticleRepository articles;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyObjectWrapper<ReaderDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", NOTHING_OPEN);
    private final ReadOnlyStringWrapper byline = new ReadOnlyStringWrapper(this, "byline", NOTHING_OPEN_HINT);
    private final ReadOnlyStringWrapper relatedText = new ReadOnlyStringWrapper(this, "relatedText", "");
    private final ReadOnlyBooleanWrapper hasRelated = new ReadOnlyBooleanWrapper(this, "hasRelated");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight");
    private final ReadOnlyBooleanWrapper deleted = new ReadOnlyBooleanWrapper(this, "deleted");
    private final ReadOnlyIntegerWrapper refreshCount = new ReadOnlyIntegerWrapper(this, "refreshCount");
    private long requested = -1;

    /** An article range to scroll to and mark (a calendar event's source sentence), in article offsets. */
    public record Highlight(long articleId, int start, int end) {
    }

    public ReaderViewModel(ArticleRepository articles, TaskRunner runner) {
        this.articles = articles;
        this.runner = runner;
    }

    /** Loads article {@code id} in the background and shows it; an id that is gone clears the reader. */
    public void open(long id) {
        Article current = article.get();
        if (current != null && current.id() == id) return;
        requested = id;
        loading.set(true);
        runner.run("Opening article " + id, p -> articles.get(id).map(a -> new Loaded(a, ReaderDocument.of(a))),
                (Optional<Loaded> loaded) -> {
                    if (requested != id) return;
                    loading.set(false);
                    loaded.ifPresentOrElse(this::show, this::clear);
                },
                error -> {
                    if (requested != id) return;
                    loading.set(false);
                    clear();
                    title.set("This article could not be opened");
                    byline.set(TaskRunner.reason(error));
                });
    }

    /** Opens article {@code id} scrolled to {@code [start, end)} with that range highlighted. */
    public void openAt(long id, int start, int end) {
        highlight.set(new Highlight(id, start, end));
        open(id);
    }

    /** The range to mark once its article is shown; null when none. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    private record Loaded(Article article, ReaderDocument document) {
    }

    private void show(Loaded l) {
        Article a = l.article();
        document.set(l.document());
        title.set(a.title());
        byline.set(byline(a.meta()));
        relatedText.set(String.join("\n", l.document().relatedLinks()));
        hasRelated.set(!l.document().relatedLinks().isEmpty());
        deleted.set(false);
        article.set(a);
    }

    /**
     * Says in the header that the open article, if it is {@code id}, is gone from the library (another process deleted
     * it); its text stays readable until another article is opened. Edits on it are refused with {@link #DELETED}.
     */
    public void markDeleted(long id) {
        Article a = article.get();
        if (a == null || a.id() != id || deleted.get()) return;
        deleted.set(true);
        byline.set(DELETED + ". Its text stays here until you open another article.");
    }

    /** Whether the open article was deleted by another process ({@link #markDeleted}). */
    public ReadOnlyBooleanProperty deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    /**
     * Tells the layers over the reader (highlights, entity panel) that the open article's mentions changed, for
     * example when the background recognition finished; the article itself is immutable and stays.
     */
    public void refresh() {
        refreshCount.set(refreshCount.get() + 1);
    }

    /** Counts {@link #refresh()} calls; layers listen to it to reload what they show. */
    public ReadOnlyIntegerProperty refreshCountProperty() {
        return refreshCount.getReadOnlyProperty();
    }

    /** Empties the reader (the open article was deleted, or none is chosen). */
    public void clear() {
        requested = -1;
        deleted.set(false);
        highlight.set(null);
        article.set(null);
        document.set(null);
        title.set(NOTHING_OPEN);
        byline.set("");
        relatedText.set("");
        hasRelated.set(false);
    }

    /** The header's second line: outlet, author and date, with what is unknown or made up said plainly. */
    public static String byline(ArticleMeta m) {
        List<String> parts = new ArrayList<>();
        if (notBlank(m.outlet())) parts.add(m.outlet().strip());
        if (notBlank(m.author())) parts.add("by " + m.author().strip());
        LocalDate d = m.published();
        parts.add(d == null ? "(date unknown)" : DATE.format(d));
        String line = String.join(" · ", parts);
        return m.titleDerived() ? line + " · (title derived)" : line;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Article getArticle() {
        return article.get();
    }

    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bylineProperty() {
        return byline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty relatedTextProperty() {
        return relatedText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasRelatedProperty() {
        return hasRelated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
