package org.parallax.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

import org.parallax.ingest.ImportService;
import org.parallax.nlp.Recognizer;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.MentionRepository;

/**
 * Builds every service once, by hand, for one library file, and closes them together. The window and the
 * command line both start here; nothing else creates services.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ArticleRepository articles;
    private final ImportService imports;
    private final CompareService compare;
    private final StoryService stories;
    private volatile NlpService nlp;
    private final AnnotationService annotations;

    private AppContext(Database database) {
        this.database = database;
        this.articles = new ArticleRepository(database);
        this.imports = new ImportService(articles);
        this.compare = new CompareService(database, articles, new MentionRepository(database), new EntityRepository(database));
        this.stories = new StoryService(database, articles, compare);
        // the story index follows every import and delete (NLP changes: see nlp())
        imports.onImported(stories::imported);
        articles.onDelete(stories::deleting);
        this.annotations = new AnnotationService(database, articles);
    }

    /** Opens (creating and migrating if needed) the library at {@code libraryFile}. */
    public static AppContext open(Path libraryFile) {
        return new AppContext(Database.open(libraryFile));
    }

    public Database database() {
        return database;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public ImportService imports() {
        return imports;
    }

    public CompareService compare() {
        return compare;
    }

    public StoryService stories() {
        return stories;
    }

    /**
     * The entity-recognition queue, built on first use with the recogniser this build ships (found through
     * {@link ServiceLoader}); empty when there is none. The recogniser loads its models lazily, on the first article.
     */
    public Optional<NlpService> nlp() {
        if (nlp == null) {
            synchronized (this) {
                if (nlp == null) {
                    Recognizer r = ServiceLoader.load(Recognizer.class).findFirst().orElse(null);
                    if (r == null) return Optional.empty();
                    NlpService made = new NlpService(database, articles, r);
                    made.onStored(stories::nlpChanged);
                    nlp = made;
                }
            }
        }
        return Optional.of(nlp);
    }

    /** Hand annotation, notes and the session's undo stack (one per window). */
    public AnnotationService annotations() {
        return annotations;
    }

    @Override
    public void close() {
        database.close();
    }
}
