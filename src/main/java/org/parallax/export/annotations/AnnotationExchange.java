package org.parallax.export.annotations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.parallax.annotation.Annotations;
import org.parallax.annotation.Imports;
import org.parallax.model.Article;
import org.parallax.store.ArticleRepository;

/**
 * Exports the annotations of chosen articles (or the whole library) to a folder in one format, and imports such a
 * folder back into the articles of a library that holds the same texts. Each article is written as
 * {@code article-ID.txt} (its text, which is how an import finds it again) plus {@code .ann}, {@code .jsonld} or
 * {@code .conll}.
 */
public final class AnnotationExchange {
    /** What an export or import did. */
    public record Report(int articles, int spans, int notes, int skipped, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    private final ArticleRepository articles;
    private final LibraryDocs docs;
    private final Clock clock;

    public AnnotationExchange(Annotations annotations, ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.docs = new LibraryDocs(annotations, articles);
        this.clock = clock;
    }

    public static String extension(AnnotationFormat f) {
        return switch (f) {
            case BRAT -> ".ann";
            case W3C -> ".jsonld";
            case CONLL -> ".conll";
        };
    }

    /** Writes the given articles (all when {@code ids} is empty) to {@code dir}, creating it. */
    public Report export(AnnotationFormat format, Path dir, List<Long> ids) throws IOException {
        Files.createDirectories(dir);
        int spans = 0;
        int notes = 0;
        List<Long> chosen = docs.ids(ids);
        for (long id : chosen) {
            Doc doc = docs.load(id);
            Article article = articles.get(id).orElseThrow();
            Path txt = dir.resolve(doc.name() + ".txt");
            Files.writeString(txt, doc.text(), StandardCharsets.UTF_8);
            String body = switch (format) {
                case BRAT -> BratFormat.write(doc);
                case W3C -> W3cFormat.write(doc, txt.getFileName().toString());
                case CONLL -> ConllFormat.write(doc, article.blocks());
            };
            Files.writeString(dir.resolve(doc.name() + extension(format)), body, StandardCharsets.UTF_8);
            spans += doc.spans().size();
            notes += doc.notes().size();
        }
        return new Report(chosen.size(), spans, notes, 0, List.of());
    }

    /**
     * Reads every annotation file of {@code format} in {@code dir} with its {@code .txt} beside it, and adds the
     * annotations to the library article with that text, all files as one undoable edit. Files whose article the
     * library lacks are reported, not fatal.
     */
    public Report importFrom(AnnotationFormat format, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + " is not a folder. Give the folder an export wrote.");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(extension(format))).sorted().toList();
        }
        List<Imports.Batch> batches = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String file = f.getFileName().toString();
            String name = file.substring(0, file.length() - extension(format).length());
            Path txt = dir.resolve(name + ".txt");
            if (!Files.exists(txt)) {
                problems.add(file + ": no " + name + ".txt beside it, so its article cannot be found");
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            String body = Files.readString(f, StandardCharsets.UTF_8);
            try {
                Doc doc = switch (format) {
                    case BRAT -> BratFormat.read(name, text, body);
                    case W3C -> W3cFormat.read(name, text, body);
                    case CONLL -> ConllFormat.read(name, text, body);
                };
                batches.add(docs.batch(doc));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        int count = 0;
        int spans = 0;
        int notes = 0;
        int skipped = 0;
        // every file in one edit, so one undo takes the whole import back
        for (LibraryDocs.Saved saved : docs.saveAll("Import annotations from " + dir.getFileName(), batches, clock.instant())) {
            count++;
            spans += saved.spans();
            notes += saved.notes();
            skipped += saved.skipped();
        }
        return new Report(count, spans, notes, skipped, problems);
    }
}
