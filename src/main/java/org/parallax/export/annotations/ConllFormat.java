package org.parallax.export.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Block;

/**
 * CoNLL-2003 BIO for training other NER tools: a {@code -DOCSTART- -X- -X- O} line, then one token per line as
 * {@code token _ _ TAG} (the POS and chunk columns are unknown), a blank line between sentences. Tags are
 * B-/I-PER, ORG, LOC, MISC and DATE; user-defined types count as MISC, event marks are left out. Only the story's own
 * blocks are written. Reading aligns the tokens back onto the article text, so spans come back on token boundaries.
 */
public final class ConllFormat {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*|\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?");

    private ConllFormat() {
    }

    static String tag(String label) {
        return switch (label) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION" -> "LOC";
            case "DATE" -> "DATE";
            case "EVENT" -> null;
            default -> "MISC";
        };
    }

    static String label(String tag) {
        return switch (tag) {
            case "PER" -> "PERSON";
            case "ORG" -> "ORGANIZATION";
            case "LOC" -> "LOCATION";
            case "DATE" -> "DATE";
            default -> "MISC";
        };
    }

    /** The CoNLL text of one document; {@code blocks} are the story blocks to write (all text when empty). */
    public static String write(Doc doc, List<Block> blocks) {
        String text = doc.text();
        List<Doc.Span> spans = new ArrayList<>();
        for (Doc.Span s : doc.spans()) if (tag(s.label()) != null) spans.add(s);
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        StringBuilder out = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
        List<int[]> regions = new ArrayList<>();
        for (Block b : blocks) if (b.type().isBody()) regions.add(new int[] {b.start(), b.end()});
        if (regions.isEmpty()) regions.add(new int[] {0, text.length()});
        for (int[] region : regions) {
            boolean any = false;
            Doc.Span open = null;
            for (int[] tok : tokens(text, region[0], region[1], spans)) {
                Doc.Span inside = null;
                for (Doc.Span s : spans) {
                    if (s.start() <= tok[0] && tok[0] < s.end()) {
                        inside = s;
                        break;
                    }
                    if (s.start() > tok[0]) break;
                }
                String token = text.substring(tok[0], tok[1]);
                String tag = inside == null ? "O" : (inside == open ? "I-" : "B-") + tag(inside.label());
                open = inside;
                out.append(token).append(" _ _ ").append(tag).append('\n');
                any = true;
                if (SENTENCE_END.matcher(token).matches() && open == null) {
                    out.append('\n');
                    any = false;
                }
            }
            if (any) out.append('\n');
        }
        return out.toString();
    }

    /** Tokens of {@code [from, to)}, also cut where a span starts or ends ("Pakistan-US" holds two places). */
    private static List<int[]> tokens(String text, int from, int to, List<Doc.Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Doc.Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            for (Integer cut : cuts.subSet(m.start(), false, m.end(), false)) {
                out.add(new int[] {start, cut});
                start = cut;
            }
            out.add(new int[] {start, m.end()});
        }
        return out;
    }

    /** Reads tokens and tags back onto {@code text}: each token is looked for from where the last one ended. */
    public static Doc read(String name, String text, String conll) {
        List<Doc.Span> spans = new ArrayList<>();
        int pos = 0;
        int spanStart = -1;
        int spanEnd = -1;
        String spanTag = null;
        int lineNo = 0;
        for (String line : conll.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("-DOCSTART-")) continue;
            String[] cols = line.split(" ");
            String token = cols[0];
            String tag = cols[cols.length - 1];
            int at = text.indexOf(token, pos);
            if (at < 0) throw new IllegalArgumentException(name + " line " + lineNo + ": token \"" + token + "\" is not in the article text");
            pos = at + token.length();
            boolean continues = tag.startsWith("I-") && spanTag != null && tag.substring(2).equals(spanTag);
            if (!continues && spanTag != null) {
                spans.add(span(text, spanStart, spanEnd, spanTag));
                spanTag = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && !continues)) {
                spanTag = tag.substring(2);
                spanStart = at;
            }
            if (spanTag != null) spanEnd = pos;
        }
        if (spanTag != null) spans.add(span(text, spanStart, spanEnd, spanTag));
        return new Doc(name, text, spans, List.of());
    }

    private static Doc.Span span(String text, int start, int end, String tag) {
        return new Doc.Span(start, end, text.substring(start, end), label(tag), false, null, null, null);
    }
}
