package org.parallax.nlp.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TempEval-3 TimeML files: the raw text of the TEXT element with all tags removed, the creation time (DCT) as
 * document date, and each TIMEX3 as a gold mention typed DATE/TIME/DURATION/SET with its normalised value.
 */
public final class TimeMlGold {

    private TimeMlGold() {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

    public static List<GoldDocument> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<GoldDocument> docs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldDocument parse(String name, String xml) {
        Matcher dct = DCT.matcher(xml);
        LocalDate docDate = dct.find() ? LocalDate.parse(dct.group(1)) : null;
        int from = xml.indexOf("<TEXT>") + "<TEXT>".length();
        int to = xml.indexOf("</TEXT>");
        String body = xml.substring(from, to);
        StringBuilder text = new StringBuilder();
        List<GoldMention> timexes = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(unescape(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) continue;
            if (m.group(1).isEmpty()) {
                String type = null;
                String value = null;
                Matcher a = ATTR.matcher(m.group(3));
                while (a.find()) {
                    if (a.group(1).equals("type")) type = a.group(2);
                    if (a.group(1).equals("value")) value = a.group(2);
                }
                open.push(new String[] {String.valueOf(text.length()), type, value});
            } else {
                String[] o = open.pop();
                int s = Integer.parseInt(o[0]);
                timexes.add(new GoldMention(s, text.length(), o[1], text.substring(s), o[2]));
            }
        }
        text.append(unescape(body.substring(last)));
        return new GoldDocument(name, text.toString(), docDate, timexes, List.of());
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
