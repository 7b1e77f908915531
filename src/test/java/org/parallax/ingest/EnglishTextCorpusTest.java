package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.model.ArticleDraft;
import org.parallax.nlp.gold.ConllGold;
import org.parallax.nlp.gold.GoldDocument;
import org.parallax.nlp.gold.TimeMlGold;
import org.parallax.testsupport.SharedData;
import org.parallax.text.EnglishText;

/**
 * Measures {@link EnglishText}, which keeps the English recogniser off articles in other languages, on every article
 * text the project holds: ECB+'s 982 English news reports, the sample pair and the invented English texts of
 * {@code fresh-news/} must all read as English; the saved pages of {@code html-pages/} and {@code fresh-pages*} are
 * read as the importer reads them and compared with the language each page declares ({@code <html lang>}, JSON-LD).
 * Every page whose reading differs from its declaration is listed in {@code target/english-text.txt}. The NER and
 * TimeML gold texts (GUM news, re3d, wikigold, TempEval-3) are English too.
 */
class EnglishTextCorpusTest {
    private record Page(String name, String declared, double share, boolean english) {
    }

    @Test
    void everyEnglishNewsTextReadsAsEnglish() throws IOException, URISyntaxException {
        List<String> notEnglish = new ArrayList<>();
        double least = 1;
        int n = 0;
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
            n++;
            least = Math.min(least, share(d.article().text()));
            if (!EnglishText.reads(d.article().text())) notEnglish.add("ECB+ " + d.name());
        }
        List<GoldDocument> gold = new ArrayList<>(ConllGold.gumNews(SharedData.path("ner-gold/GUM/CONLL-format/data-by-corpustype/news")));
        gold.addAll(ConllGold.re3d(SharedData.path("ner-gold/re3d/CONLL-format/data/test/re3d-test.conll"), 20));
        gold.addAll(ConllGold.wikigold(SharedData.path("ner-gold/wikigold/CONLL-format/data/wikigold.conll.txt")));
        gold.addAll(TimeMlGold.read(SharedData.path("timex-gold/Evaluation/te3-platinum-normalized")));
        for (GoldDocument d : gold) {
            n++;
            least = Math.min(least, share(d.text()));
            if (!EnglishText.reads(d.text())) notEnglish.add("gold " + d.name());
        }
        Path fresh = Paths.get(Objects.requireNonNull(getClass().getResource("/fresh-news/README.md")).toURI()).getParent();
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(fresh)) {
            s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("gold.txt")).forEach(texts::add);
        }
        try (Stream<Path> s = Files.list(SharedData.path("samples"))) {
            s.filter(Files::isRegularFile).forEach(texts::add);
        }
        for (Path p : texts) {
            String text = Files.readString(p);
            n++;
            least = Math.min(least, share(text));
            if (!EnglishText.reads(text)) notEnglish.add(fresh.relativize(p.toAbsolutePath()).toString());
        }
        System.out.printf(Locale.ROOT, "English news texts: %d, read as another language: %d, least English-less-other share %.3f%n",
                n, notEnglish.size(), least);
        assertTrue(n > 1_500, "texts read: " + n);
        assertEquals(List.of(), notEnglish);
    }

    @Test
    void savedPagesReadAsTheLanguageTheyDeclare() throws IOException, URISyntaxException {
        HtmlImporter importer = new HtmlImporter();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SharedData.path("html-pages"))) {
            s.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("expected.html")).forEach(pages::add);
        }
        Path resources = Paths.get(Objects.requireNonNull(getClass().getResource("/fresh-news/README.md")).toURI()).getParent().getParent();
        try (Stream<Path> s = Files.walk(resources)) {
            s.filter(p -> p.toString().endsWith(".html") && p.toString().contains("fresh-pages")).forEach(pages::add);
        }
        List<Page> read = new ArrayList<>();
        for (Path p : pages) {
            ArticleDraft draft;
            try {
                draft = importer.parse(new SourceFile(p, Files.readAllBytes(p)));
            } catch (ImportException | RuntimeException e) {
                continue;
            }
            String lang = draft.meta().language() == null ? "" : draft.meta().language().toLowerCase(Locale.ROOT);
            read.add(new Page(p.getParent().getFileName() + "/" + p.getFileName(), lang, share(draft.text()),
                    EnglishText.reads(draft.text())));
        }
        int enDeclared = 0;
        int enRead = 0;
        int otherDeclared = 0;
        int otherRead = 0;
        StringBuilder report = new StringBuilder("page\tdeclared\tEnglish less other words, per word\tread as\n");
        for (Page p : read) {
            boolean declaredEnglish = p.declared().startsWith("en");
            boolean declaredOther = !p.declared().isBlank() && !declaredEnglish;
            if (declaredEnglish) {
                enDeclared++;
                if (p.english()) enRead++;
            }
            if (declaredOther) {
                otherDeclared++;
                if (!p.english()) otherRead++;
            }
            if (declaredEnglish && !p.english() || declaredOther && p.english()) {
                report.append(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s%n", p.name(), p.declared(), p.share(),
                        p.english() ? "English" : "other"));
            }
        }
        String summary = String.format(Locale.ROOT, "saved pages %d: declared English %d, read English %d; declared another "
                + "language %d, read as another %d", read.size(), enDeclared, enRead, otherDeclared, otherRead);
        System.out.println(summary);
        Path out = Paths.get(System.getProperty("parallax.buildDir", "target"), "english-text.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary + "\n" + report);
        assertTrue(read.size() > 500, "pages read: " + read.size());
    }

    /** English function words less other languages' ones, per word: above 0 for English prose, below for other text. */
    private static double share(String text) {
        EnglishText.Reading r = EnglishText.read(text);
        return r.words() == 0 ? 0 : (double) (r.english() - r.foreign()) / r.words();
    }
}
