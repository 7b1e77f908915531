package org.parallax.export.annotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * brat standoff: the article text as {@code .txt} and its annotations as {@code .ann}. Spans are T lines
 * ({@code T1\tPERSON 10 23\tClinton White}; a span across a line break is written as fragments), automatic ones carry
 * an {@code Auto} attribute, dates a {@code Date} attribute, entity links an N line ({@code Reference T1 parallax:16}),
 * and notes are {@code #} AnnotatorNotes on a {@code Note} T line. Offsets count Unicode code points, as brat does.
 * Article-level notes have no place in brat and are left out.
 */
public final class BratFormat {
    public static final String NOTE_TYPE = "Note";
    private static final Pattern T_LINE = Pattern.compile("(T\\d+)\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\t(.*)");

    private BratFormat() {
    }

    /** The {@code .ann} text for one document. */
    public static String write(Doc doc) {
        String text = doc.text();
        StringBuilder out = new StringBuilder();
        int t = 0;
        int a = 0;
        int n = 0;
        int h = 0;
        for (Doc.Span s : doc.spans()) {
            String id = "T" + (++t);
            out.append(id).append('\t').append(type(s.label())).append(' ').append(fragments(text, s.start(), s.end()))
                    .append('\t').append(text.substring(s.start(), s.end()).replace('\n', ' ')).append('\n');
            if (s.auto()) out.append('A').append(++a).append("\tAuto ").append(id).append('\n');
            if (s.date() != null) {
                out.append('A').append(++a).append("\tDate ").append(id).append(' ').append(s.date().start()).append("..")
                        .append(s.date().end()).append('/').append(s.date().precision()).append('\n');
            }
            if (s.entityKey() != null) {
                out.append('N').append(++n).append("\tReference ").append(id).append(" parallax:").append(s.entityKey())
                        .append('\t').append(oneLine(s.entityName() == null ? "" : s.entityName())).append('\n');
            }
        }
        for (Doc.DocNote note : doc.notes()) {
            if (note.start() == null) continue;
            String id = "T" + (++t);
            out.append(id).append('\t').append(NOTE_TYPE).append(' ').append(fragments(text, note.start(), note.end()))
                    .append('\t').append(text.substring(note.start(), note.end()).replace('\n', ' ')).append('\n');
            out.append('#').append(++h).append("\tAnnotatorNotes ").append(id).append('\t').append(escape(note.text())).append('\n');
        }
        return out.toString();
    }

    /** brat type names hold no spaces. */
    static String type(String label) {
        return label.replace(' ', '_');
    }

    private static String fragments(String text, int start, int end) {
        List<String> parts = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                if (i > from) parts.add(Offsets.toCodePoints(text, from) + " " + Offsets.toCodePoints(text, i));
                from = i + 1;
            }
        }
        return String.join(";", parts);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }

    /** Note text is Markdown: line breaks and tabs are escaped so a note stays on its line. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Parses an {@code .ann} file against its text; throws {@link IllegalArgumentException} naming a bad line. */
    public static Doc read(String name, String text, String ann) {
        Map<String, int[]> spans = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Boolean> auto = new HashMap<>();
        Map<String, DateRange> dates = new HashMap<>();
        Map<String, String[]> refs = new HashMap<>();
        Map<String, String> noteOf = new HashMap<>();
        List<String> order = new ArrayList<>();
        int lineNo = 0;
        for (String line : ann.split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) continue;
            try {
                if (line.startsWith("T")) {
                    Matcher m = T_LINE.matcher(line);
                    if (!m.matches()) throw new IllegalArgumentException("not a T line");
                    String[] frags = m.group(3).split(";");
                    int start = Offsets.toUtf16(text, Integer.parseInt(frags[0].split(" ")[0]));
                    int end = Offsets.toUtf16(text, Integer.parseInt(frags[frags.length - 1].split(" ")[1]));
                    spans.put(m.group(1), new int[] {start, end});
                    types.put(m.group(1), m.group(2));
                    texts.put(m.group(1), m.group(4));
                    order.add(m.group(1));
                } else if (line.startsWith("A")) {
                    String[] f = line.split("\t", 2)[1].split(" ");
                    if (f[0].equals("Auto")) auto.put(f[1], true);
                    else if (f[0].equals("Date")) dates.put(f[1], date(f[2]));
                } else if (line.startsWith("N")) {
                    String[] cols = line.split("\t", -1);
                    String[] f = cols[1].split(" ");
                    String key = f[2].startsWith("parallax:") ? f[2].substring("parallax:".length()) : f[2];
                    refs.put(f[1], new String[] {key, cols.length > 2 ? cols[2] : null});
                } else if (line.startsWith("#")) {
                    String[] cols = line.split("\t", 3);
                    String target = cols[1].split(" ")[1];
                    noteOf.put(target, unescape(cols.length > 2 ? cols[2] : ""));
                }
                // relations, events and other brat annotation kinds are not Parallax's: ignored
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ".ann line " + lineNo + " is not valid brat standoff (" + e.getMessage()
                        + "): " + line, e);
            }
        }
        List<Doc.Span> out = new ArrayList<>();
        List<Doc.DocNote> notes = new ArrayList<>();
        for (String id : order) {
            int[] r = spans.get(id);
            if (types.get(id).equals(NOTE_TYPE)) {
                if (noteOf.containsKey(id)) notes.add(new Doc.DocNote(r[0], r[1], noteOf.get(id)));
                continue;
            }
            String[] ref = refs.get(id);
            out.add(new Doc.Span(r[0], r[1], text.substring(r[0], r[1]), types.get(id), auto.getOrDefault(id, false),
                    ref == null ? null : ref[0], ref == null ? null : ref[1], dates.get(id)));
        }
        return new Doc(name, text, out, notes);
    }

    private static DateRange date(String v) {
        String[] p = v.split("/");
        String[] d = p[0].split("\\.\\.");
        return new DateRange(LocalDate.parse(d[0]), LocalDate.parse(d[1]), DatePrecision.valueOf(p[1]));
    }

    /**
     * Checks an {@code .ann} text against brat's rules: ids unique and well formed, types without spaces, offsets in
     * range and in order, and each T line's text equal to its span (line breaks written as spaces). Returns the problems.
     */
    public static List<String> validate(String text, String ann) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int cpLength = text.codePointCount(0, text.length());
        int lineNo = 0;
        for (String line : ann.split("\n")) {
            lineNo++;
            if (line.isEmpty()) continue;
            String id = line.split("\t", 2)[0];
            if (!id.matches("[TANR#*E]\\d+") || !ids.add(id)) problems.add("line " + lineNo + ": bad or repeated id " + id);
            if (!line.startsWith("T")) continue;
            Matcher m = T_LINE.matcher(line);
            if (!m.matches()) {
                problems.add("line " + lineNo + ": malformed T line: " + line);
                continue;
            }
            StringBuilder spanText = new StringBuilder();
            int prevEnd = -1;
            for (String frag : m.group(3).split(";")) {
                int s = Integer.parseInt(frag.split(" ")[0]);
                int e = Integer.parseInt(frag.split(" ")[1]);
                if (s >= e || s < prevEnd || e > cpLength) problems.add("line " + lineNo + ": bad offsets " + frag);
                else {
                    if (spanText.length() > 0) spanText.append(' ');
                    spanText.append(text, Offsets.toUtf16(text, s), Offsets.toUtf16(text, e));
                }
                prevEnd = e;
            }
            if (!spanText.toString().equals(m.group(4))) {
                problems.add("line " + lineNo + ": text \"" + m.group(4) + "\" is not the span's \"" + spanText + "\"");
            }
        }
        return problems;
    }
}
