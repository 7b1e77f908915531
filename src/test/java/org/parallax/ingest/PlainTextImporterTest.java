package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleDraft;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/** Plain-text layouts beyond the two samples: bare paragraphs, a title line, one-line bylines, wrapped text. */
class PlainTextImporterTest {
    private static ArticleDraft parse(String text) throws ImportException {
        return new PlainTextImporter().parse(new SourceFile(Path.of("a.txt"), text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(ArticleDraft d, BlockType type) {
        return d.blocks().stream().filter(b -> b.type() == type).map(b -> b.textIn(d.text())).toList();
    }

    @Test
    void fileOfBareParagraphsGetsADerivedTitle() throws ImportException {
        ArticleDraft d = parse("The museum will reopen its east wing on Saturday after two years of work, the director said.\n\n"
                + "Tickets are free for the first week.\n");
        assertTrue(d.meta().titleDerived());
        assertEquals("The museum will reopen its east wing on Saturday after two years…", d.meta().title());
        assertEquals(2, texts(d, BlockType.PARAGRAPH).size());
        assertTrue(texts(d, BlockType.TITLE).isEmpty());
    }

    @Test
    void firstShortLineIsTheTitle() throws ImportException {
        ArticleDraft d = parse("Museum east wing reopens\n\nThe museum will reopen its east wing on Saturday, the director said.\n");
        assertEquals("Museum east wing reopens", d.meta().title());
        assertFalse(d.meta().titleDerived());
        assertEquals(List.of("Museum east wing reopens"), texts(d, BlockType.TITLE));
        assertEquals(1, texts(d, BlockType.PARAGRAPH).size());
    }

    @Test
    void oneLineBylineAndDateLineGiveAuthorAndTextDate() throws ImportException {
        ArticleDraft d = parse("""
                Museum east wing reopens
                By Clara Voss, Arts Correspondent
                Published: 12 April 2024

                LONDON, April 11 (Reuters) - The museum will reopen its east wing on Saturday, the director said.

                Tickets are free for the first week, and the café stays open late.
                """);
        assertEquals("Clara Voss", d.meta().author());
        assertEquals(LocalDate.of(2024, 4, 12), d.meta().published());
        assertEquals(DateSource.TEXT, d.meta().publishedSource());
        assertEquals("LONDON", d.meta().dateline());
        assertEquals(List.of("LONDON, April 11 (Reuters) -"), texts(d, BlockType.DATELINE));
        assertEquals(List.of("By Clara Voss, Arts Correspondent"), texts(d, BlockType.BYLINE));
        assertEquals(List.of("Published: 12 April 2024"), texts(d, BlockType.DATE));
        assertTrue(d.text().contains("LONDON, April 11 (Reuters) - The museum will reopen"));
    }

    @Test
    void hardWrappedParagraphsAreJoined() throws ImportException {
        ArticleDraft d = parse("""
                Storm closes coastal road

                The coastal road between the two villages was closed on Monday after
                the storm brought down trees and power lines, the county said, and
                crews expect to reopen it by the end of the week if the weather holds.

                Residents were asked to stay at home and to report fallen lines to the
                power company rather than approach them, officials added on Monday.
                """);
        assertEquals("Storm closes coastal road", d.meta().title());
        List<String> paragraphs = texts(d, BlockType.PARAGRAPH);
        assertEquals(2, paragraphs.size());
        assertFalse(paragraphs.get(0).contains("\n"));
    }

    @Test
    void relatedHeadlinesWithoutALabelAtTheEndStayOutOfTheBody() throws ImportException {
        ArticleDraft d = parse("""
                Museum east wing reopens

                The museum will reopen its east wing on Saturday after two years of work, the director said.

                Tickets are free for the first week.

                Flood warning for river towns
                Flood warning for river towns
                Mayor opens new library
                Mayor opens new library
                School term to start later
                School term to start later
                """);
        assertEquals(1, texts(d, BlockType.RELATED).size());
        assertFalse(d.bodyText().contains("Flood warning"));
    }

    @Test
    void binaryDataNamedTxtIsRefused() {
        byte[] b = {'a', 0, 1, 2, 3, 'b'};
        ImportException e = assertThrows(ImportException.class,
                () -> new PlainTextImporter().parse(new SourceFile(Path.of("x.txt"), b)));
        assertTrue(e.getMessage().contains("binary data"));
    }
}
