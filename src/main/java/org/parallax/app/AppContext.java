package org.parallax.app;

import java.nio.file.Path;

import org.parallax.ingest.ImportService;
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

    private AppContext(Database database) {
        this.database = database;
        this.articles = new ArticleRepository(database);
        this.imports = new ImportService(articles);
        this.compare = new CompareService(database, articles, new MentionRepository(database), new EntityRepository(database));
        this.stories = new StoryService(articles, compare);
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

    @Override
    public void close() {
        database.close();
    }
}
