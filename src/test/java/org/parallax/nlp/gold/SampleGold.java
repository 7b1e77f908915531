package org.parallax.nlp.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parallax.testsupport.SharedData;

/**
 * The hand-made gold mentions of the two shared samples ({@code src/test/resources/gold/story1-outlet-*.tsv}, columns
 * start, end, type, text over the exact file text). Only the story is annotated: outlet A's first line (file metadata)
 * and its "More From Pakistan:" related-headlines block are left out, so mentions there are don't-care.
 */
public final class SampleGold {

    private SampleGold() {
    }

    public static final LocalDate DOC_DATE = LocalDate.of(2023, 3, 4);

    public static Path sampleFile(String outlet) {
        return SharedData.sample("story1-outlet-" + outlet + ".txt");
    }

    public static GoldDocument load(String outlet) {
        try {
            String text = Files.readString(sampleFile(outlet), StandardCharsets.UTF_8);
            List<GoldMention> mentions = new ArrayList<>();
            try (InputStream in = SampleGold.class.getResourceAsStream("/gold/story1-outlet-" + outlet + ".tsv")) {
                String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : tsv.split("\n")) {
                    if (line.isBlank() || line.startsWith("start\t")) continue;
                    String[] f = line.split("\t");
                    int s = Integer.parseInt(f[0]);
                    int e = Integer.parseInt(f[1]);
                    if (!text.substring(s, e).equals(f[3])) {
                        throw new IllegalStateException("gold span " + line + " does not match the text: '" + text.substring(s, e) + "'");
                    }
                    mentions.add(new GoldMention(s, e, f[2], f[3], null));
                }
            }
            List<GoldMention> ignored = new ArrayList<>();
            int firstLineEnd = text.indexOf('\n');
            int related = text.indexOf("More From Pakistan:");
            for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "MISC")) {
                if (outlet.equals("a")) ignored.add(new GoldMention(0, firstLineEnd, type, "metadata line", null));
                if (related >= 0) ignored.add(new GoldMention(related, text.length(), type, "related block", null));
            }
            return new GoldDocument("story1-outlet-" + outlet, text, DOC_DATE, mentions, ignored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
