package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.ingest.ImportReport;
import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.nlp.PieceRecognizer;
import org.parallax.nlp.SharedRecognizers;
import org.parallax.testsupport.SharedData;

/**
 * Issue 14, class 4 (NLP half): one long article no longer holds up the queue. A library with one long article (real
 * sample text repeated, several recognition pieces) and several short ones, recognised with the real CoreNLP
 * pipeline: every short article is stored before the long one, the long one's mentions sit at the right offsets in
 * every piece (each mention's text is the article's text there), and the run reports progress inside the long article.
 */
class LongArticleNlpTest {
    /** Six pieces: enough to cross several piece boundaries, small enough for CoreNLP to take well under a minute. */
    private static final int LONG_CHARS = 6 * PieceRecognizer.DEFAULT_PIECE - 1_000;

    @TempDir
    Path dir;

    private static String sampleText() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("story1-outlet-a.txt", "story1-outlet-b.txt")) {
            sb.append(Files.readString(SharedData.sample(name), StandardCharsets.UTF_8).strip()).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void shortArticlesAreRecognisedBeforeALongOneWhoseMentionsKeepTheirOffsets() throws Exception {
        String sample = sampleText();
        StringBuilder big = new StringBuilder("A long dossier\n\n");
        for (int i = 0; big.length() + sample.length() < LONG_CHARS; i++) {
            big.append("Part ").append(i + 1).append(".\n\n").append(sample);
        }
        Path files = Files.createDirectories(dir.resolve("in"));
        // the long article is imported first, so store order alone would put it first
        Files.writeString(files.resolve("a-long.txt"), big, StandardCharsets.UTF_8);
        List<Path> shortOnes = List.of(SharedData.sample("story1-outlet-a.txt"), SharedData.sample("story1-outlet-b.txt"));
        for (int i = 0; i < 4; i++) {
            Path src = shortOnes.get(i % 2);
            Files.writeString(files.resolve("b-short-" + i + ".txt"), "Report " + i + "\n\n"
                    + Files.readString(src, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        try (AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            ImportReport report = ctx.imports().importPaths(List.of(files), Progress.NONE);
            assertEquals(5, report.importedIds().size(), report.summary());
            long longId = report.importedIds().stream().filter(id -> ctx.articles().get(id).orElseThrow().text().length()
                    > PieceRecognizer.DEFAULT_PIECE).findFirst().orElseThrow();
            NlpService nlp = ctx.nlp(SharedRecognizers.app());
            List<Long> stored = Collections.synchronizedList(new ArrayList<>());
            nlp.onStored(stored::add);
            List<String> messages = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean pieceProgress = new AtomicBoolean();
            NlpService.Summary s = nlp.processPending(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    messages.add(message);
                    if (message.contains("%")) pieceProgress.set(true);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertEquals(5, s.processed(), messages.toString());
            assertEquals(0, s.failed());
            assertEquals(longId, stored.get(stored.size() - 1), "the long article is recognised after every short one");
            assertTrue(pieceProgress.get(), "progress inside the long article: " + messages);

            Article article = ctx.articles().get(longId).orElseThrow();
            String text = article.text();
            List<Mention> ms = nlp.mentions().forArticle(longId);
            assertFalse(ms.isEmpty());
            int lastPieceStart = text.length() - PieceRecognizer.DEFAULT_PIECE / 2;
            assertTrue(ms.stream().anyMatch(m -> m.start() > lastPieceStart), "mentions in the last piece too");
            for (Mention m : ms) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), "mention " + m + " at its offsets");
            }
            // the sample's names are found in every copy, so no copy (and no piece) lost its mentions
            int copies = (text.length() - 20) / sample.length();
            long persons = ms.stream().filter(m -> m.type() == EntityType.PERSON).count();
            assertTrue(persons >= copies, persons + " person mentions for " + copies + " copies of the sample");
        }
    }

    @Test
    void anArticleImportedWhileALongOneIsRecognisedGoesInBetweenItsPieces() throws Exception {
        String sample = sampleText();
        StringBuilder big = new StringBuilder("A long dossier\n\n");
        for (int i = 0; big.length() + sample.length() < 3 * PieceRecognizer.DEFAULT_PIECE - 1_000; i++) {
            big.append("Part ").append(i + 1).append(".\n\n").append(sample);
        }
        Path longFile = Files.writeString(dir.resolve("long.txt"), big, StandardCharsets.UTF_8);
        Path lateFile = Files.writeString(dir.resolve("late.txt"), "Late report\n\n"
                + Files.readString(SharedData.sample("story1-outlet-b.txt"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        try (AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            long longId = ctx.imports().importPaths(List.of(longFile), Progress.NONE).importedIds().get(0);
            NlpService nlp = ctx.nlp(SharedRecognizers.app());
            List<Long> stored = Collections.synchronizedList(new ArrayList<>());
            nlp.onStored(stored::add);
            List<Long> late = new ArrayList<>();
            NlpService.Summary s = nlp.processPending(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    // another import lands while the long article is between its first pieces, as the window's would
                    if (late.isEmpty() && message.contains("A long dossier") && !message.endsWith(" 0%")) {
                        late.addAll(ctx.imports().importPaths(List.of(lateFile), Progress.NONE).importedIds());
                        nlp.wake();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertEquals(1, late.size(), "the late article was imported during the long one");
            assertEquals(0, s.failed());
            assertEquals(List.of(late.get(0), longId), stored, "the late article is stored before the long one ends");
        }
    }
}
