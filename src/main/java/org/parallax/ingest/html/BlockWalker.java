package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.parallax.model.BlockType;
import org.parallax.text.Accents;

/**
 * Turns an extracted body element into typed text blocks in reading order: headings become HEADING, paragraphs,
 * list items, quotes and table cells PARAGRAPH, figure captions CAPTION. Loose text between block elements becomes
 * a paragraph of its own; a {@code <br>} stays a line break inside its block.
 */
public final class BlockWalker {
    /** One block's type and text, before it is placed in the article text. */
    public record BlockText(BlockType type, String text) {
    }

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "details",
            "dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "summary", "center", "body", "html");
    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "head", "title",
            "svg", "button", "select", "option", "textarea", "input");

    /** Class or id words of a caption or photo credit box that is not a {@code <figcaption>}. */
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|credit|copyright|bildunterschrift"
            + "|bildnachweis|legend|photo-?info|image-?(info|description|annotation|metadata)|img-?(info|description|metadata)");
    private static final int MAX_CAPTION = 400;
    /** An id at least this long, with hyphens, may be a slug of the element's text. */
    private static final int SLUG_ID = 20;
    /**
     * Set on caption boxes before Readability scores the page: it drops every class name from what it returns, so a
     * {@code <p class="wp-caption-text">} would otherwise come back as a plain paragraph of the story.
     */
    static final String CAPTION_MARK = "data-parallax-caption";

    private final List<BlockText> out = new ArrayList<>();

    /** The blocks of {@code root}, in document order; empty blocks are dropped. */
    public static List<BlockText> walk(Element root) {
        BlockWalker w = new BlockWalker();
        StringBuilder inline = new StringBuilder();
        w.visit(root, BlockType.PARAGRAPH, inline);
        w.flush(BlockType.PARAGRAPH, inline);
        return w.out;
    }

    private void visit(Element e, BlockType context, StringBuilder inline) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(collapse(t.getWholeText()));
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                if (SKIP_TAGS.contains(tag)) continue;
                if (tag.equals("br")) {
                    inline.append('\n');
                    continue;
                }
                if (!BLOCK_TAGS.contains(tag)) {
                    visit(c, context, inline); // inline element: its text continues the current line
                    continue;
                }
                flush(context, inline);
                BlockType type = typeOf(c, tag, context);
                StringBuilder own = new StringBuilder();
                if (tag.equals("pre")) {
                    own.append(c.wholeText());
                } else {
                    visit(c, type, own);
                }
                flush(type, own);
            }
        }
    }

    /** The block type of {@code c}; a separate method so the recursive visit keeps a small stack frame. */
    private static BlockType typeOf(Element c, String tag, BlockType context) {
        if (c.hasAttr(CAPTION_MARK) || isCaptionBox(c)) return BlockType.CAPTION;
        return typeOf(tag, context);
    }

    /** Whether {@code c}'s class or id names it a caption or photo credit and it is short enough to be one. */
    static boolean isCaptionBox(Element c) {
        if (!CAPTION_CLASS.matcher(c.className() + " " + c.id()).find()) return false;
        return CAPTION_CLASS.matcher(classWords(c)).find() && c.text().length() <= MAX_CAPTION;
    }

    /**
     * An element's class and id words, without an id that is a slug of the element's own text: a heading's anchor
     * ("...-grundlegende-techniken-...") says what the heading says, not what kind of box it is.
     */
    static String classWords(Element e) {
        String id = e.id();
        if (id.length() >= SLUG_ID && id.indexOf('-') > 0) {
            String slug = letters(id);
            if (slug.length() >= SLUG_ID / 2 && letters(e.text()).startsWith(slug.substring(0, SLUG_ID / 2))) id = "";
        }
        return e.className() + " " + id;
    }

    /** Lower-case ASCII letters and digits of {@code s}, accents dropped, as a slug keeps them. */
    private static String letters(String s) {
        String d = Accents.fold(s).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char ch = d.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) sb.append(ch);
        }
        return sb.toString();
    }

    /** Marks the caption boxes under {@code root} so they are still known as captions once their classes are gone. */
    static void markCaptions(Element root) {
        for (Element e : root.select("[class], [id]")) {
            // every element inside too: Readability replaces a div holding one paragraph by that paragraph
            if (e.hasAttr(CAPTION_MARK) || !isCaptionBox(e)) continue;
            Element box = BLOCK_TAGS.contains(e.normalName()) ? e : blockAround(e);
            if (box == null) continue;
            for (Element d : box.getAllElements()) d.attr(CAPTION_MARK, "");
        }
    }

    /**
     * The block an inline caption ({@code <span class="caption">} under a picture) fills alone, so the line is typed
     * as the caption it is; null when the block says more than the caption.
     */
    private static Element blockAround(Element inline) {
        Element b = inline.parent();
        while (b != null && !BLOCK_TAGS.contains(b.normalName())) b = b.parent();
        if (b == null || b.normalName().equals("body") || b.normalName().equals("html")) return null;
        return b.text().strip().equals(inline.text().strip()) ? b : null;
    }

    private static BlockType typeOf(String tag, BlockType context) {
        return switch (tag) {
            // a heading inside a figure is the title of its picture or of the teaser it links to
            case "h1", "h2", "h3", "h4", "h5", "h6" -> context == BlockType.CAPTION ? BlockType.CAPTION : BlockType.HEADING;
            // a figure holds a picture and what is said about it; its text is caption, never story
            case "figcaption", "caption", "figure" -> BlockType.CAPTION;
            case "p", "li", "blockquote", "pre", "dd", "dt", "td", "th" ->
                    context == BlockType.CAPTION ? BlockType.CAPTION : BlockType.PARAGRAPH;
            default -> context;
        };
    }

    private void flush(BlockType type, StringBuilder inline) {
        // soft hyphens only say where a word may break at a line's end; in stored text they split words for search
        String text = inline.toString().replace('\u00A0', ' ').replace("\u00AD", "");
        inline.setLength(0);
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip().replaceAll("[ \\t\\x0B\\f\\r]+", " ");
            if (l.isEmpty()) continue;
            if (lines.length() > 0) lines.append('\n');
            lines.append(l);
        }
        if (lines.length() > 0) out.add(new BlockText(type, lines.toString()));
    }

    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }
}
