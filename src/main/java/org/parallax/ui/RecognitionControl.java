package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parallax.app.NlpService;
import org.parallax.app.Settings;
import org.parallax.app.StoryService;
import org.parallax.model.Article;
import org.parallax.ui.common.TaskRunner;

/**
 * The main window's say over background recognition: the article being read (and then its story) goes first, the
 * user may pause and resume (remembered in {@link Settings}), and the status bar shows the library's overall progress
 * from the store ("Entities: 5,200 of 100,000 articles recognised — paused"). Part of {@link MainViewModel}.
 */
public final class RecognitionControl {
    private static final Logger LOG = Logger.getLogger(RecognitionControl.class.getName());
    private final TaskRunner runner;
    private final Settings settings;
    private final ReadOnlyObjectProperty<Article> open;
    private final Runnable resume;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    /** Set and read on the FX thread. */
    private NlpService nlp;

    /** {@code resume} runs the queue again (MainViewModel's recognisePending) when the user resumes. */
    RecognitionControl(TaskRunner runner, Settings settings, ReadOnlyObjectProperty<Article> open, Runnable resume) {
        this.runner = runner;
        this.settings = settings;
        this.open = open;
        this.resume = resume;
        paused.set(settings.recognitionPaused());
        open.addListener((o, was, now) -> {
            if (now != null && nlp != null) nlp.prioritise(now.id());
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

    /** Reads the overall counts again (after a run, a pause). */
    void refresh() {
        NlpService queue = nlp;
        if (queue == null) return;
        runner.run("Counting recognised articles", p -> queue.progress(),
                o -> status.set(o.describe() + (queue.isPaused() ? " — paused" : "")),
                error -> LOG.log(Level.WARNING, "Cannot count the recognised articles", error));
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
