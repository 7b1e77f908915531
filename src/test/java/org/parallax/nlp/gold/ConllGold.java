package org.parallax.nlp.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the CoNLL-style NER gold sets of {@code ner-gold/} into documents whose text is the tokens joined by spaces,
 * one sentence a line. Only proper-name mentions are scored: a mention counts when, after a leading "the", every word
 * is capitalised except inner connectives ("Bank of England"); other mentions (pronouns, "900 asylum seekers", "the
 * coast of Aceh"), and mentions of types not scored (GUM's events and objects, re3d's weapons), become don't-care
 * ranges for all types, because the flat CoNLL files cannot show a name nested inside them.
 */
public final class ConllGold {

    private ConllGold() {
    }

    public static final Map<String, String> GUM_TYPES = Map.of("person", "PERSON", "organization", "ORGANIZATION", "place", "LOCATION");
    public static final Map<String, String> WIKIGOLD_TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");
    public static final Map<String, String> RE3D_TYPES = Map.of("Person", "PERSON", "Organisation", "ORGANIZATION", "Location", "LOCATION");

    /** The type of a don't-care range that covers system mentions of every type. */
    public static final String ANY = "*";

    private static final Set<String> PRONOUNS = Set.of("I", "We", "You", "He", "She", "It", "They", "Me", "Us", "Him", "Her",
            "Them", "Here", "There", "This", "That", "These", "Those", "Who");

    private static final Set<String> LEADING = Set.of("the", "The");
    private static final Set<String> CONNECTIVES = Set.of("of", "and", "for", "the", "de", "du", "la", "le", "del", "da", "von", "van",
            "al", "bin", "&", "-", "'s", "'", ".", ",", "on", "in", "at", "to");

    /** GUM's Wikinews documents: one file per document, "token\ttype" lines without IOB prefixes. */
    public static List<GoldDocument> gumNews(Path newsDir) {
        try (Stream<Path> files = Files.list(newsDir)) {
            List<GoldDocument> docs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                docs.add(build(f.getFileName().toString(), split(readLines(f)), GUM_TYPES, false));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** re3d's IOB2 file, cut into documents of {@code sentencesPerDoc} sentences (the file has no document breaks). */
    public static List<GoldDocument> re3d(Path conll, int sentencesPerDoc) {
        List<List<String[]>> sentences = split(readLines(conll));
        List<GoldDocument> docs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += sentencesPerDoc) {
            docs.add(build(conll.getFileName() + "#" + i, sentences.subList(i, Math.min(sentences.size(), i + sentencesPerDoc)), RE3D_TYPES, true));
        }
        return docs;
    }

    /** Wikigold's IOB1 file (145 Wikipedia articles), one document per "-DOCSTART-" line; MISC is set apart. */
    public static List<GoldDocument> wikigold(Path conll) {
        List<GoldDocument> docs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : readLines(conll)) {
            if (line.startsWith("-DOCSTART-")) {
                if (!lines.isEmpty()) docs.add(build(conll.getFileName() + "#" + docs.size(), split(lines), WIKIGOLD_TYPES, true));
                lines = new ArrayList<>();
            } else {
                lines.add(line);
            }
        }
        if (!lines.isEmpty()) docs.add(build(conll.getFileName() + "#" + docs.size(), split(lines), WIKIGOLD_TYPES, true));
        return docs;
    }

    private static List<String> readLines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String[]>> split(List<String> lines) {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> cur = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) sentences.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length < 2) parts = line.split("\\s+");
            cur.add(new String[] {parts[0], parts[parts.length - 1]});
        }
        if (!cur.isEmpty()) sentences.add(cur);
        return sentences;
    }

    private static GoldDocument build(String name, List<List<String[]>> sentences, Map<String, String> types, boolean iob) {
        StringBuilder text = new StringBuilder();
        List<GoldMention> mentions = new ArrayList<>();
        List<GoldMention> ignored = new ArrayList<>();
        for (List<String[]> sentence : sentences) {
            int n = sentence.size();
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                if (i > 0) text.append(' ');
                starts[i] = text.length();
                text.append(sentence.get(i)[0]);
                ends[i] = text.length();
            }
            text.append('\n');
            int i = 0;
            while (i < n) {
                String label = sentence.get(i)[1];
                String type = iob ? (label.length() > 2 ? label.substring(2) : null) : (label.equals("O") ? null : label);
                if (type == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < n && continues(sentence.get(j)[1], type, iob)) j++;
                String appType = types.get(type);
                if (appType != null) {
                    classify(sentence.subList(i, j), starts, ends, i, appType, text, mentions, ignored);
                } else {
                    // names nested in other gold types ("the 2015 UK election" as an event) are not annotated apart
                    ignored.add(new GoldMention(starts[i], ends[j - 1], ANY, text.substring(starts[i], ends[j - 1]), null));
                }
                i = j;
            }
        }
        return new GoldDocument(name, text.toString(), null, mentions, ignored);
    }

    private static boolean continues(String label, String type, boolean iob) {
        return iob ? label.equals("I-" + type) : label.equals(type);
    }

    private static void classify(List<String[]> run, int[] starts, int[] ends, int offset, String type, StringBuilder text,
                                 List<GoldMention> mentions, List<GoldMention> ignored) {
        int from = 0;
        while (from < run.size() - 1 && LEADING.contains(run.get(from)[0])) from++;
        boolean proper = Character.isUpperCase(run.get(run.size() - 1)[0].codePointAt(0))
                && !(run.size() - from == 1 && PRONOUNS.contains(run.get(from)[0]));
        for (int k = from; k < run.size() && proper; k++) {
            String w = run.get(k)[0];
            proper = Character.isUpperCase(w.codePointAt(0)) || (k > from && CONNECTIVES.contains(w));
        }
        int s = starts[offset + from];
        int e = ends[offset + run.size() - 1];
        GoldMention m = new GoldMention(s, e, type, text.substring(s, e), null);
        if (proper) {
            mentions.add(m);
        } else {
            ignored.add(new GoldMention(starts[offset], e, ANY, text.substring(starts[offset], e), null));
        }
    }
}
