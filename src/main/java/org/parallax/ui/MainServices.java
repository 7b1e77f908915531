package org.parallax.ui;

import java.util.Optional;
import java.util.function.Supplier;

import org.parallax.annotation.Annotations;
import org.parallax.app.AppContext;
import org.parallax.app.CompareService;
import org.parallax.app.NlpService;
import org.parallax.app.ReportService;
import org.parallax.app.StoryService;
import org.parallax.calendar.CalendarService;
import org.parallax.ingest.ImportService;
import org.parallax.store.ArticleRepository;
import org.parallax.store.EntityRepository;
import org.parallax.store.NoteRepository;
import org.parallax.ui.feeds.WebCapture;

/**
 * What the main window's view model is built with: the composition root's services, taken once by {@link #of}.
 * {@code recognition} finds the entity-recognition queue (empty when the build has none); it may load CoreNLP's
 * classes, so it is called only in the background. Tests swap one part with the {@code with...} methods. {@code web}
 * builds the link importer (its HTTP client starts a thread) on first use. {@code status} names the library and says
 * whether it is read-only.
 */
public record MainServices(ArticleRepository articles, NoteRepository notes, EntityRepository entities,
        ImportService imports, CompareService compare, StoryService stories, CalendarService calendar,
        Annotations annotations, ReportService reports, Supplier<Optional<NlpService>> recognition,
        WebCapture.Services web, LibraryStatus status) {

    /** The services of {@code context}, with its shipped recogniser. */
    public static MainServices of(AppContext context) {
        return new MainServices(context.articles(), context.notes(), context.entities(), context.imports(),
                context.compare(), context.stories(), context.calendar(), context.annotations(), context.reports(),
                context::nlp, new WebCapture.Services(context::web, context.snapshots(), context.feeds(), context.feedEntries(),
                        context.database().file()), LibraryStatus.of(context.database()));
    }

    /** The same with another import service (other importers or size limit). */
    public MainServices withImports(ImportService other) {
        return new MainServices(articles, notes, entities, other, compare, stories, calendar, annotations, reports,
                recognition, web, status);
    }

    /** The same with another way to find the recognition queue. */
    public MainServices withRecognition(Supplier<Optional<NlpService>> other) {
        return new MainServices(articles, notes, entities, imports, compare, stories, calendar, annotations, reports,
                other, web, status);
    }
}
