package org.parallax.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.testsupport.SharedData;

/**
 * The shared sample pair as plain drafts (the real importer is written elsewhere): the file's text, one PARAGRAPH
 * block per non-empty line, and everything from "More From Pakistan:" on RELATED. With {@code structured}, the
 * "By" lines and the name after them are BYLINE and the "— Reuters/File" photo lines CAPTION, as the importer will mark them.
 */
public final class SampleArticles {
    public static final LocalDate A_DATE = LocalDate.of(2023, 3, 4);

    private SampleArticles() {
    }

    public static Path dir() {
        return SharedData.samples();
    }

    public static String text(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("sample " + name + " is missing from " + dir(), e);
        }
    }

    public static ArticleDraft outletA(boolean structured) {
        return draft(text("story1-outlet-a.txt"), "Pakistan-US counterterrorism dialogue on March 6-7", A_DATE, structured);
    }

    public static ArticleDraft outletB(boolean structured) {
        return draft(text("story1-outlet-b.txt"), "Pakistan and the US are set to conduct a comprehensive dialogue", null, structured);
    }

    public static ArticleDraft draft(String text, String title, LocalDate published, boolean structured) {
        List<Block> blocks = blocks(text, structured);
        ArticleMeta meta = new ArticleMeta(title, published == null, null, null, null, null, published,
                published == null ? DateSource.NONE : DateSource.FILE_HEADER, null, null, "plaintext", "en");
        return new ArticleDraft(meta, text, blocks);
    }

    public static List<Block> blocks(String text, boolean structured) {
        List<Block> blocks = new ArrayList<>();
        boolean related = false;
        boolean afterBy = false;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                String t = line.strip();
                if (t.equals("More From Pakistan:")) related = true;
                BlockType type = BlockType.PARAGRAPH;
                if (related) type = BlockType.RELATED;
                else if (structured && (t.equals("By") || afterBy)) type = BlockType.BYLINE;
                else if (structured && t.endsWith("/File")) type = BlockType.CAPTION;
                afterBy = t.equals("By");
                blocks.add(new Block(type, pos, end));
            }
            pos = end + 1;
        }
        return blocks;
    }
}
