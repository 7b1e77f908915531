package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parallax.app.NlpService;
import org.parallax.app.Settings;
import org.parallax.app.StoryService;
import org.parallax.model.Article;
import org.parallax.model.RecognitionLanguage;
import org.parallax.store.ArticleRepository;
import org.parallax.ui.common.TaskRunner;

/**
 * The main window's say over background recognition: the article being read (and then its story) goes first, the
 * user may pause and resume (remembered in {@link Settings}), and the status bar shows the library's overall progress
 * from the store ("Entities: 5,200 of 100,000 articles recognised — paused"), and Article ▸ Recognise as says which
 * language the open article is in when its own words mislead. Part of {@link MainViewModel}.
 */
public final class RecognitionControl {
    private static final Logger LOG = Logger.getLogger(RecognitionControl.class.getName());
    private final TaskRunner runner;
    private final Settings settings;
    private final ReadOnlyObjectProperty<Article> open;
    private final Runnable resume;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyStringWrapper failures = new ReadOnlyStringWrapper(this, "failures", "");
    private final ReadOnlyObjectWrapper<RecognitionLanguage> language =
            new ReadOnlyObjectWrapper<>(this, "language", RecognitionLanguage.FROM_TEXT);
    private final ArticleRepository articles;
    private final Consumer<String> message;
    /** Set and read on the FX thread. */
    private NlpService nlp;

    /**
     * {@code resume} runs the queue again (MainViewModel's recognisePending) when the user resumes or requeues failed
     * articles; {@code message} shows a line in the status bar.
     */
    RecognitionControl(TaskRunner runner, Settings settings, ArticleRepository articles, ReadOnlyObjectProperty<Article> open,
            Runnable resume, Consumer<String> message) {
        this.runner = runner;
        this.articles = articles;
        this.message = message;
        this.settings = settings;
        this.open = open;
        this.resume = resume;
        paused.set(settings.recognitionPaused());
        open.addListener((o, was, now) -> {
            if (now != null && nlp != null) nlp.prioritise(now.id());
            if (was == null || now == null || was.id() != now.id()) readLanguage(now);
        });
    }

    /** Takes the queue once loaded: applies the remembered pause, puts the open article first, shows the counts. */
    void attach(NlpService queue) {
        nlp = queue;
        if (paused.get()) queue.pause();
        if (open.get() != null) queue.prioritise(open.get().id());
        refresh();
    }

    /** Puts the article and the other versions of its story first. */
    void prioritise(long articleId, List<StoryService.Version> story) {
        if (nlp == null) return;
        List<Long> ids = new ArrayList<>(List.of(articleId));
        story.forEach(v -> ids.add(v.article().id()));
        nlp.prioritise(ids);
    }

    /** Reads the overall counts and the failures again (after a run, a pause). */
    void refresh() {
        NlpService queue = nlp;
        if (queue == null) return;
        runner.run("Counting recognised articles", p -> queue.progress(),
                o -> status.set(o.describe() + (queue.isPaused() ? " — paused" : "")),
                error -> LOG.log(Level.WARNING, "Cannot count the recognised articles", error));
        runner.run("Counting failed articles", p -> queue.failures(),
                f -> failures.set(f.failed() == 0 ? "" : "Entities: " + f.describe(2)),
                error -> LOG.log(Level.WARNING, "Cannot count the failed articles", error));
    }

    /** Puts every article whose recognition failed back in the queue (View ▸ Retry failed recognition) and runs it. */
    void retryFailed() {
        NlpService queue = nlp;
        if (queue == null) return;
        // a recognition run in progress picks the requeued articles up itself before it ends
        runner.run("Queueing failed articles again", p -> queue.retryFailed(), n -> {
            failures.set("");
            message.accept(n == 1 ? "1 failed article queued again" : n + " failed articles queued again");
            resume.run();
        }, error -> message.accept("Cannot queue the failed articles again: " + TaskRunner.reason(error)));
    }

    private void readLanguage(Article a) {
        language.set(RecognitionLanguage.FROM_TEXT);
        if (a == null) return;
        long id = a.id();
        runner.run("Reading the article's language", p -> articles.recognitionLanguage(id), l -> {
            if (isOpen(id)) language.set(l);
        }, error -> LOG.log(Level.WARNING, "Cannot read the language of article " + id, error));
    }

    private boolean isOpen(long id) {
        return open.get() != null && open.get().id() == id;
    }

    /**
     * Article ▸ Recognise as: says which language the open article is in (stored in the library) and recognises it again,
     * first in the queue; the reader shows the new entities when that is done. The menu shows the choice at once and
     * goes back when the library refuses it.
     */
    public void recogniseAs(RecognitionLanguage choice) {
        Article a = open.get();
        NlpService queue = nlp;
        RecognitionLanguage before = language.get();
        if (a == null || choice == null || choice == before) return;
        if (queue == null) {
            message.accept("Recognition is still loading: choose Recognise as again in a moment");
            language.set(before);
            return;
        }
        long id = a.id();
        language.set(choice);
        runner.run("Setting the article's language", p -> queue.states().setRecognitionLanguage(id, choice), changed -> {
            message.accept("\u201c" + a.title() + "\u201d " + switch (choice) {
                case ENGLISH -> "is recognised as English";
                case OTHER -> "is taken as another language: its recognised entities are removed";
                case FROM_TEXT -> "is recognised in the language its text reads as";
            } + (paused.get() ? " when recognition resumes" : ""));
            queue.prioritise(id);
            resume.run();
        }, error -> {
            if (isOpen(id)) language.set(before);
            message.accept("Cannot set the language of \u201c" + a.title() + "\u201d: " + TaskRunner.reason(error));
        });
    }

    /** The language the open article is recognised as (Article ▸ Recognise as); FROM_TEXT when none is open. */
    public ReadOnlyObjectProperty<RecognitionLanguage> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /** The failed-recognition line for the status bar ("Entities: 2 articles failed (...)"), empty when none failed. */
    public ReadOnlyStringProperty failuresProperty() {
        return failures.getReadOnlyProperty();
    }

    /** View ▸ Pause recognition / Resume recognition. A run in progress stops after its current article or piece. */
    public void toggle() {
        boolean pause = !paused.get();
        paused.set(pause);
        settings.setRecognitionPaused(pause);
        if (nlp == null) return;
        if (pause) {
            nlp.pause();
            refresh();
        } else {
            nlp.resume();
            resume.run();
        }
    }

    public boolean isPaused() {
        return paused.get();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
