package org.parallax.export.annotations;

/** Converts between Java string offsets (UTF-16 units) and the Unicode code point offsets brat and W3C count in. */
final class Offsets {
    private Offsets() {
    }

    static int toCodePoints(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }

    static int toUtf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }
}
