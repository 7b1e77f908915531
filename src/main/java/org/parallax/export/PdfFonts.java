package org.parallax.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The shipped DejaVu fonts of one PDF document, embedded as subsets; the font files are read once per process. */
final class PdfFonts {
    /** The shipped font files, read once per process (about 2 MB). */
    private static final Map<String, byte[]> FONT_BYTES = new HashMap<>();

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    final PDFont serif;

    PdfFonts(PDDocument doc) {
        regular = load(doc, "DejaVuSans.ttf");
        bold = load(doc, "DejaVuSans-Bold.ttf");
        italic = load(doc, "DejaVuSans-Oblique.ttf");
        serif = load(doc, "DejaVuSerif.ttf");
    }

    private static PDFont load(PDDocument doc, String name) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(name)));
            // no ligatures: a ligature glyph maps back to no letters, so "officials" would extract as "oﬃcials"
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the font " + name, e);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        synchronized (FONT_BYTES) {
            byte[] b = FONT_BYTES.get(name);
            if (b == null) {
                try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
                    if (in == null) throw new IllegalStateException("The font " + name + " is missing from the application");
                    b = in.readAllBytes();
                }
                FONT_BYTES.put(name, b);
            }
            return b;
        }
    }
}
