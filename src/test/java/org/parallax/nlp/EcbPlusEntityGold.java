package org.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.parallax.model.EntityType;
import org.parallax.model.Sentence;
import org.parallax.text.ClosedClass;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * ECB+'s entity annotation as name mentions with gold chains: each document's text (its tokens, one sentence a
 * line), the proper-name mentions of participants and places (persons, organisations, places, non-human participants)
 * with their span, type and chain. A chain is the CROSS_DOC_COREF instance id (the same across documents), else the
 * INTRA_DOC_COREF relation, else the mention alone. Read independently of compare.EcbPlusCorpus (which reads events).
 */
final class EcbPlusEntityGold {
    /** One gold name mention: {@code [start, end)} of its document's text. */
    record GoldMention(int start, int end, String text, EntityType type, String chain, boolean crossDoc) {
    }

    /** One document: its file name (topic_file), text, sentences and name mentions in text order. */
    record Doc(String name, String text, List<Sentence> sentences, List<GoldMention> mentions) {
    }

    private static final Map<String, EntityType> TYPES = Map.of(
            "HUMAN_PART_PER", EntityType.PERSON, "HUMAN_PART_ORG", EntityType.ORGANIZATION,
            "HUMAN_PART_GPE", EntityType.LOCATION, "LOC_GEO", EntityType.LOCATION, "LOC_FAC", EntityType.LOCATION,
            "LOC_OTHER", EntityType.LOCATION, "NON_HUMAN_PART", EntityType.MISC);
    /** Words a name may hold in lower case ("Bank of America", "the Lakers"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "for", "&", "'s", "'", "-", ".", "on", "at", "in");

    private EcbPlusEntityGold() {
    }

    /** Every document under {@code root} (ECB+'s topic folders), by topic number then file name. */
    static List<Doc> read(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted(Comparator
                    .comparingInt((Path p) -> Integer.parseInt(p.getParent().getFileName().toString()))
                    .thenComparing(p -> p.getFileName().toString())).toList();
        }
        List<Doc> out = new ArrayList<>();
        for (Path f : files) out.add(readDoc(f));
        return out;
    }

    private static Doc readDoc(Path file) throws IOException {
        org.w3c.dom.Document xml;
        try (InputStream in = Files.newInputStream(file)) {
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IOException(file + ": not ECB+ XML (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName().toString().replace(".xml", "");
        // text: tokens joined by spaces, sentences by newlines; t_id -> [start, end, sentence, number]
        Map<String, int[]> tokens = new HashMap<>();
        Map<String, String> tokenText = new HashMap<>();
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        NodeList ts = xml.getElementsByTagName("token");
        int sentence = -1;
        int sentenceStart = 0;
        for (int i = 0; i < ts.getLength(); i++) {
            Element t = (Element) ts.item(i);
            int s = Integer.parseInt(t.getAttribute("sentence"));
            if (s != sentence) {
                if (sentence >= 0) {
                    sentences.add(new Sentence(sentenceStart, text.length()));
                    text.append('\n');
                }
                sentence = s;
                sentenceStart = text.length();
            } else {
                text.append(' ');
            }
            int start = text.length();
            text.append(t.getTextContent());
            tokens.put(t.getAttribute("t_id"), new int[] {start, text.length(), s, Integer.parseInt(t.getAttribute("number"))});
            tokenText.put(t.getAttribute("t_id"), t.getTextContent());
        }
        if (sentence >= 0) sentences.add(new Sentence(sentenceStart, text.length()));

        Map<String, String> chainOf = new HashMap<>();
        Set<String> crossDoc = new java.util.HashSet<>();
        NodeList rel = xml.getElementsByTagName("Relations");
        if (rel.getLength() > 0) {
            for (Node n = rel.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element r)) continue;
                String chain = r.getTagName().equals("CROSS_DOC_COREF") ? r.getAttribute("note")
                        : r.getTagName().equals("INTRA_DOC_COREF") ? name + "#" + r.getAttribute("r_id") : null;
                if (chain == null) continue;
                NodeList sources = r.getElementsByTagName("source");
                for (int i = 0; i < sources.getLength(); i++) {
                    String mid = ((Element) sources.item(i)).getAttribute("m_id");
                    chainOf.put(mid, chain);
                    if (r.getTagName().equals("CROSS_DOC_COREF")) crossDoc.add(mid);
                }
            }
        }
        TreeMap<Integer, GoldMention> mentions = new TreeMap<>();
        Node markables = xml.getElementsByTagName("Markables").item(0);
        for (Node n = markables == null ? null : markables.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element m) || !TYPES.containsKey(m.getTagName())) continue;
            NodeList anchors = m.getElementsByTagName("token_anchor");
            if (anchors.getLength() == 0) continue; // an instance description, not a mention
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < anchors.getLength(); i++) ids.add(((Element) anchors.item(i)).getAttribute("t_id"));
            ids.sort(Comparator.comparingInt(id -> tokens.get(id)[0]));
            if (!isName(ids, tokens, tokenText)) continue;
            int start = tokens.get(ids.get(0))[0];
            int end = tokens.get(ids.get(ids.size() - 1))[1];
            String mid = m.getAttribute("m_id");
            String chain = chainOf.getOrDefault(mid, name + "@" + mid);
            mentions.putIfAbsent(start * 100_000 + end, new GoldMention(start, end, text.substring(start, end), TYPES.get(m.getTagName()), chain,
                    crossDoc.contains(mid)));
        }
        return new Doc(name, text.toString(), sentences, new ArrayList<>(new LinkedHashMap<>(mentions).values()));
    }

    /**
     * A proper name, as a recogniser marks one: contiguous tokens, each capitalised or a connector word, at least one
     * capitalised; not a pronoun; not one capitalised word at a sentence's start (which may be a common noun).
     */
    private static boolean isName(List<String> ids, Map<String, int[]> tokens, Map<String, String> tokenText) {
        boolean capital = false;
        for (int i = 0; i < ids.size(); i++) {
            int[] t = tokens.get(ids.get(i));
            if (i > 0) {
                int[] prev = tokens.get(ids.get(i - 1));
                if (prev[2] != t[2] || prev[3] + 1 != t[3]) return false;
            }
            String w = tokenText.get(ids.get(i));
            if (Character.isUpperCase(w.codePointAt(0))) capital = true;
            else if (!CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        String joined = String.join(" ", ids.stream().map(tokenText::get).toList());
        if (!capital || ClosedClass.isClosedClass(joined)) return false;
        int[] first = tokens.get(ids.get(0));
        String w = tokenText.get(ids.get(0));
        boolean acronym = w.length() > 1 && w.chars().noneMatch(Character::isLowerCase);
        return !(ids.size() == 1 && first[3] == 0 && !acronym);
    }
}
