package org.parallax.ui.compare;

import java.util.NoSuchElementException;
import java.util.Optional;

import javafx.geometry.Bounds;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

import org.parallax.ui.reader.ReaderDocument;

/**
 * Keeps aligned sentences level: the sentence at the leading pane's anchor line and its partner are brought to the
 * same height on screen, to the pixel, by scrolling the other pane. As in Meld, the anchor line moves down the view
 * as the pane scrolls down (top line at the top, bottom line at the end), so both texts' first and last sentences
 * can be levelled. A sentence that starts above the view is levelled at the same share of its length on both sides.
 */
final class CompareAligner {
    /** The anchor line's place in a pane: as far down the view as the pane is scrolled down its text. */
    static double anchorY(StyleClassedTextArea area) {
        double h = area.getViewportHeight() > 0 ? area.getViewportHeight() : area.getHeight();
        double max = area.getTotalHeightEstimate() - h;
        double share = max <= 1 ? 0 : Math.max(0, Math.min(1, area.getEstimatedScrollY() / max));
        return Math.max(8, Math.min(h - 8, share * h));
    }

    private CompareAligner() {
    }

    /** Scrolls {@code other} so the partner of the sentence at {@code leader}'s anchor line is level; returns that link or null. */
    static CompareLayout.Link level(CompareLayout l, StyleClassedTextArea leader, boolean leaderIsLeft, StyleClassedTextArea other) {
        double[] gap = new double[1];
        return level(l, leader, leaderIsLeft, other, gap);
    }

    /**
     * As {@link #level(CompareLayout, StyleClassedTextArea, boolean, StyleClassedTextArea)}, leaving in {@code gap[0]} the
     * distance still between the two lines (non-zero when {@code other} is at the start or end of its text), NaN when
     * there was nothing to level.
     */
    static CompareLayout.Link level(CompareLayout l, StyleClassedTextArea leader, boolean leaderIsLeft, StyleClassedTextArea other,
            double[] gap) {
        gap[0] = Double.NaN;
        if (l == null || leader.getLength() == 0 || other.getLength() == 0) return null;
        int off = offsetAt(leader, 8, anchorY(leader));
        if (off < 0) return null;
        CompareLayout.Link link = l.linkAt(leaderIsLeft, off);
        if (link == null) return null;
        ReaderDocument.Range mine = leaderIsLeft ? link.left() : link.right(), theirs = leaderIsLeft ? link.right() : link.left();
        int refTheirs = theirs.start();
        Optional<Bounds> mb = top(leader, mine.start());
        if (mb.isEmpty()) {
            double share = (off - mine.start()) / (double) Math.max(1, mine.end() - mine.start());
            refTheirs = Math.min(theirs.end() - 1, theirs.start() + (int) (share * (theirs.end() - theirs.start())));
            mb = top(leader, off);
            if (mb.isEmpty()) return null;
        }
        Optional<Bounds> tb = top(other, refTheirs);
        if (tb.isEmpty()) {
            int par = other.offsetToPosition(refTheirs, TwoDimensional.Bias.Forward).getMajor();
            other.showParagraphAtTop(par);
            other.layout();
            tb = top(other, refTheirs);
            if (tb.isEmpty()) return link;
        }
        double delta = tb.get().getMinY() - mb.get().getMinY();
        gap[0] = delta;
        if (Math.abs(delta) > 0.5) {
            other.scrollYBy(delta);
            other.layout();
            int ref = refTheirs;
            Optional<Bounds> after = top(other, ref);
            double leaderY = mb.get().getMinY();
            gap[0] = after.map(b -> b.getMinY() - leaderY).orElse(delta);
        }
        return link;
    }

    /** Screen bounds of the character at {@code offset}, or empty when it is not shown. */
    static Optional<Bounds> top(StyleClassedTextArea area, int offset) {
        if (offset < 0 || offset >= area.getLength()) return Optional.empty();
        try {
            return area.getCharacterBoundsOnScreen(offset, offset + 1);
        } catch (NoSuchElementException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The text offset at a point of the area, or -1 while its cells are being rebuilt (Flowless cannot hit then). */
    static int offsetAt(StyleClassedTextArea area, double x, double y) {
        try {
            return area.hit(x, y).getInsertionIndex();
        } catch (NoSuchElementException | IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
