package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A file's bytes as read for import, with its text decoded once: UTF-16 when it starts with a UTF-16 byte order mark or
 * shows the NUL byte of every other byte that mostly-ASCII UTF-16 has, UTF-8 when the bytes are valid UTF-8 (a BOM is
 * dropped), otherwise Windows-1252, the usual encoding of older Western pages and text files. It also names the
 * common binary formats by their first bytes ({@link #binaryKind()}).
 */
public final class SourceFile {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path path;
    private final byte[] bytes;
    private String text;
    private Charset charset;
    /** UTF-16LE or UTF-16BE when the bytes are UTF-16 text, else null; worked out on first use. */
    private Charset utf16;
    private boolean utf16Known;

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
        String head = isUtf16() ? text().substring(0, Math.min(text().length(), 1024))
                : new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
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

    /** Whether the bytes are UTF-16 text (with or without a byte order mark), which {@link #text()} decodes. */
    public boolean isUtf16() {
        if (!utf16Known) {
            utf16 = detectUtf16();
            utf16Known = true;
        }
        return utf16 != null;
    }

    /**
     * UTF-16LE or BE by its byte order mark; without one, by the pattern of mostly-ASCII UTF-16 in the first 8 KB
     * (at least 16 bytes): a NUL in at least half of the odd (LE) or even (BE) positions, almost none in the others,
     * and no control character in the pairs that hold ASCII. Single-byte text has no NULs at all, and binary formats
     * spread theirs over both positions or pair them with control bytes.
     */
    private Charset detectUtf16() {
        int n = bytes.length;
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE && !(n >= 4 && bytes[2] == 0 && bytes[3] == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        int m = Math.min(n, 8192) & ~1;
        if (m < 16) return null;
        if (asciiPairs(m, 0)) return StandardCharsets.UTF_16LE;
        if (asciiPairs(m, 1)) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Whether the first {@code m} bytes read as mostly-ASCII UTF-16 with the low byte of each pair at {@code low}. */
    private boolean asciiPairs(int m, int low) {
        int pairs = m / 2;
        int ascii = 0;
        int lowNul = 0;
        for (int i = 0; i < m; i += 2) {
            int lo = bytes[i + low] & 0xff;
            int hi = bytes[i + 1 - low] & 0xff;
            if (lo == 0) lowNul++;
            if (hi != 0) continue;
            if (lo < 0x09 || (lo > 0x0d && lo < 0x20 && lo != 0x1b)) return false;
            ascii++;
        }
        return ascii * 2 >= pairs && lowNul * 50 <= pairs;
    }

    private void decode() {
        if (isUtf16()) {
            // a byte order mark, if any, is dropped below; a malformed pair becomes U+FFFD rather than failing the file
            text = new String(bytes, 0, bytes.length & ~1, utf16);
            charset = utf16;
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            return;
        }
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
        if (isUtf16()) {
            String head = text().substring(0, Math.min(text().length(), 4096));
            long control = head.chars().filter(c -> c == 0 || c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)).count();
            return head.indexOf('\0') >= 0 || (!head.isEmpty() && control * 20 > head.length());
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
        }
        return n > 0 && control * 20 > n;
    }

    /**
     * What the file is when its first bytes are the signature of a common binary format ("a PNG image", "a ZIP
     * archive"...), else null. A PDF is named too; the PDF importer reads it whatever its file name.
     */
    public String binaryKind() {
        for (Signature sig : SIGNATURES) {
            if (sig.matches(bytes)) return sig.kind();
        }
        return null;
    }

    /** A format's first bytes at an offset; -1 in {@code magic} matches any byte. */
    private record Signature(int offset, int[] magic, String kind) {
        boolean matches(byte[] b) {
            if (b.length < offset + magic.length) return false;
            for (int i = 0; i < magic.length; i++) {
                if (magic[i] >= 0 && (b[offset + i] & 0xff) != magic[i]) return false;
            }
            return true;
        }
    }

    private static Signature sig(String kind, int offset, int... magic) {
        return new Signature(offset, magic, kind);
    }

    private static int[] ascii(String s) {
        return s.chars().toArray();
    }

    /** Only signatures no text file starts with: each holds a byte that is not printable ASCII, or is long and exact. */
    private static final List<Signature> SIGNATURES = List.of(
            sig("a PDF document", 0, ascii("%PDF-")),
            sig("a PNG image", 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a),
            sig("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
            sig("a GIF image", 0, ascii("GIF87a")),
            sig("a GIF image", 0, ascii("GIF89a")),
            sig("a WebP image", 0, 'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'),
            sig("a TIFF image", 0, 'I', 'I', 0x2A, 0x00),
            sig("a TIFF image", 0, 'M', 'M', 0x00, 0x2A),
            sig("an icon image", 0, 0x00, 0x00, 0x01, 0x00),
            sig("a ZIP archive (or a Word, OpenDocument or EPUB file)", 0, 'P', 'K', 0x03, 0x04),
            sig("a gzip-compressed file", 0, 0x1F, 0x8B),
            sig("a bzip2-compressed file", 0, 'B', 'Z', 'h', -1, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59),
            sig("an xz-compressed file", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
            sig("a Zstandard-compressed file", 0, 0x28, 0xB5, 0x2F, 0xFD),
            sig("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            sig("a RAR archive", 0, 'R', 'a', 'r', '!', 0x1A, 0x07),
            sig("an old Microsoft Office file", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            sig("an SQLite database", 0, ascii("SQLite format 3\0")),
            sig("a program (ELF)", 0, 0x7F, 'E', 'L', 'F'),
            sig("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            sig("an MP3 audio file", 0, 'I', 'D', '3', -1, 0x00),
            sig("a video or audio file (MP4)", 4, 'f', 't', 'y', 'p'),
            sig("an Ogg audio or video file", 0, 'O', 'g', 'g', 'S', 0x00));
}
