package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.testsupport.SharedData;

/** How {@link SourceFile} tells UTF-16 from other text and from binary data, and names binary formats. */
class SourceFileTest {
    private static SourceFile of(String name, byte[] bytes) {
        return new SourceFile(Path.of(name), bytes);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDecodedAndOtherTextIsNot() throws Exception {
        String text = Files.readString(SharedData.sample("story1-outlet-b.txt"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            SourceFile f = of("a.txt", text.getBytes(cs));
            assertTrue(f.isUtf16(), cs.name());
            assertEquals(cs, f.charset());
            assertEquals(text, f.text());
            assertFalse(f.looksBinary(), cs.name());
        }
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1}) {
            SourceFile f = of("a.txt", "Caf\u00e9 society: the council met on Tuesday.".getBytes(cs));
            assertFalse(f.isUtf16(), cs.name());
        }
    }

    @Test
    void binaryDataIsNotTakenForUtf16() {
        byte[] noise = new byte[8192];
        new Random(3).nextBytes(noise);
        assertFalse(of("n.txt", noise).isUtf16());
        assertTrue(of("n.txt", noise).looksBinary());
        // 16-bit samples of a quiet sound: a NUL in every other byte, but control bytes beside them
        byte[] pcm = new byte[4096];
        for (int i = 0; i < pcm.length; i += 2) pcm[i] = (byte) (i % 7);
        assertFalse(of("s.txt", pcm).isUtf16());
        assertTrue(of("s.txt", pcm).looksBinary());
    }

    @Test
    void commonBinaryFormatsAreNamedByTheirFirstBytes() {
        assertEquals("a PNG image", of("x.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).binaryKind());
        assertEquals("a JPEG image", of("x.html", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).binaryKind());
        assertEquals("a PDF document", of("x.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).binaryKind());
        // text that begins like a signature's printable part is still text
        assertNull(of("x.txt", "PKK leaders met in Ankara on Monday.".getBytes(StandardCharsets.US_ASCII)).binaryKind());
        assertNull(of("x.txt", "ID3 tags are read by every music player.".getBytes(StandardCharsets.US_ASCII)).binaryKind());
    }
}
