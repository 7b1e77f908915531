package org.parallax.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Block;
import org.parallax.testsupport.SharedData;

/**
 * The sentence-level gold of ECB+ for alignment: for each document (read by {@link EcbPlusCorpus}, one block per
 * corpus sentence), which blocks were annotated ({@code ECBplus_coreference_sentences.csv}) and which event instances
 * (the {@code ACT}/{@code NEG} ids of its CROSS_DOC_COREF relations) each block mentions. Two annotated sentences of
 * two documents of one event are counterparts when they mention a common event instance.
 */
public final class EcbPlusSentenceGold {
    /** One document with its blocks' gold: {@code annotated[k]} and {@code events.get(k)} describe block k. */
    public record Doc(EcbPlusCorpus.Doc doc, boolean[] annotated, List<Set<String>> events) {
        /** The block holding text offset {@code at}, or -1. */
        public int blockAt(int at) {
            List<Block> bs = doc.article().blocks();
            for (int k = 0; k < bs.size(); k++) if (at >= bs.get(k).start() && at < bs.get(k).end()) return k;
            return -1;
        }

        /** Whether blocks {@code k} here and {@code l} of {@code other} mention a common event instance. */
        public boolean counterparts(int k, Doc other, int l) {
            if (!annotated[k] || !other.annotated[l]) return false;
            for (String e : events.get(k)) if (other.events.get(l).contains(e)) return true;
            return false;
        }

        /** Whether block {@code k} has a counterpart anywhere in {@code other}. */
        public boolean hasCounterpart(int k, Doc other) {
            for (int l = 0; l < other.annotated.length; l++) if (counterparts(k, other, l)) return true;
            return false;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("<token t_id=\"(\\d+)\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern MARKABLE = Pattern.compile("<([A-Z_]+) m_id=\"(\\d+)\"[^>/]*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("t_id=\"(\\d+)\"");
    private static final Pattern COREF = Pattern.compile("<CROSS_DOC_COREF [^>]*note=\"((?:ACT|NEG)[^\"]*)\"[^>]*>(.*?)</CROSS_DOC_COREF>", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("<source m_id=\"(\\d+)\"");

    private EcbPlusSentenceGold() {
    }

    /** Every ECB+ document with its sentence gold, in {@link EcbPlusCorpus#load()} order. */
    public static List<Doc> load() {
        Set<String> annotated = annotatedSentences();
        List<Doc> out = new ArrayList<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) out.add(gold(d, annotated));
        return out;
    }

    private static Set<String> annotatedSentences() {
        Path csv = SharedData.path("same-story/ECB+_LREC2014/ECBplus_coreference_sentences.csv");
        Set<String> out = new HashSet<>();
        try {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                String[] f = line.split(",");
                if (f.length == 3 && !f[0].equals("Topic")) out.add(f[0].trim() + "#" + f[1].trim() + "#" + f[2].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Doc gold(EcbPlusCorpus.Doc d, Set<String> annotatedSentences) {
        Path file = EcbPlusCorpus.root().resolve(String.valueOf(d.topic())).resolve(d.name());
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // sentence number of each token, and the sentences in order with their first word (EcbPlusCorpus drops URL lines)
        Map<String, Integer> sentenceOf = new HashMap<>();
        Map<Integer, String> firstWord = new LinkedHashMap<>();
        Matcher t = TOKEN.matcher(xml);
        while (t.find()) {
            int s = Integer.parseInt(t.group(2));
            sentenceOf.put(t.group(1), s);
            firstWord.putIfAbsent(s, t.group(3));
        }
        List<Integer> blockSentence = new ArrayList<>();
        firstWord.forEach((s, w) -> {
            if (!w.startsWith("http")) blockSentence.add(s);
        });
        int blocks = d.article().blocks().size();
        if (blocks != blockSentence.size()) throw new IllegalStateException(d.name() + ": " + blocks + " blocks, " + blockSentence.size() + " sentences");
        // markable id -> sentences its tokens sit in
        Map<String, Set<Integer>> markSentences = new HashMap<>();
        int rel = xml.indexOf("<Relations>");
        Matcher m = MARKABLE.matcher(rel < 0 ? xml : xml.substring(0, rel));
        while (m.find()) {
            Matcher a = ANCHOR.matcher(m.group(3));
            while (a.find()) {
                Integer s = sentenceOf.get(a.group(1));
                if (s != null) markSentences.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(s);
            }
        }
        Map<Integer, Set<String>> eventsOf = new HashMap<>();
        Matcher c = COREF.matcher(rel < 0 ? "" : xml.substring(rel));
        while (c.find()) {
            Matcher src = SOURCE.matcher(c.group(2));
            while (src.find()) {
                for (int s : markSentences.getOrDefault(src.group(1), Set.of())) eventsOf.computeIfAbsent(s, k -> new HashSet<>()).add(c.group(1));
            }
        }
        String stem = d.name().replace(".xml", "").replaceFirst("^\\d+_", "");
        boolean[] ann = new boolean[blocks];
        List<Set<String>> events = new ArrayList<>();
        for (int k = 0; k < blocks; k++) {
            int s = blockSentence.get(k);
            ann[k] = annotatedSentences.contains(d.topic() + "#" + stem + "#" + s);
            events.add(eventsOf.getOrDefault(s, Set.of()));
        }
        return new Doc(d, ann, events);
    }
}
