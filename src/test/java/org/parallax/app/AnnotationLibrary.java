package org.parallax.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.parallax.testsupport.TestLibrary;
import org.parallax.annotation.Annotations;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.nlp.SampleArticles;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/** A real SQLite library in a temporary folder holding the shared sample pair, imported through the real importer. */
public final class AnnotationLibrary implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    public final Database db;
    /** The library's file, or the file its server database stands for in a server run (TestLibrary). */
    public final Path file;
    public final ArticleRepository articles;
    public final ImportService imports;
    public final Annotations service;
    public final long a;
    public final long b;

    public AnnotationLibrary(Path dir) {
        file = dir.resolve("library.db");
        db = TestLibrary.open(file);
        articles = new ArticleRepository(db);
        imports = new ImportService(articles);
        service = new Annotations(db, articles, ManualDates::resolve, CLOCK);
        a = importFile(SampleArticles.dir().resolve("story1-outlet-a.txt"));
        b = importFile(SampleArticles.dir().resolve("story1-outlet-b.txt"));
    }

    public long importFile(Path file) {
        ImportResult r = imports.importFile(file);
        if (r.status() == ImportResult.Status.FAILED) throw new IllegalStateException("could not import " + file + ": " + r.line());
        return r.articleId();
    }

    /** Writes {@code text} to a file in {@code dir} and imports it (an edited re-import of a sample). */
    public long importText(Path dir, String name, String text) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return importFile(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Article article(long id) {
        return articles.get(id).orElseThrow();
    }

    /** Offsets of the {@code n}th (0-based) occurrence of {@code s} in article {@code id}. */
    public int[] find(long id, String s, int n) {
        String text = article(id).text();
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(s, at + 1);
            if (at < 0) throw new IllegalStateException("\"" + s + "\" occurs fewer than " + (n + 1) + " times in article " + id);
        }
        return new int[] {at, at + s.length()};
    }

    public int[] find(long id, String s) {
        return find(id, s, 0);
    }

    @Override
    public void close() {
        db.close();
    }
}
