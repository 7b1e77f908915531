package org.parallax.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;

import org.parallax.annotation.Annotations;
import org.parallax.calendar.CalendarService;
import org.parallax.feeds.FeedService;
import org.parallax.feeds.WebFeedHttp;
import org.parallax.feeds.WebPageImporter;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.Importers;
import org.parallax.nlp.Recognizer;
import org.parallax.store.ArticleRepository;
import org.parallax.store.ChangeWatcher;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.FeedRepository;
import org.parallax.store.LibraryAddress;
import org.parallax.store.MentionRepository;
import org.parallax.store.NlpStateRepository;
import org.parallax.store.NoteRepository;
import org.parallax.store.PostgresDatabase;
import org.parallax.store.SnapshotRepository;
import org.parallax.store.StoryRepository;
import org.parallax.web.Fetcher;
import org.parallax.web.WebImportService;

/**
 * The one composition root: builds every service and repository once, by hand, for one library file, hands out the
 * same instances on every call, and closes them together. The window and every command start here; nothing else
 * creates services or repositories (ArchitectureTest holds this).
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final EventRepository events;
    private final NoteRepository notes;
    private final NlpStateRepository nlpStates;
    private final ImportService imports;
    private final CompareService compare;
    private final StoryService stories;
    private final CalendarService calendar;
    private final Annotations annotations;
    private final ChangeWatcher changes;
    private final SnapshotRepository snapshots;
    private volatile Fetcher fetcher;
    private volatile WebImportService web;
    private final FeedService feeds;
    private final FeedRepository feedEntries;
    private volatile ReportService reports;
    private volatile NlpService nlp;
    /** Whether the recogniser was looked for; {@link #nlp} stays null when none ships. */
    private volatile boolean nlpLooked;

    private AppContext(Database database) {
        this.database = database;
        this.articles = new ArticleRepository(database);
        this.mentions = new MentionRepository(database);
        this.entities = new EntityRepository(database);
        this.events = new EventRepository(database);
        this.notes = new NoteRepository(database);
        this.nlpStates = new NlpStateRepository(database); // recognition's state per article, and the language said for it
        this.feedEntries = new FeedRepository(database); // the window's unread counts and read marks
        this.imports = new ImportService(articles);
        this.compare = new CompareService(database, articles, mentions, entities);
        this.stories = new StoryService(database, new StoryRepository(database), articles, compare);
        // the story index follows every delete (NLP changes: see nlp()); new articles are placed at the next question
        articles.onDelete(stories::deleting);
        this.calendar = new CalendarService(database, articles);
        this.annotations = new Annotations(database, articles, ManualDates::resolve, Clock.systemUTC());
        this.changes = new ChangeWatcher(database, ChangeWatcher.DEFAULT_INTERVAL);
        this.snapshots = new SnapshotRepository(database, articles);
        // feeds fetch through the one Fetcher (its per-host limit shared with link imports) and import pages as links do
        this.feeds = new FeedService(new FeedRepository(database), new WebFeedHttp(this::fetcher),
                new WebPageImporter(this::web, ImportService.DEFAULT_MAX_BYTES, articles, Clock.systemUTC()), Clock.systemUTC());
    }

    /** Opens (creating and migrating if needed) the library at {@code libraryFile}. */
    public static AppContext open(Path libraryFile) {
        return new AppContext(Database.open(libraryFile));
    }

    /** Over a library already opened (a test opens one as another person); closing the context closes it. */
    public static AppContext of(Database database) {
        return new AppContext(database);
    }

    /**
     * Opens (creating and migrating if needed) the library at {@code address}, a file or a server library; a server
     * asking for a password the driver did not find in {@code ~/.pgpass} makes {@code passwords} ask (may be null).
     */
    public static AppContext open(LibraryAddress address, PostgresDatabase.Passwords passwords) {
        if (address instanceof LibraryAddress.Server server) return new AppContext(PostgresDatabase.open(server, passwords));
        return open(((LibraryAddress.File) address).path());
    }

    public Database database() {
        return database;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public MentionRepository mentions() {
        return mentions;
    }

    public EntityRepository entities() {
        return entities;
    }

    public EventRepository events() {
        return events;
    }

    public NoteRepository notes() {
        return notes;
    }

    /** Each article's recognition state, and the language the user said it is in ({@code recognise-as}, {@code mentions}). */
    public NlpStateRepository nlpStates() {
        return nlpStates;
    }

    public ImportService imports() {
        return imports;
    }

    /**
     * An import service that refuses files over {@code maxBytes} (the command line's {@code --max-size}); the shared
     * {@link #imports()} when that is the default limit, else one built for this call.
     */
    public ImportService imports(long maxBytes) {
        if (maxBytes == ImportService.DEFAULT_MAX_BYTES) return imports;
        return new ImportService(articles, Importers.defaults(), maxBytes, Clock.systemUTC());
    }

    /** What was fetched for articles imported from links: snapshots and images (read by the reader). */
    public SnapshotRepository snapshots() {
        return snapshots;
    }

    /** Import from web links and re-extraction from snapshots; built on first use (its HTTP client starts a thread). */
    public WebImportService web() {
        WebImportService w = web;
        if (w == null) {
            synchronized (this) {
                w = web;
                if (w == null) {
                    web = w = new WebImportService(articles, snapshots, stories::deleting, fetcher(), Clock.systemUTC());
                }
            }
        }
        return w;
    }

    /** The one HTTP fetcher (links, images, feeds), built on first use: its client starts a thread. */
    private synchronized Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = new Fetcher("Parallax/" + AppInfo.version() + " (desktop news reader; one request per article)",
                    Fetcher.Limits.defaults(ImportService.DEFAULT_MAX_BYTES), Clock.systemUTC());
        }
        return fetcher;
    }

    public CompareService compare() {
        return compare;
    }

    public StoryService stories() {
        return stories;
    }

    public CalendarService calendar() {
        return calendar;
    }

    /** PDF and Markdown reports with the user's notes; built on first use, since the window needs it only on export. */
    public ReportService reports() {
        ReportService r = reports;
        if (r == null) {
            synchronized (this) {
                r = reports;
                if (r == null) reports = r = new ReportService(this);
            }
        }
        return r;
    }

    /**
     * The entity-recognition queue, built on first use with the recogniser this build ships (found through
     * {@link ServiceLoader}); empty when there is none. Finding it loads CoreNLP's classes, so call it off the FX
     * thread; the recogniser loads its models lazily, on the first article.
     */
    public Optional<NlpService> nlp() {
        if (!nlpLooked) {
            synchronized (this) {
                if (!nlpLooked) {
                    Recognizer r = ServiceLoader.load(Recognizer.class).findFirst().orElse(null);
                    if (r != null) {
                        NlpService made = new NlpService(database, articles, r);
                        made.onBatchStored(stories::nlpChanged);
                        nlp = made;
                    }
                    nlpLooked = true;
                }
            }
        }
        return Optional.ofNullable(nlp);
    }

    /**
     * A recognition queue on this library with {@code recognizer} instead of the shipped one (the command line's
     * injected recogniser, a test's sample one); built for this call, not shared.
     */
    public NlpService nlp(Recognizer recognizer) {
        NlpService made = new NlpService(database, articles, recognizer);
        made.onBatchStored(stories::nlpChanged);
        return made;
    }

    /** Hand annotation, notes, suggestions, annotation import and the session's undo history (one per window). */
    public Annotations annotations() {
        return annotations;
    }

    /** What other processes write to the library; polls only once the window {@link ChangeWatcher#start starts} it. */
    public ChangeWatcher changes() {
        return changes;
    }

    /** Feed subscriptions: add, refresh, remove, OPML. */
    public FeedService feeds() {
        return feeds;
    }

    /** Feed entries as the window reads them: the articles of a feed, and marking an article's entries read. */
    public FeedRepository feedEntries() {
        return feedEntries;
    }

    /** Closes the library; every service handed out shares its connection, so they all stop working together. */
    @Override
    public void close() {
        changes.close();
        database.close();
    }
}
