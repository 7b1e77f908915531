package org.parallax.ui.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import org.parallax.model.Article;
import org.parallax.model.ArticleImage;
import org.parallax.model.ArticleMeta;
import org.parallax.store.ArticleRepository;
import org.parallax.ui.common.NavigationHistory;
import org.parallax.ui.common.TaskRunner;

/**
 * The reader pane's state: the open article, its header lines, the displayed {@link ReaderDocument} and its related
 * links. {@link #open(long)} loads an article through the task runner; a newer request wins over an older one.
 * An article imported from a link brings its stored images ({@link #figures()}), decoded in the background from the
 * library's bytes at most {@value #FIGURE_HEIGHT} pixels high, so they show offline. Every open and jump is kept
 * in one {@link NavigationHistory}; {@link #back()} and {@link #forward()} (Alt+Left, Alt+Right) walk it.
 */
public final class ReaderViewModel {
    public static final String NOTHING_OPEN = "No article open";
    public static final String NOTHING_OPEN_HINT =
            "Choose an article in the library, or import files with File ▸ Import files… (Ctrl+O).";
    /** What the reader, the status line and every refused action say about an article another process deleted. */
    public static final String DELETED = "This article was deleted by another program";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The tallest a stored image is decoded (and shown) in the reader's strip of figures. */
    public static final int FIGURE_HEIGHT = 180;
    private static final Logger LOG = Logger.getLogger(ReaderViewModel.class.getName());
    private final ArticleRepository articles;
    private final LongFunction<List<ArticleImage>> images;
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    /** One read-only view kept: a wrapper made per call listens weakly, so its listeners could be collected with it. */
    private final ObservableList<Figure> figuresView = FXCollections.unmodifiableObservableList(figures);
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
    private final NavigationHistory history = new NavigationHistory();
    /** The article offset at the top of the reader's viewport, given by the view; 0 until it gives one. */
    private IntSupplier position = () -> 0;
    private long jumps;

    /**
     * How a jump shows its range: {@code FLASH} puts the caret at its start and flashes it briefly, {@code SELECT}
     * selects it (a mention or a noted passage, ready for a mark), {@code SCROLL} only scrolls its start to the top.
     */
    public enum Mark { FLASH, SELECT, SCROLL }

    /**
     * An article range to scroll to and show (a calendar event's source sentence), in article offsets; {@code seq}
     * tells two jumps to the same range apart. The view shows it once and then calls {@link #shown(Highlight)}.
     */
    public record Highlight(long articleId, int start, int end, Mark mark, long seq) {
    }

    /** One stored image as the reader shows it: decoded, with its caption (may be null) and where it came from. */
    public record Figure(Image image, String caption, String url) {
    }

    public ReaderViewModel(ArticleRepository articles, TaskRunner runner) {
        this(articles, id -> List.of(), runner);
    }

    /** A reader whose articles' stored images come from {@code images} (the library's snapshots). */
    public ReaderViewModel(ArticleRepository articles, LongFunction<List<ArticleImage>> images, TaskRunner runner) {
        this.articles = articles;
        this.images = images;
        this.runner = runner;
    }

    /** Loads article {@code id} in the background and shows it; an id that is gone clears the reader. */
    public void open(long id) {
        open(id, "library");
    }

    /** {@link #open(long)}, kept in the history as opened from {@code view}. */
    public void open(long id, String view) {
        Article current = article.get();
        if (current != null && current.id() == id) return;
        leave();
        history.visit(new NavigationHistory.Entry(id, 0, 0, view));
        highlight.set(null);
        load(id);
    }

    /** Reads the open article again and shows it (its text was extracted again); nothing when none is open. */
    public void reload() {
        Article current = article.get();
        if (current != null) load(current.id());
    }

    private void load(long id) {
        requested = id;
        loading.set(true);
        runner.run("Opening article " + id, p -> articles.get(id).map(a -> new Loaded(a, ReaderDocument.of(a), decode(images.apply(id)))),
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

    /** Opens article {@code id} scrolled to {@code [start, end)}, caret there and the range flashed briefly. */
    public void openAt(long id, int start, int end) {
        openAt(id, start, end, "jump", Mark.FLASH);
    }

    /** Opens article {@code id} at {@code [start, end)} shown as {@code mark}, kept in the history as from {@code view}. */
    public void openAt(long id, int start, int end, String view, Mark mark) {
        leave();
        history.visit(new NavigationHistory.Entry(id, start, end, view));
        go(id, start, end, mark);
    }

    private void go(long id, int start, int end, Mark mark) {
        highlight.set(new Highlight(id, start, end, mark, ++jumps));
        Article current = article.get();
        if (current == null || current.id() != id || requested != id) load(id);
    }

    /** Goes back to the place before the current one (Alt+Left); false when there is none. */
    public boolean back() {
        leave();
        return history.back().map(this::restore).orElse(false);
    }

    /** Goes forward again after {@link #back()} (Alt+Right); false when there is nowhere to go. */
    public boolean forward() {
        leave();
        return history.forward().map(this::restore).orElse(false);
    }

    private boolean restore(NavigationHistory.Entry e) {
        go(e.articleId(), e.start(), e.end(), e.isRange() ? Mark.FLASH : Mark.SCROLL);
        return true;
    }

    /** Remembers where the open article is scrolled to in the current history place, so coming back lands there. */
    private void leave() {
        Article a = article.get();
        NavigationHistory.Entry now = history.current().orElse(null);
        if (a == null || now == null || now.articleId() != a.id() || requested != a.id()) return;
        int at = position.getAsInt();
        history.updateCurrent(new NavigationHistory.Entry(a.id(), at, at, now.view()));
    }

    /** The view gives the article offset at the top of its viewport, read when the reader leaves a place. */
    public void setPositionSource(IntSupplier source) {
        position = source;
    }

    /** The reader's history of opens and jumps. */
    public NavigationHistory history() {
        return history;
    }

    /** The view showed {@code h}: it is not shown again (a later restyle or resize keeps the reader where it is). */
    public void shown(Highlight h) {
        if (highlight.get() == h) highlight.set(null);
    }

    /** The range to show once its article is shown; null when none is waiting. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    private record Loaded(Article article, ReaderDocument document, List<Figure> figures) {
    }

    /** Decodes stored images off the FX thread, no taller than {@link #FIGURE_HEIGHT}; one that fails is left out. */
    static List<Figure> decode(List<ArticleImage> stored) {
        List<Figure> out = new ArrayList<>();
        for (ArticleImage img : stored) {
            int height = height(img.bytes());
            // a larger image is decoded at the strip's height, so 24 camera photos never take a gigabyte
            Image decoded = height > FIGURE_HEIGHT || height < 0
                    ? new Image(new ByteArrayInputStream(img.bytes()), 0, FIGURE_HEIGHT, true, true)
                    : new Image(new ByteArrayInputStream(img.bytes()));
            if (decoded.isError() || decoded.getWidth() <= 0) {
                LOG.fine(() -> "Cannot show image " + img.url() + " of article " + img.articleId());
                continue;
            }
            out.add(new Figure(decoded, img.caption(), img.url()));
        }
        return out;
    }

    /** An image's height read from its header, or -1 when the header cannot be read. */
    private static int height(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return -1;
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return r.getHeight(0);
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot read an image header", e);
            return -1;
        }
    }

    private void show(Loaded l) {
        Article a = l.article();
        figures.setAll(l.figures());
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
        figures.clear();
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

    /** The open article's stored images, in page order; empty for an article not imported from a link. */
    public ObservableList<Figure> figures() {
        return figuresView;
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
