package org.parallax.app;

import java.nio.file.Path;

import org.parallax.ingest.ImportService;
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

    /** Hand annotation, notes and the session's undo stack (one per window). */
    public AnnotationService annotations() {
        return annotations;
    }

    @Override
    public void close() {
        database.close();
    }
}
