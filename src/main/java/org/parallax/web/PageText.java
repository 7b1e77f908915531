package org.parallax.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.parallax.ingest.HtmlImporter;

/**
 * How a fetched page's bytes become text, in the order browsers use: a byte-order mark, then the charset of the
 * Content-Type header, then the page's {@code <meta charset>} or http-equiv declaration in its first 4 KB, else UTF-8.
 * A name that is unknown or malformed counts as absent; Latin-1 and ASCII are read as Windows-1252, as browsers do.
 */
public final class PageText {
    private PageText() {
    }

    public static Charset charset(String headerCharset, byte[] bytes) {
        Charset bom = bom(bytes);
        if (bom != null) return bom;
        Charset fromHeader = named(headerCharset);
        if (fromHeader != null) return fromHeader;
        Charset declared = HtmlImporter.declaredCharset(bytes);
        // a page that is UTF-16 on the wire cannot have been read as ASCII to find this declaration
        if (declared != null && !declared.name().startsWith("UTF-16")) return declared;
        return StandardCharsets.UTF_8;
    }

    /** A charset by its label, or null when the label is blank, malformed or unknown to this JVM. */
    public static Charset named(String label) {
        return HtmlImporter.charsetNamed(label);
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The text, malformed bytes replaced, without a byte-order mark. */
    public static String decode(byte[] bytes, Charset charset) {
        String s = new String(bytes, charset);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Whether bytes served without a type start like an HTML page. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<?xml") && head.contains("<html");
    }
}
