package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.text.Markdown.Block;
import org.parallax.text.Markdown.Kind;
import org.parallax.text.Markdown.Span;

class MarkdownTest {
    private static final String ARTICLE = """
            # Pakistan-US counterterrorism dialogue on March 6-7

            By \s
            Wajid Ali Syed

            ![A picture showing flags of the US (left) and Pakistan](flags.jpg) — Reuters/File

            WASHINGTON: Pakistan and the US will hold a comprehensive dialogue
            on **counter-terrorism**, the [State Department](https://www.state.gov) said.

            ‘Pakistan-US on positive trajectory’
            ------------------------------------

            > "Chollet and a delegation of senior US government officials
            visited Islamabad February 16-17," said the US Embassy.

            - Christopher *A.* Landberg leads
              the delegation
            2. second item
            ***
            ```
            raw `code` line
            ```
            """;

    @Test
    void readsTheBlocksOfANewsArticle() {
        List<Block> bs = Markdown.blocks(ARTICLE);
        assertEquals(List.of(Kind.HEADING, Kind.PARAGRAPH, Kind.IMAGE, Kind.PARAGRAPH, Kind.HEADING, Kind.QUOTE, Kind.ITEM,
                Kind.ITEM, Kind.CODE), bs.stream().map(Block::kind).toList());
        assertEquals(1, bs.get(0).level());
        assertEquals("By\nWajid Ali Syed", bs.get(1).text(), "two trailing spaces keep the line break");
        assertEquals("A picture showing flags of the US (left) and Pakistan — Reuters/File", bs.get(2).text());
        assertEquals(2, bs.get(4).level(), "a dashed underline makes a second-level heading");
        assertTrue(bs.get(5).text().endsWith("said the US Embassy."), "a plain line goes on with the quote above it");
        assertEquals("Christopher *A.* Landberg leads the delegation", bs.get(6).text());
        assertEquals("-", bs.get(6).marker());
        assertEquals("2.", bs.get(7).marker());
        assertEquals("raw `code` line", bs.get(8).text(), "code is kept as written");
    }

    @Test
    void aQuoteInterruptsAParagraph() {
        List<Block> bs = Markdown.blocks("He said\n> we agree\n\nend");
        assertEquals(List.of(Kind.PARAGRAPH, Kind.QUOTE, Kind.PARAGRAPH), bs.stream().map(Block::kind).toList());
    }

    @Test
    void inlineMarksNestAndLinksKeepTheirAddress() {
        List<Span> spans = Markdown.inline("**Landberg *will* lead** the [talks](https://example.org \"t\") on `6-7`");
        assertEquals(List.of("Landberg ", "will", " lead", " the ", "talks", " on ", "6-7"), spans.stream().map(Span::text).toList());
        assertTrue(spans.get(0).bold() && !spans.get(0).italic());
        assertTrue(spans.get(1).bold() && spans.get(1).italic());
        assertEquals("https://example.org", spans.get(4).url());
        assertTrue(spans.get(6).code());
        assertNull(spans.get(3).url());
    }

    @Test
    void plainKeepsOnlyTheWords() {
        assertEquals("the file_name field, 2 * 3 = 6 and **open, see site & more *stars*",
                Markdown.plain("the file_name field, 2 * 3 = 6 and **open, see [site](https://x.org) &amp; more \\*stars\\*"));
        assertEquals("struck and tagged and alt", Markdown.plain("~~struck~~ and <em>tagged</em> and ![alt](a.png)"));
    }
}
