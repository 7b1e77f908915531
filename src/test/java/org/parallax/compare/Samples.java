package org.parallax.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.testsupport.SharedData;

/**
 * Builds Article records from the shared sample pair the way an importer would: one block per non-empty line; the
 * header lines, the repeated byline/date lines and repeated captions as BOILERPLATE; the "More From ..." list and
 * everything after it as RELATED; "/File" captions as CAPTION; short unpunctuated lines as HEADING.
 */
final class Samples {
    private Samples() {
    }

    static Path sharedData() {
        return SharedData.root();
    }

    static Article outletA() {
        return load(sharedData().resolve("samples/story1-outlet-a.txt"), 1, "outlet A");
    }

    static Article outletB() {
        return load(sharedData().resolve("samples/story1-outlet-b.txt"), 2, "outlet B");
    }

    static Article load(Path file, long id, String outlet) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromText(id, outlet, text);
    }

    static Article fromText(long id, String outlet, String text) {
        List<Block> blocks = new ArrayList<>();
        boolean header = text.stripLeading().startsWith("date ");
        boolean related = false, titleSeen = !header, afterBy = false;
        Set<String> seen = new HashSet<>();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            pos = end + 1;
            if (s == e) {
                header = false; // the header runs to the first blank line
                continue;
            }
            String line = text.substring(s, e);
            BlockType type;
            if (related || line.startsWith("More From")) {
                related = true;
                type = BlockType.RELATED;
            } else if (header || line.equals("By") || afterBy || line.matches("(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day .*\\d{4}")
                    || !seen.add(line)) {
                type = BlockType.BOILERPLATE;
            } else if (line.endsWith("/File")) {
                type = BlockType.CAPTION;
            } else if (!titleSeen) {
                type = BlockType.TITLE;
                titleSeen = true;
            } else if (line.length() < 60 && !line.matches(".*[.!?\"”]$")) {
                type = BlockType.HEADING;
            } else {
                type = BlockType.PARAGRAPH;
            }
            afterBy = line.equals("By");
            blocks.add(new Block(type, s, e));
        }
        String title = blocks.stream().filter(b -> b.type() == BlockType.TITLE).findFirst()
                .map(b -> b.textIn(text)).orElse(outlet + " article");
        ArticleMeta meta = new ArticleMeta(title, false, null, outlet, null, null, null, null, null, null, "text", "en");
        return new Article(id, meta, text, blocks, Integer.toHexString(text.hashCode()), Instant.EPOCH);
    }

    /** An article whose text is the given paragraphs, one PARAGRAPH block each, separated by blank lines. */
    static Article ofParagraphs(long id, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (sb.length() > 0) sb.append("\n\n");
            blocks.add(new Block(BlockType.PARAGRAPH, sb.length(), sb.length() + p.length()));
            sb.append(p);
        }
        ArticleMeta meta = new ArticleMeta("article " + id, true, null, null, null, null, null, null, null, null, "text", "en");
        return new Article(id, meta, sb.toString(), blocks, Integer.toHexString(sb.toString().hashCode()), Instant.EPOCH);
    }

    /** Whether one aligned pair holds a sentence of {@code a} containing {@code inA} and one of {@code b} containing {@code inB}. */
    static boolean paired(Alignment al, Article a, String inA, Article b, String inB) {
        for (AlignedPair p : al.pairs()) {
            boolean x = p.a().stream().anyMatch(s -> s.textIn(a.text()).contains(inA));
            boolean y = p.b().stream().anyMatch(s -> s.textIn(b.text()).contains(inB));
            if (x && y) return true;
        }
        return false;
    }
}
