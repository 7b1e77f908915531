package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MarkdownLiteTest {
    private static String text(MarkdownLite.MdBlock b) {
        return b.spans().stream().map(MarkdownLite.Span::text).collect(Collectors.joining());
    }

    @Test
    void splitsHeadingsItemsQuotesAndParagraphs() {
        List<MarkdownLite.MdBlock> bs = MarkdownLite.parse("# Who\nLandberg leads\nthe delegation.\n\n- first\n2. second\n> quoted\n> on\n\nend");
        assertEquals(List.of(MarkdownLite.Kind.HEADING, MarkdownLite.Kind.PARAGRAPH, MarkdownLite.Kind.ITEM,
                MarkdownLite.Kind.ITEM, MarkdownLite.Kind.QUOTE, MarkdownLite.Kind.PARAGRAPH), bs.stream().map(MarkdownLite.MdBlock::kind).toList());
        assertEquals("Landberg leads the delegation.", text(bs.get(1)));
        assertEquals("•", bs.get(2).bullet());
        assertEquals("2.", bs.get(3).bullet());
        assertEquals("quoted on", text(bs.get(4)));
    }

    @Test
    void inlineMarksBecomeStylesAndLinksKeepTheirAddress() {
        List<MarkdownLite.Span> spans = MarkdownLite.inline("a **bold** and *italic* and `code` and [site](https://example.org) snake_case_word");
        assertEquals("a bold and italic and code and site (https://example.org) snake_case_word",
                spans.stream().map(MarkdownLite.Span::text).collect(Collectors.joining()));
        assertEquals(true, spans.get(1).bold());
        assertEquals(true, spans.get(3).italic());
    }

    @Test
    void unmatchedMarksStayAsWritten() {
        assertEquals("2 * 3 = 6 and **open", MarkdownLite.inline("2 * 3 = 6 and **open").stream()
                .map(MarkdownLite.Span::text).collect(Collectors.joining()));
    }
}
