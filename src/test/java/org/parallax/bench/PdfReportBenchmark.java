package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.parallax.export.MarkdownReportWriter;
import org.parallax.export.NoteSource;
import org.parallax.export.PdfReportWriter;
import org.parallax.export.ReportBuilder;
import org.parallax.export.ReportContent;
import org.parallax.export.ReportOptions;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;

/**
 * Times a report of 200 notes across 50 articles (4 passage notes of about 60 words each per article, quotes with
 * entity highlights, 40 entities, 50 events over three months), from a SQLite library to a saved PDF. Target: 3 s.
 * Run: {@code mvn -B -o -Pbench -DskipTests test-compile exec:java -Dbench.main=org.parallax.bench.PdfReportBenchmark}
 * ({@code -Dbench.runs=5}, {@code -Dbench.fullText=true}).
 */
public final class PdfReportBenchmark {
    private static final String[] WORDS = ("the delegation met officials in the capital to discuss border security "
            + "and the financing of terrorism while ministers said talks would continue next month after a review "
            + "of the agreement signed last year by both governments").split(" ");
    private static final String[] PEOPLE = {"Amina Ali", "Bilal Baker", "Carlos Castillo", "Dana Dubois", "Elena Eriksen",
            "Farid Fernandes", "Grace Garcia", "Hiro Haddad", "Inès Ivanova", "Jürgen Jovanović"};
    private static final String[] PLACES = {"Washington", "Islamabad", "Geneva", "Nairobi", "Lima", "Jakarta", "Lagos",
            "Αθήνα", "Москва", "Kraków"};
    private static final String[] ORGS = {"State Department", "United Nations", "World Bank", "Red Cross", "IMF"};

    // the machine is shared: CPU time of the exporting thread tells the work apart from waiting for a core
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        boolean fullText = Boolean.getBoolean("bench.fullText");
        Path dir = Files.createTempDirectory("parallax-pdf-bench");
        Random rnd = new Random(7);
        Map<Long, List<NoteSource.ArticleNote>> notes = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("library.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            MentionRepository mentions = new MentionRepository(db);
            EntityRepository entities = new EntityRepository(db);
            EventRepository events = new EventRepository(db);
            Map<String, Long> entityIds = new HashMap<>();
            for (String p : PEOPLE) entityIds.put(p, entities.create(EntityType.PERSON, p, List.of(p.split(" ")[1])));
            for (String p : PLACES) entityIds.put(p, entities.create(EntityType.LOCATION, p, List.of()));
            for (String o : ORGS) entityIds.put(o, entities.create(EntityType.ORGANIZATION, o, List.of()));
            for (int a = 0; a < 50; a++) {
                StringBuilder text = new StringBuilder("Article " + a + " on talks");
                List<Block> blocks = new ArrayList<>(List.of(new Block(BlockType.TITLE, 0, text.length())));
                List<Mention> ms = new ArrayList<>();
                for (int p = 0; p < 12; p++) {
                    text.append("\n\n");
                    int start = text.length();
                    for (int w = 0; w < 70; w++) {
                        if (w % 11 == 3) {
                            String[] pool = w % 3 == 0 ? PEOPLE : w % 3 == 1 ? PLACES : ORGS;
                            String name = pool[rnd.nextInt(pool.length)];
                            EntityType type = pool == PEOPLE ? EntityType.PERSON : pool == PLACES ? EntityType.LOCATION : EntityType.ORGANIZATION;
                            ms.add(new Mention(0, 0, text.length(), text.length() + name.length(), name, type, null,
                                    entityIds.get(name), BlockType.PARAGRAPH, MentionOrigin.AUTO, false));
                            text.append(name);
                        } else {
                            text.append(WORDS[rnd.nextInt(WORDS.length)]);
                        }
                        text.append(w == 69 ? "." : " ");
                    }
                    blocks.add(new Block(BlockType.PARAGRAPH, start, text.length()));
                }
                ArticleMeta meta = new ArticleMeta("Article " + a + " on talks", false, "Writer " + a, "Outlet " + (a % 5),
                        null, null, LocalDate.of(2023, 1 + a % 3, 1 + a % 28), DateSource.TEXT, null, null, "txt", "en");
                long id = articles.insert(new ArticleDraft(meta, text.toString(), blocks), "h" + a, Instant.now());
                ids.add(id);
                String t = text.toString();
                db.write(c -> {
                    for (Mention m : ms) {
                        mentions.insert(c, new Mention(0, id, m.start(), m.end(), m.text(), m.type(), null, m.entityId(),
                                m.blockType(), m.origin(), false));
                    }
                    LocalDate d = LocalDate.of(2023, 1 + (int) (id % 3), 1 + (int) (id % 27));
                    Block b = blocks.get(1);
                    events.insert(c, EventKind.values()[(int) (id % 3)], new DateRange(d, d.plusDays(id % 2), DatePrecision.DAY),
                            List.of(entityIds.get(PEOPLE[(int) (id % 10)])), List.of(entityIds.get(PLACES[(int) (id % 10)])),
                            new EventSource(id, b.start(), b.end(), b.textIn(t)));
                    return null;
                });
                List<NoteSource.ArticleNote> ns = new ArrayList<>();
                for (int n = 0; n < 4; n++) {
                    Block b = blocks.get(1 + n * 3);
                    int s = b.start();
                    int e = Math.min(b.end(), s + 260);
                    StringBuilder note = new StringBuilder("**Note " + n + "**: ");
                    for (int w = 0; w < 60; w++) note.append(WORDS[rnd.nextInt(WORDS.length)]).append(w % 20 == 19 ? ".\n\n" : " ");
                    ns.add(new NoteSource.ArticleNote(s, e, t.substring(s, e), note.toString()));
                }
                notes.put(id, ns);
            }
            NoteSource source = new NoteSource() {
                @Override
                public List<ArticleNote> notesOnArticle(long articleId) {
                    return notes.getOrDefault(articleId, List.of());
                }

                @Override
                public List<String> notesOnEntity(long entityId) {
                    return entityId % 4 == 0 ? List.of("A note about entity " + entityId + ".") : List.of();
                }
            };
            ReportBuilder builder = new ReportBuilder(articles, mentions, entities, events, source);
            ReportOptions options = ReportOptions.defaults().withFullText(fullText).withComparison(false);
            Path out = dir.resolve("report.pdf");
            long best = Long.MAX_VALUE;
            for (int r = 0; r < runs; r++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ReportContent content = builder.build(ids, options);
                long t1 = System.nanoTime();
                new PdfReportWriter().write(content, out, Progress.NONE);
                long t2 = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime() - c0;
                long md0 = System.nanoTime();
                new MarkdownReportWriter().write(content, dir.resolve("report.md"));
                long md1 = System.nanoTime();
                int pages;
                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    pages = doc.getNumberOfPages();
                }
                int noteCount = content.articles().stream().mapToInt(x -> x.notes().size()).sum();
                System.out.printf("run %d: build %d ms, pdf %d ms (total %d ms wall, %d ms CPU of this thread), markdown %d ms;"
                                + " %d notes, %d articles, %d pages, %d KB%n",
                        r + 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000, cpu / 1_000_000, (md1 - md0) / 1_000_000,
                        noteCount, content.articles().size(), pages, Files.size(out) / 1024);
                if (r > 0) best = Math.min(best, t2 - t0);
                else System.out.printf("first run (cold JVM, font parsing, class loading): %d ms%n", (t2 - t0) / 1_000_000);
            }
            if (runs > 1) System.out.printf("best warm run: %d ms (target 3000 ms)%n", best / 1_000_000);
        }
    }
}
