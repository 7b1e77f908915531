package org.parallax.export;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A small text layout engine over PDFBox: styled runs wrapped by measured width, lines that move to a new page when
 * the page is full, and drawing helpers. Text is drawn in reading order, one showText per same-style segment of a
 * line, so that extracted text reads like the page. Characters the font cannot draw become '?', never an exception.
 */
final class PdfLayout implements AutoCloseable {
    static final float MARGIN_TOP = 64;
    static final float MARGIN_BOTTOM = 56;
    static final float MARGIN_SIDE = 62;

    /** How a run of text looks. A null background or underline draws none. */
    record Style(PDFont font, float size, Color color, Color background, Color underline) {
        Style with(Color bg, Color line) {
            return new Style(font, size, color, bg, line);
        }

        Style font(PDFont f) {
            return new Style(f, size, color, background, underline);
        }

        Style color(Color c) {
            return new Style(font, size, c, background, underline);
        }

        float leading() {
            return size * 1.42f;
        }
    }

    record Run(String text, Style style) {
    }

    /** A place in the document a link or bookmark can point to. */
    record Anchor(PDPage page, float top) {
    }

    /** Extra drawing for a block of lines: an indent, a bar left of each line, and a marker beside the first line. */
    record Block(float indent, Color leftBar, String marker, Style markerStyle) {
        static final Block PLAIN = new Block(0, null, null, null);

        static Block indented(float indent) {
            return new Block(indent, null, null, null);
        }
    }

    private final PDDocument doc;
    private final PDRectangle size;
    final PdfFonts fonts;
    private static final int FAST_LIMIT = 0x3000;
    private final Map<PDFont, Map<Integer, Float>> widths = new HashMap<>();
    private final Map<PDFont, float[]> fastWidths = new HashMap<>();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    /** Whether anything was drawn on the current page (or it was reserved to be filled later). */
    private boolean used;

    PdfLayout(PDDocument doc, PDRectangle size) {
        this.doc = doc;
        this.size = size;
        this.fonts = new PdfFonts(doc);
    }

    float left() {
        return MARGIN_SIDE;
    }

    float right() {
        return size.getWidth() - MARGIN_SIDE;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return size.getHeight() - MARGIN_TOP;
    }

    float bottom() {
        return MARGIN_BOTTOM;
    }

    float y() {
        return y;
    }

    PDRectangle pageSize() {
        return size;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream cs() {
        return cs;
    }

    /**
     * Puts the cursor at the top of a fresh page. A page nothing was drawn on yet is that page: so a section that
     * starts a page after one that ended exactly at a page end (which already broke to a new page) leaves no blank
     * page behind, however the sections' spacing falls.
     */
    PDPage newPage() {
        if (page != null && !used) {
            y = top();
            return page;
        }
        closeStream();
        page = new PDPage(size);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
        used = false;
        return page;
    }

    /** A new page kept for drawing later (the contents): never reused, even though nothing is drawn on it yet. */
    PDPage reservePage() {
        PDPage p = newPage();
        used = true;
        return p;
    }

    /** Moves to a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) {
        if (page == null || y - height < bottom()) newPage();
    }

    void space(float h) {
        y -= h;
        if (y < bottom()) newPage();
    }

    Anchor here() {
        return new Anchor(page, Math.min(size.getHeight(), y + 14));
    }

    // ---- measuring ----

    /** The text with what the font cannot draw replaced: tabs by spaces, control characters dropped, others '?'. */
    String clean(PDFont font, String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') sb.append("    ");
            else if (cp == '\n') sb.append('\n');
            else if (Character.isISOControl(cp) || cp == 0xFEFF || cp == 0x200B) return;
            else if (cp == 0x00A0) sb.append(' ');
            else if (charWidth(font, cp) < 0) sb.append('?');
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    float width(String s, Style st) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            float cw = charWidth(st.font(), cp);
            w += cw < 0 ? charWidth(st.font(), '?') : cw;
            i += Character.charCount(cp);
        }
        return w / 1000f * st.size();
    }

