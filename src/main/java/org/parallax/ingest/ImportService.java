package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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

import org.parallax.model.ArticleDraft;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

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

    /**
     * Expands folders into the files they hold (recursively, sorted), keeping named files as given. A subfolder or file
     * that cannot be read is kept in the list as it is, so the import reports it with one line and goes on.
     */
    public List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                walk(p, found);
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * Adds the article files under {@code folder} to {@code found}, and each folder or file that could not be read
     * (Files.walk would give up on the whole tree at the first one). Symbolic links to files are followed, links to
     * folders are not, as before.
     */
    private static void walk(Path folder, List<Path> found) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (!f.getFileName().toString().startsWith(".") && FOLDER_EXTENSIONS.contains(extension(f))
                            && Files.isRegularFile(f)) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    LOG.log(Level.FINE, "Cannot read " + f, e);
                    if (Files.isDirectory(f) || FOLDER_EXTENSIONS.contains(extension(f))) found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        LOG.log(Level.FINE, "Cannot read all of folder " + dir, e);
                        found.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Cannot read folder " + folder, e);
            found.add(folder); // reported as a failure below
        }
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
                    // its transaction was rolled back whole: what the library held before is intact
                    if (e.getCause() instanceof Database.FullException) {
                        return ImportResult.failed(p.file(), "cannot store: the disk is full (nothing of this file was stored; "
                                + "free some space and import it again)");
                    }
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
        } catch (StackOverflowError e) {
            // a last guard: HTML nesting is flattened before extraction, but no file may take the batch down
            LOG.fine(() -> "Stack overflow reading " + file);
            return new Parsed(null, ImportResult.failed(file, "is nested too deeply to read"));
        }
    }

    /** Reads and parses one file without storing it. */
    public ArticleDraft parse(Path file) throws ImportException {
        SourceFile src = read(file);
        refuseBinary(src);
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

    /**
     * Refuses a file whose name promises text, Markdown, HTML or PDF but whose bytes are another format (a PNG renamed
     * {@code .html}) or binary data, by what its first bytes say, before an importer reads it as garbage. A PDF goes
     * to the PDF importer whatever its name; a file with another name goes to the importers, which refuse what they
     * do not read.
     */
    private static void refuseBinary(SourceFile src) throws ImportException {
        String expected = switch (extension(src.path())) {
            case "html", "htm", "xhtml" -> "an HTML page";
            case "md", "markdown" -> "a Markdown file";
            case "pdf" -> "a PDF";
            case "txt", "text", "" -> "text";
            default -> null;
        };
        if (expected == null) return;
        if (src.startsWithIgnoreCase("%PDF-")) return;
        String kind = src.binaryKind();
        if (kind != null) throw new ImportException("is " + kind + " (binary data), not " + expected);
        if (!expected.equals("a PDF") && src.looksBinary()) {
            throw new ImportException("holds binary data, not " + expected + " (is it an image or a program?)");
        }
    }

    /**
     * Reads a regular file of at most {@link #maxBytes}. A pipe, device or socket is refused before it is opened (a
     * FIFO would wait forever for a writer, {@code /dev/zero} never ends), and at most one byte over the limit is
     * read whatever size the file system reports.
     */
    private SourceFile read(Path file) throws ImportException {
        try {
            if (!Files.exists(file)) throw new ImportException("does not exist");
            if (Files.isDirectory(file)) {
                throw new ImportException(Files.isReadable(file) ? "is a folder that could not be read"
                        : "is a folder that cannot be read: permission denied");
            }
            if (!Files.isRegularFile(file)) {
                throw new ImportException("is not a regular file (a pipe, device or socket); only files are imported");
            }
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(size);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxBytes) {
                // the file system said less (a file still growing, or one of /proc's): it is over the limit all the same
                throw new ImportException(String.format(Locale.ROOT, "is too large (over the limit of %.1f MB)", maxBytes / 1048576.0));
            }
            if (bytes.length == 0) throw new ImportException("is empty");
            SourceFile src = new SourceFile(file, bytes);
            if (!TextHeuristics.hasText(src.text()) && !src.startsWithIgnoreCase("%PDF-") && src.binaryKind() == null) {
                throw new ImportException("is empty (only white space)");
            }
            return src;
        } catch (NoSuchFileException e) {
            throw new ImportException("does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ImportException("cannot be read: " + e.getMessage(), e);
        }
    }

    private ImportException tooLarge(long size) {
        return new ImportException(String.format(Locale.ROOT, "is too large (%.1f MB; the limit is %.1f MB)",
                size / 1048576.0, maxBytes / 1048576.0));
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
