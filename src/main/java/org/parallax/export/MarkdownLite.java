package org.parallax.export;

import java.util.ArrayList;
import java.util.List;

import org.parallax.text.Markdown;

/**
 * Notes as the PDF prints them: headings, bullet and numbered items, block quotes and paragraphs, with bold and italic
 * runs, and links followed by their address. {@link Markdown} reads the Markdown; this only chooses how each part is
 * printed. Anything else stays as written, so no text is ever lost.
 */
final class MarkdownLite {
    private MarkdownLite() {
    }

    enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE }

    record Span(String text, boolean bold, boolean italic) {
    }

    record MdBlock(Kind kind, String bullet, List<Span> spans) {
    }

    static List<MdBlock> parse(String markdown) {
        List<MdBlock> blocks = new ArrayList<>();
        for (Markdown.Block b : Markdown.blocks(markdown)) {
            // a note is printed as flowing text: a hard line break is a space
            String text = b.text().replace('\n', ' ');
            switch (b.kind()) {
                case HEADING -> blocks.add(new MdBlock(Kind.HEADING, null, inline(text)));
                case ITEM -> blocks.add(new MdBlock(Kind.ITEM, b.marker().matches("[-*+]") ? "•" : b.marker(), inline(text)));
                case QUOTE -> blocks.add(new MdBlock(Kind.QUOTE, null, inline(text)));
                case CODE -> blocks.add(new MdBlock(Kind.PARAGRAPH, null, List.of(new Span(text, false, false))));
                case PARAGRAPH, IMAGE -> blocks.add(new MdBlock(Kind.PARAGRAPH, null, inline(text)));
            }
        }
        return blocks;
    }

    static List<Span> inline(String s) {
        List<Span> spans = new ArrayList<>();
        for (Markdown.Span m : Markdown.inline(s)) {
            boolean link = m.url() != null && !m.url().isEmpty() && !m.url().equals(m.text());
            spans.add(new Span(link ? m.text() + " (" + m.url() + ")" : m.text(), m.bold(), m.italic()));
        }
        return spans;
    }
}
