package org.parallax.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

import org.parallax.ingest.ImportService;
import org.parallax.nlp.Recognizer;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Builds every service once, by hand, for one library file, and closes them together. The window and the
 * command line both start here; nothing else creates services.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ArticleRepository articles;
    private final ImportService imports;
    private volatile NlpService nlp;
    private final AnnotationService annotations;

    private AppContext(Database database) {
        this.database = database;
        this.articles = new ArticleRepository(database);
        this.imports = new ImportService(articles);
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
                    nlp = new NlpService(database, articles, r);
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
