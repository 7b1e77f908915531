package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file's bytes as read for import, with its text decoded once: UTF-8 when the bytes are valid UTF-8 (a BOM is
 * dropped), otherwise Windows-1252, the usual encoding of older Western pages and text files.
 */
public final class SourceFile {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path path;
    private final byte[] bytes;
    private String text;
    private Charset charset;

    public SourceFile(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    public Path path() {
        return path;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The file name in lower case, for choosing an importer by extension. */
    public String lowerName() {
        Path n = path.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the file starts with the given ASCII magic, after an optional BOM and leading white space. */
    public boolean startsWithIgnoreCase(String magic) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) head = head.substring(3);
        return head.stripLeading().regionMatches(true, 0, magic, 0, magic.length());
    }

    /** The decoded text with line ends normalised to {@code \n}. */
    public String text() {
        if (text == null) decode();
        return text;
    }

    /** The charset {@link #text()} was decoded with. */
    public Charset charset() {
        if (text == null) decode();
        return charset;
    }

    private void decode() {
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            charset = StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            int cut = truncatedUtf8Tail();
            if (cut > 0) {
                // a UTF-8 file cut inside its last character: keep UTF-8 and drop the partial character, rather
                // than reading every accent and quote of the file as Windows-1252
                text = new String(bytes, 0, bytes.length - cut, StandardCharsets.UTF_8);
                charset = StandardCharsets.UTF_8;
            } else {
                text = new String(bytes, WINDOWS_1252);
                charset = WINDOWS_1252;
            }
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The number of bytes (1 to 3) of an incomplete multi-byte UTF-8 character at the end, when everything before
     * them is valid UTF-8 holding at least one multi-byte character; otherwise 0.
     */
    private int truncatedUtf8Tail() {
        int n = bytes.length;
        for (int k = 1; k <= 3 && k < n; k++) {
            int lead = bytes[n - k] & 0xff;
            if ((lead & 0xC0) == 0x80) continue; // a continuation byte: look further back for the lead byte
            int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (needed <= k) return 0;
            // only when the rest shows UTF-8 at work: "café" in Windows-1252 also ends in a lone lead-like byte
            boolean hasMultibyte = false;
            for (int j = 0; j < n - k && !hasMultibyte; j++) hasMultibyte = bytes[j] < 0;
            if (!hasMultibyte) return 0;
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, n - k));
                return k;
            } catch (CharacterCodingException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Whether the bytes look like binary data rather than text: a NUL byte, or many control characters, in the
     * first 8 KB.
     */
    public boolean looksBinary() {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
        }
        return n > 0 && control * 20 > n;
    }
}
