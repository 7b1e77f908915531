package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.testsupport.SharedData;

/** The two real sample articles (third-party text in ../shared/data/samples) import with the metadata a reader expects. */
class PlainTextImporterSampleTest {
    private static final Path SAMPLES = SharedData.samples();

    @TempDir
    Path tmp;

    private Article importOne(Database db, String name) {
        ArticleRepository repo = new ArticleRepository(db);
        ImportService service = new ImportService(repo);
        ImportReport report = service.importPaths(List.of(SAMPLES.resolve(name)), Progress.NONE);
        assertEquals(1, report.count(ImportResult.Status.IMPORTED), report.results().toString());
        return repo.get(report.importedIds().get(0)).orElseThrow();
    }

    private static List<String> texts(Article a, BlockType type) {
        return a.blocks(type).stream().map(b -> b.textIn(a.text())).toList();
    }

    @Test
    void outletAGetsHeaderMetadataFromItsLayout() {
        assertTrue(Files.isRegularFile(SAMPLES.resolve("story1-outlet-a.txt")), "shared sample missing: " + SAMPLES);
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
            Article a = importOne(db, "story1-outlet-a.txt");
            assertEquals("Pakistan-US counterterrorism dialogue on March 6-7", a.meta().title());
            assertFalse(a.meta().titleDerived());
            assertEquals("Wajid Ali Syed", a.meta().author());
            assertEquals(LocalDate.of(2023, 3, 4), a.meta().published());
            assertEquals(DateSource.FILE_HEADER, a.meta().publishedSource());
            assertEquals("Pakistan", a.meta().section());
            assertEquals("WASHINGTON", a.meta().dateline());
            assertEquals("plaintext", a.meta().format());

            assertEquals(List.of("Pakistan-US counterterrorism dialogue on March 6-7"), texts(a, BlockType.TITLE));
            assertEquals(List.of("By Wajid Ali Syed"), texts(a, BlockType.BYLINE));
            assertEquals(List.of("Saturday Mar 04 2023"), texts(a, BlockType.DATE));
            List<String> captions = texts(a, BlockType.CAPTION);
            assertEquals(1, captions.size(), captions.toString());
            assertTrue(captions.get(0).endsWith("— Reuters/File"));
            assertEquals(List.of("WASHINGTON:"), texts(a, BlockType.DATELINE));
            assertTrue(a.text().contains("WASHINGTON: Pakistan and the US will hold"), "dateline and paragraph share a line");
            assertEquals(List.of("‘Pakistan-US on positive trajectory’"), texts(a, BlockType.HEADING));

            List<String> boiler = texts(a, BlockType.BOILERPLATE);
            assertTrue(boiler.contains("By Wajid Ali Syed"), "repeated byline is boilerplate: " + boiler);
            assertTrue(boiler.contains("Saturday Mar 04, 2023"), "repeated date is boilerplate: " + boiler);
            assertTrue(boiler.contains(captions.get(0)), "printed-twice caption is boilerplate: " + boiler);

            List<String> related = texts(a, BlockType.RELATED);
            assertEquals(1, related.size());
            assertTrue(related.get(0).startsWith("More From Pakistan:"));
            assertEquals(1, related.get(0).split("Aurat March organisers").length - 1, "each headline once");
            assertTrue(related.get(0).contains("Peshawar High Court suspends schedule of NA by-polls in KP"));
            assertFalse(a.bodyText().contains("Aurat"), "related headlines are not body text");
            assertTrue(a.bodyText().contains("In a meeting with Chief of Army Staff (COAS) General Asim Munir"));

            int paragraphs = a.blocks(BlockType.PARAGRAPH).size();
            assertEquals(8, paragraphs, "body paragraphs: " + texts(a, BlockType.PARAGRAPH));

            ArticleRepository repo = new ArticleRepository(db);
            assertTrue(repo.search("Aurat", 10).isEmpty(), "related headlines must stay out of the index");
            assertEquals(a.id(), repo.search("Chollet", 10).get(0).articleId());
        }
    }

    @Test
    void outletBGetsDerivedTitleCaptionAndDatelineButNoDate() {
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
            Article b = importOne(db, "story1-outlet-b.txt");
            assertTrue(b.meta().titleDerived());
            assertTrue(b.meta().title().startsWith("Pakistan and the US are set to conduct"), b.meta().title());
            assertTrue(TextHeuristics.wordCount(b.meta().title()) <= 12, b.meta().title());
            assertTrue(b.blocks(BlockType.TITLE).isEmpty(), "a derived title is not part of the text");
            assertNull(b.meta().published());
            assertEquals(DateSource.NONE, b.meta().publishedSource());
            assertNull(b.meta().author());
            assertEquals("WASHINGTON", b.meta().dateline());
            List<String> captions = texts(b, BlockType.CAPTION);
            assertEquals(1, captions.size());
            assertTrue(captions.get(0).startsWith("Christopher A. Landberg Acting Coordinator"));
            assertTrue(captions.get(0).endsWith("— US State Department website/File"));
            assertEquals(List.of("Pakistan-US ties on track"), texts(b, BlockType.HEADING));
            assertEquals(List.of("WASHINGTON:"), texts(b, BlockType.DATELINE));
            assertEquals(8, b.blocks(BlockType.PARAGRAPH).size());
            assertTrue(b.blocks(BlockType.RELATED).isEmpty());
        }
    }
}
