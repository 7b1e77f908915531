package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleDraft;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/** Markdown import: front matter to metadata, headings and images to typed blocks, inline markup stripped. */
class MarkdownImporterTest {
    private static ArticleDraft parse(String name, String md) throws ImportException {
        return new MarkdownImporter().parse(new SourceFile(Path.of(name), md.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(ArticleDraft d, BlockType type) {
        return d.blocks().stream().filter(b -> b.type() == type).map(b -> b.textIn(d.text())).toList();
    }

    @Test
    void readsFrontMatterHeadingsImagesAndStripsInlineMarkup() throws ImportException {
        String md = """
                ---
                title: "Bridge reopens after repairs"
                author: Lena Ortiz
                date: 2024-06-11
                source: The Valley Courier
                url: https://example.org/bridge
                tags: [roads]
                ---

                # Bridge reopens after repairs

                ![Cars cross the bridge on Monday — Courier/File](img/bridge.jpg)

                RIVERTON: The **old river bridge** reopened on Monday after _eight months_ of repairs, the
                [county council](https://example.org/council) said, ahead of the `summer` season.

                ## Traffic returns

                Drivers queued before dawn to be among the first across, and buses will resume their routes next week.
                """;
        ArticleDraft d = parse("bridge.md", md);
        assertEquals("Bridge reopens after repairs", d.meta().title());
        assertFalse(d.meta().titleDerived());
        assertEquals("Lena Ortiz", d.meta().author());
        assertEquals(LocalDate.of(2024, 6, 11), d.meta().published());
        assertEquals(DateSource.FILE_HEADER, d.meta().publishedSource());
        assertEquals("The Valley Courier", d.meta().outlet());
        assertEquals("https://example.org/bridge", d.meta().url());
        assertEquals(List.of("Bridge reopens after repairs"), texts(d, BlockType.TITLE));
        assertEquals(List.of("Cars cross the bridge on Monday — Courier/File"), texts(d, BlockType.CAPTION));
        assertEquals(List.of("Traffic returns"), texts(d, BlockType.HEADING));
        assertEquals("RIVERTON", d.meta().dateline());
        List<String> paragraphs = texts(d, BlockType.PARAGRAPH);
        assertEquals(2, paragraphs.size());
        assertEquals("The old river bridge reopened on Monday after eight months of repairs, the county council said, "
                + "ahead of the summer season.", paragraphs.get(0));
        assertFalse(d.text().contains("---"), "front matter is not article text");
        assertFalse(d.text().contains("**") || d.text().contains("](") || d.text().contains("`"));
    }

    @Test
    void withoutFrontMatterUsesHashTitleAndKeepsSnakeCaseWords() throws ImportException {
        ArticleDraft d = parse("notes.markdown", "# Water rates rise\n\nThe file_name field and snake_case words stay as "
                + "written, while *emphasis* and __strong__ text lose their marks.\n");
        assertEquals("Water rates rise", d.meta().title());
        assertEquals(List.of("The file_name field and snake_case words stay as written, while emphasis and strong text "
                + "lose their marks."), texts(d, BlockType.PARAGRAPH));
    }

    @Test
    void derivesTitleWhenThereIsNoHeading() throws ImportException {
        ArticleDraft d = parse("plain.md", "The library will close for two weeks in August while its roof is replaced, "
                + "the town said on Friday. Readers can use the mobile branch.\n");
        assertTrue(d.meta().titleDerived());
        assertTrue(d.meta().title().startsWith("The library will close for two weeks"), d.meta().title());
    }

    @Test
    void acceptsMarkdownExtensionsOnly() {
        MarkdownImporter imp = new MarkdownImporter();
        byte[] b = "# T\n\ntext".getBytes(StandardCharsets.UTF_8);
        assertTrue(imp.accepts(new SourceFile(Path.of("a.md"), b)));
        assertTrue(imp.accepts(new SourceFile(Path.of("a.MARKDOWN"), b)));
        assertFalse(imp.accepts(new SourceFile(Path.of("a.txt"), b)));
    }
}
