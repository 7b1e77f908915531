package org.parallax.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockType;

/**
 * What the reader's text area shows for one article, and the map between the article's immutable text and it.
 * Related links and boilerplate (repeated header lines) are left out of the text (related links are offered
 * separately), as is a title block that repeats the header's title. Kept blocks appear in order, each one copied
 * unchanged, so every kept article offset has exactly one display offset: mentions and annotations stored as
 * {@code [start, end)} article offsets map through {@link #toDisplay(int)} and {@link #displayRange(int, int)}.
 */
public final class ReaderDocument {
    /** A kept block: {@code length} characters at {@code articleStart} shown at {@code displayStart}. */
    public record Segment(BlockType type, int articleStart, int displayStart, int length) {
        public int articleEnd() {
            return articleStart + length;
        }

        public int displayEnd() {
            return displayStart + length;
        }

        /** The CSS style class for the block's type, such as {@code block-paragraph}. */
        public String styleClass() {
            return styleClassOf(type);
        }
    }

    /** A {@code [start, end)} range of the displayed text. */
    public record Range(int start, int end) {
        public boolean isEmpty() {
            return end <= start;
        }
    }

    private static final String BLOCK_GAP = "\n\n";
    private final String text;
    private final List<Segment> segments;
    private final List<String> relatedLinks;

    private ReaderDocument(String text, List<Segment> segments, List<String> relatedLinks) {
        this.text = text;
        this.segments = List.copyOf(segments);
        this.relatedLinks = List.copyOf(relatedLinks);
    }

    /** Builds the displayed document of {@code article}. */
    public static ReaderDocument of(Article article) {
        String src = article.text();
        List<Block> blocks = article.blocks();
        if (blocks.isEmpty()) {
            // an article without blocks still shows: all of its text as one paragraph
            return new ReaderDocument(src, src.isEmpty() ? List.of() : List.of(new Segment(BlockType.PARAGRAPH, 0, 0, src.length())), List.of());
        }
        StringBuilder out = new StringBuilder();
        List<Segment> segs = new ArrayList<>();
        List<String> related = new ArrayList<>();
        boolean titleShownInHeader = false;
        int prevEnd = -1;
        boolean droppedSincePrev = false;
        for (Block b : blocks) {
            if (b.type().isBoilerplate()) {
                if (b.type() == BlockType.RELATED) related.addAll(lines(b.textIn(src)));
                droppedSincePrev = true;
                continue;
            }
            if (b.type() == BlockType.TITLE && !titleShownInHeader && sameText(b.textIn(src), article.title())) {
                titleShownInHeader = true;
                droppedSincePrev = true;
                continue;
            }
            if (repeatsHeader(b, src, article)) {
                droppedSincePrev = true;
                continue;
            }
            if (!segs.isEmpty()) {
                String gap = prevEnd <= b.start() ? src.substring(prevEnd, b.start()) : "";
                // keep the article's own separator (a space after a dateline, a blank line between paragraphs)
                // unless something was dropped in between or the gap is not plain white space
                out.append(!droppedSincePrev && !gap.isEmpty() && gap.isBlank() ? gap : BLOCK_GAP);
            }
            segs.add(new Segment(b.type(), b.start(), out.length(), b.length()));
            out.append(src, b.start(), b.end());
            prevEnd = b.end();
            droppedSincePrev = false;
        }
        return new ReaderDocument(out.toString(), segs, related);
    }

    /** A byline naming the author, or a date line, already shown in the header line above the text. */
    private static boolean repeatsHeader(Block b, String src, Article article) {
        String author = article.meta().author();
        if (b.type() == BlockType.BYLINE) {
            return author != null && !author.isBlank() && b.textIn(src).toLowerCase().contains(author.strip().toLowerCase());
        }
        return b.type() == BlockType.DATE && article.meta().published() != null;
    }

    private static boolean sameText(String a, String b) {
        return b != null && a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    private static List<String> lines(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public static String styleClassOf(BlockType type) {
        return "block-" + type.name().toLowerCase(Locale.ROOT);
    }

    /** The text the reader shows. */
    public String text() {
        return text;
    }

    /** The kept blocks in display order; the text between them is separator white space. */
    public List<Segment> segments() {
        return segments;
    }

    /** The lines of the article's related-links blocks, shown apart from the text. */
    public List<String> relatedLinks() {
        return relatedLinks;
    }

    /** The display offset of an article offset, or -1 when that part of the article is not shown. */
    public int toDisplay(int articleOffset) {
        for (Segment s : segments) {
            if (articleOffset >= s.articleStart() && articleOffset < s.articleEnd()) {
                return s.displayStart() + articleOffset - s.articleStart();
            }
        }
        // the end of a kept block is a valid (exclusive) position too
        for (Segment s : segments) {
            if (articleOffset == s.articleEnd()) return s.displayEnd();
        }
        return -1;
    }

    /**
     * The article offset of a display offset. A position in a separator maps to the start of the next kept block
     * (or the end of the last one), so a selection never reaches into hidden text.
     */
    public int toArticle(int displayOffset) {
        if (segments.isEmpty()) return 0;
        for (Segment s : segments) {
            if (displayOffset < s.displayStart()) return s.articleStart();
            if (displayOffset <= s.displayEnd()) return s.articleStart() + displayOffset - s.displayStart();
        }
        return segments.get(segments.size() - 1).articleEnd();
    }

    /**
     * The displayed part of an article range: the article range clipped to the kept blocks it touches. An entity
     * mention inside a hidden block gives an empty range. A range spanning a hidden block keeps its shown ends.
     */
    public Range displayRange(int articleStart, int articleEnd) {
        int start = -1;
        int end = -1;
        for (Segment s : segments) {
            int a = Math.max(articleStart, s.articleStart());
            int b = Math.min(articleEnd, s.articleEnd());
            if (a >= b) continue;
            if (start < 0) start = s.displayStart() + a - s.articleStart();
            end = s.displayStart() + b - s.articleStart();
        }
        return start < 0 ? new Range(0, 0) : new Range(start, end);
    }
}
