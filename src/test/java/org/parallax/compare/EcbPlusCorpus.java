package org.parallax.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.parallax.model.Article;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.EntityType;
import org.parallax.testsupport.SharedData;

/**
 * Reads the ECB+ corpus (../shared/data/same-story/ECB+_LREC2014/ECB+): each tokenised XML file becomes an Article
 * (one PARAGRAPH block per corpus sentence; the source URL that ecbplus files carry as sentence 0 is dropped, since it
 * is not article text and would give the subtopic away) plus its annotated person, organisation and place mentions as
 * entity input. The gold clusters are the topic and the event (topic + ecb|ecbplus). Cross-document coreference is not read.
 */
public final class EcbPlusCorpus {
    /** One corpus document. */
    public record Doc(String name, int topic, boolean plus, Article article, Map<String, EntityType> entities) {
        /** The gold event cluster: topic and sub-corpus. */
        public String event() {
            return topic + (plus ? "plus" : "ecb");
        }
    }

    private static final Pattern TOKEN = Pattern.compile("<token t_id=\"(\\d+)\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern MARKABLE = Pattern.compile("<(HUMAN_PART_PER|HUMAN_PART_ORG|HUMAN_PART_GPE|LOC_GEO|LOC_FAC) m_id=\"\\d+\"\\s*>");
    private static final Pattern ANCHOR = Pattern.compile("t_id=\"(\\d+)\"");
    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");

    private EcbPlusCorpus() {
    }

    public static Path root() {
        return SharedData.path("same-story/ECB+_LREC2014/ECB+");
    }

    /** All documents, ordered by topic, sub-corpus and number; ids are 1..n in that order. */
    public static List<Doc> load() {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root())) {
            files = new ArrayList<>(s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing((Path p) -> key(p.getFileName().toString())));
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) docs.add(read(f, docs.size() + 1));
        return docs;
    }

    private static String key(String name) {
        Matcher m = NAME.matcher(name);
        m.matches();
        return String.format("%03d-%s-%04d", Integer.parseInt(m.group(1)), m.group(3), Integer.parseInt(m.group(2)));
    }

    static Doc read(Path file, long id) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        Matcher nm = NAME.matcher(name);
        nm.matches();
        // tokens grouped by sentence, in order
        Map<Integer, List<String[]>> sentences = new LinkedHashMap<>();
        Matcher t = TOKEN.matcher(xml);
        while (t.find()) {
            sentences.computeIfAbsent(Integer.parseInt(t.group(2)), k -> new ArrayList<>()).add(new String[] {t.group(1), word(t.group(3))});
        }
        StringBuilder sb = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        Map<String, int[]> tokenSpan = new HashMap<>();
        for (List<String[]> sent : sentences.values()) {
            if (sent.get(0)[1].startsWith("http")) continue;
            if (sb.length() > 0) sb.append('\n');
            int start = sb.length();
            String prev = null;
            for (String[] tok : sent) {
                if (prev != null && spaceBefore(prev, tok[1])) sb.append(' ');
                tokenSpan.put(tok[0], new int[] {sb.length(), sb.length() + tok[1].length()});
                sb.append(tok[1]);
                prev = tok[1];
            }
            blocks.add(new Block(BlockType.PARAGRAPH, start, sb.length()));
        }
        String text = sb.toString();
        Map<String, EntityType> entities = new LinkedHashMap<>();
        Matcher m = MARKABLE.matcher(xml);
        while (m.find()) {
            int s = Integer.MAX_VALUE, e = -1;
            int close = xml.indexOf("</", m.end());
            Matcher a = ANCHOR.matcher(xml.substring(m.end(), close < 0 ? xml.length() : close));
            while (a.find()) {
                int[] span = tokenSpan.get(a.group(1));
                if (span == null) continue;
                s = Math.min(s, span[0]);
                e = Math.max(e, span[1]);
            }
            if (e < 0) continue;
            String surface = text.substring(s, e);
            // names only: a pronoun or "the man" is no entity to share
            if (!Character.isUpperCase(surface.charAt(0)) || surface.length() < 2) continue;
            EntityType type = m.group(1).startsWith("LOC") || m.group(1).endsWith("GPE") ? EntityType.LOCATION
                    : m.group(1).endsWith("ORG") ? EntityType.ORGANIZATION : EntityType.PERSON;
            entities.putIfAbsent(surface, type);
        }
        String title = blocks.isEmpty() ? name : blocks.get(0).textIn(text);
        if (title.isBlank()) title = name;
        ArticleMeta meta = new ArticleMeta(title, true, null, null, null, null, null, null, null, name, "ecb+", "en");
        Article article = new Article(id, meta, text, blocks, name, Instant.EPOCH);
        return new Doc(name, Integer.parseInt(nm.group(1)), nm.group(3).equals("ecbplus"), article, entities);
    }

    private static boolean spaceBefore(String prev, String tok) {
        if (tok.equals(",") || tok.equals(".") || tok.equals(";") || tok.equals(":") || tok.equals("?") || tok.equals("!")
                || tok.equals(")") || tok.equals("'s") || tok.equals("n't") || tok.equals("%")) return false;
        if (tok.equals("\u201D")) return false;
        return !(prev.equals("(") || prev.equals("$") || prev.equals("\u201C"));
    }

    /** Treebank quotes back to typographic ones, XML entities decoded. */
    private static String word(String s) {
        if (s.equals("``")) return "\u201C";
        if (s.equals("''")) return "\u201D";
        return unescape(s);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