    /** Glyph width in font units, or -1 when the font has no glyph for it. */
    private float charWidth(PDFont font, int cp) {
        // a flat table for the common planes: measuring is the hot path of a long report
        float[] table = null;
        if (cp < FAST_LIMIT) {
            table = fastWidths.computeIfAbsent(font, f -> {
                float[] t = new float[FAST_LIMIT];
                Arrays.fill(t, Float.NaN);
                return t;
            });
            float w = table[cp];
            if (!Float.isNaN(w)) return w;
        }
        Map<Integer, Float> m = widths.computeIfAbsent(font, f -> new HashMap<>());
        Float w = m.get(cp);
        if (w == null) {
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                w = font.getStringWidth(s);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                w = -1f;
            }
            m.put(cp, w);
        }
        if (table != null) table[cp] = w;
        return w;
    }

    // ---- paragraphs ----

    private record Frag(String text, Style style, float width) {
    }

    /** Wraps and draws styled runs as one paragraph, breaking pages between lines; returns the lines drawn. */
    int paragraph(List<Run> runs, Block block) {
        float maxWidth = width() - block.indent();
        List<List<Frag>> lines = wrap(runs, maxWidth);
        boolean first = true;
        for (List<Frag> line : lines) {
            float lead = 0;
            for (Frag f : line) lead = Math.max(lead, f.style().leading());
            if (lead == 0) lead = runs.isEmpty() ? 14 : runs.get(0).style().leading();
            ensure(lead);
            y -= lead;
            if (block.leftBar() != null) {
                fillRect(left() + block.indent() - 9, y - lead * 0.28f, 2.2f, lead, block.leftBar());
            }
            // the marker goes first, so that extracted text reads "[1] quote", as the eye does
            if (first && block.marker() != null) {
                Style ms = block.markerStyle();
                String m = clean(ms.font(), block.marker());
                text(left() + block.indent() - 14 - width(m, ms), y, m, ms);
            }
            drawLine(line, left() + block.indent(), y, lead);
            first = false;
        }
        return lines.size();
    }

    int paragraph(String text, Style style) {
        return paragraph(List.of(new Run(text, style)), Block.PLAIN);
    }

    private List<List<Frag>> wrap(List<Run> runs, float maxWidth) {
        // words: fragments without spaces inside, each possibly ending in its trailing spaces
        List<List<Frag>> words = new ArrayList<>();
        List<Frag> word = new ArrayList<>();
        List<Boolean> hardBreakAfter = new ArrayList<>();
        for (Run r : runs) {
            String t = clean(r.style().font(), r.text());
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == '\n') {
                    words.add(word);
                    hardBreakAfter.add(true);
                    word = new ArrayList<>();
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.length() && t.charAt(j) != ' ' && t.charAt(j) != '\n') j++;
                int k = j;
                while (k < t.length() && t.charAt(k) == ' ') k++;
                String piece = t.substring(i, k);
                if (!piece.isEmpty()) word.add(new Frag(piece, r.style(), width(piece, r.style())));
                if (k > j) {
                    words.add(word);
                    hardBreakAfter.add(false);
                    word = new ArrayList<>();
                }
                i = k;
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
            hardBreakAfter.add(false);
        }
        List<List<Frag>> lines = new ArrayList<>();
        List<Frag> line = new ArrayList<>();
        float lineWidth = 0;
        for (int w = 0; w < words.size(); w++) {
            List<Frag> wd = words.get(w);
            float ww = 0;
            for (Frag f : wd) ww += f.width();
            float trimmed = ww - trailingSpace(wd);
            if (!line.isEmpty() && lineWidth + trimmed > maxWidth) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
            }
            if (trimmed > maxWidth) {
                // a word wider than the line (a URL): cut it by characters
                for (Frag f : wd) {
                    for (Frag part : splitToFit(f, maxWidth)) {
                        if (!line.isEmpty() && lineWidth + part.width() > maxWidth) {
                            lines.add(line);
                            line = new ArrayList<>();
                            lineWidth = 0;
                        }
                        line.add(part);
                        lineWidth += part.width();
                    }
                }
            } else {
                line.addAll(wd);
                lineWidth += ww;
            }
            if (hardBreakAfter.get(w)) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
            }
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }

    private float trailingSpace(List<Frag> wd) {
        if (wd.isEmpty()) return 0;
        Frag last = wd.get(wd.size() - 1);
        String t = last.text();
        int n = t.length() - t.stripTrailing().length();
        return n == 0 ? 0 : width(t.substring(t.length() - n), last.style());
    }

    private List<Frag> splitToFit(Frag f, float maxWidth) {
        List<Frag> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        float w = 0;
        String t = f.text();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float cw = width(ch, f.style());
            if (w + cw > maxWidth && sb.length() > 0) {
                parts.add(new Frag(sb.toString(), f.style(), w));
                sb.setLength(0);
                w = 0;
            }
            sb.append(ch);
            w += cw;
            i += ch.length();
        }
        if (sb.length() > 0) parts.add(new Frag(sb.toString(), f.style(), w));
        return parts;
    }

    private void drawLine(List<Frag> line, float x0, float baseline, float lead) {
        // merge same-style neighbours so that each segment is one showText; trailing spaces of the line are dropped
        List<Frag> segs = new ArrayList<>();
        for (Frag f : line) {
            if (!segs.isEmpty() && segs.get(segs.size() - 1).style().equals(f.style())) {
                Frag prev = segs.remove(segs.size() - 1);
                segs.add(new Frag(prev.text() + f.text(), f.style(), prev.width() + f.width()));
            } else {
                segs.add(f);
            }
        }
        if (!segs.isEmpty()) {
            Frag last = segs.remove(segs.size() - 1);
            String t = last.text().stripTrailing();
            if (!t.isEmpty()) segs.add(new Frag(t, last.style(), width(t, last.style())));
        }
        float x = x0;
        for (Frag s : segs) {
            Style st = s.style();
            if (st.background() != null) {
                fillRect(x - 0.5f, baseline - st.size() * 0.27f, s.width() + 1f, st.size() * 1.2f, st.background());
            }
            if (st.underline() != null) {
                fillRect(x, baseline - st.size() * 0.27f, s.width(), 0.9f, st.underline());
            }
            x += s.width();
        }
        x = x0;
        for (Frag s : segs) {
            text(x, baseline, s.text(), s.style());
            x += s.width();
        }
    }

    // ---- primitives ----

    /** Draws one already clean piece of text at a baseline. */
    void text(float x, float baseline, String s, Style st) {
        if (s.isEmpty()) return;
        used = true;
        try {
            cs.beginText();
            cs.setFont(st.font(), st.size());
            cs.setNonStrokingColor(st.color());
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the text to fit {@code maxWidth}, ending with an ellipsis when cut. */
    String fit(String s, Style st, float maxWidth) {
        String c = clean(st.font(), s).replace('\n', ' ');
        if (width(c, st) <= maxWidth) return c;
        int n = c.length();
        while (n > 0 && width(c.substring(0, n) + "…", st) > maxWidth) n--;
        return n == 0 ? "" : c.substring(0, n).stripTrailing() + "…";
    }

    void fillRect(float x, float yy, float w, float h, Color c) {
        used = true;
        try {
            cs.setNonStrokingColor(c);
            cs.addRect(x, yy, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeRect(float x, float yy, float w, float h, Color c, float lineWidth) {
        used = true;
        try {
            cs.setStrokingColor(c);
            cs.setLineWidth(lineWidth);
            cs.addRect(x, yy, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color c, float lineWidth) {
        used = true;
        try {
            cs.setStrokingColor(c);
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the cursor down by {@code h} without a page check (for drawings already fitted with {@link #ensure}). */
    void advance(float h) {
        y -= h;
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    /** Ends the layout; a last page nothing was drawn on (the content ended exactly at a page end) is dropped. */
    @Override
    public void close() {
        closeStream();
        if (page != null && !used) {
            doc.removePage(page);
            page = null;
        }
    }
}
