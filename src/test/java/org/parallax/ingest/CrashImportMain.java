package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Test-only program for {@link ImportCrashTest}: imports generated articles into a library until it is killed.
 * After each article is stored it prints {@code stored <n> <id>} on stdout, the channel the parent test reads.
 */
public final class CrashImportMain {
    private CrashImportMain() {
    }

    /** The text of generated article {@code n}: a title, many paragraphs, and an end marker as the last paragraph. */
    public static String article(int n) {
        Random r = new Random(n);
        String[] words = {"harbour", "council", "minister", "talks", "budget", "river", "delegation", "agreement",
                "statement", "visit", "capital", "trade", "officials", "weekend", "meeting", "border", "report"};
        StringBuilder sb = new StringBuilder("Generated article number ").append(n).append(" for the crash test\n\n");
        int paragraphs = paragraphs(n);
        for (int p = 0; p < paragraphs; p++) {
            sb.append("Paragraph ").append(p).append(" says");
            for (int w = 0; w < 60; w++) sb.append(' ').append(words[r.nextInt(words.length)]);
            sb.append(".\n\n");
        }
        sb.append(endMarker(n)).append('\n');
        return sb.toString();
    }

    public static int paragraphs(int n) {
        return 30 + n % 40;
    }

    public static String endMarker(int n) {
        return "This is the end of generated article " + n + ", marker endmark" + n + ".";
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Files.createDirectories(folder);
        try (Database db = Database.open(library)) {
            ImportService service = new ImportService(new ArticleRepository(db));
            for (int n = 0; n < count; n++) {
                Path f = folder.resolve("article-" + n + ".txt");
                Files.writeString(f, article(n), StandardCharsets.UTF_8);
                ImportResult r = service.importFile(f);
                if (r.status() != ImportResult.Status.IMPORTED) throw new IllegalStateException(r.line());
                System.out.println("stored " + n + " " + r.articleId());
                System.out.flush();
            }
        }
    }
}
