package org.parallax.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;

/**
 * A programme or schedule told as list lines, for {@link EventExtractor}: "The programme of the President's visit:"
 * followed by "- Tuesday 14 March: official talks with President X at State House", "Thursday morning: Canadian prime
 * minister X.", "Tuesday: Frankfurt.". Each line is an event of the one whose visit or meetings the list sets out: the
 * first person of the event told before the list.
 */
final class ListLines {
    private ListLines() {
    }

    /** A line led by its day and a colon: "- Monday 13 March:", "Thursday morning:", "Friday, after the closing session:". */
    private static final Pattern LINE = Pattern.compile("^\\s*(?:[-–—•*]\\s*)?(Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+)\\b[^:.\\n]{0,40}:\\s*\\S");

    /** A box's heading in capitals, with no closing stop: "THE TRIP AT A GLANCE", "KEY DATES", "TIMELINE". */
    private static final Pattern BOX_HEADING = Pattern.compile("\\s*(?:\\p{Lu}[\\p{Lu}\\p{N}'’&,-]*\\s+){0,7}\\p{Lu}[\\p{Lu}\\p{N}'’&-]+\\s*");

    /**
     * Whether the sentence at {@code start} is a list line: it is led by a day and a colon, and the first line above it (blank
     * lines aside) that is no such line is the list's lead, ending in a colon or a box's heading in capitals.
     */
    static boolean inList(String text, int start, String sentenceText) {
        if (!LINE.matcher(sentenceText).find()) return false;
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1));
        // the sentence opens its own line
        if (!text.substring(lineStart + 1, start).replaceAll("[-–—•*\\s]", "").isEmpty()) return false;
        String before = text.substring(0, Math.max(0, lineStart)).stripTrailing();
        while (!before.isEmpty()) {
            String last = before.substring(before.lastIndexOf('\n') + 1);
            if (!LINE.matcher(last).find()) return last.endsWith(":") || BOX_HEADING.matcher(last).matches();
            before = before.substring(0, Math.max(0, before.lastIndexOf('\n'))).stripTrailing();
        }
        return false;
    }

    /** A timed entry after the first of a line: "; 14:30 chairs ...", "; 16.00 calls on ...". */
    private static final Pattern TIMED_ENTRY = Pattern.compile(";\\s+(?=(?:[01]?\\d|2[0-3])[:.][0-5]\\d\\b)");

    /**
     * A diary line led by its day, its entries each led by a clock time and set apart by semicolons ("Monday: 10:00 meets
     * X at P; 14:30 chairs the board; 16:00 calls on Y"): one clause per entry, so each entry's names are its own event's
     * (a later entry is dated by its time, the day the line told). Any other sentence is returned whole.
     */
    static List<Sentence> entries(String text, Sentence s) {
        String told = s.textIn(text);
        if (!LINE.matcher(told).find()) return List.of(s);
        List<Sentence> out = new java.util.ArrayList<>();
        int from = s.start();
        java.util.regex.Matcher m = TIMED_ENTRY.matcher(told);
        while (m.find()) {
            out.add(new Sentence(from, s.start() + m.start() + 1));
            from = s.start() + m.end();
        }
        out.add(new Sentence(from, s.end()));
        return out;
    }

    /** A clock time opening a clause: "14:30 chairs ...". */
    private static final Pattern TIME_FIRST = Pattern.compile("^\\s*(?:[01]?\\d|2[0-3])[:.][0-5]\\d\\b");

    /**
     * A later timed entry of a diary line ("; 12:00 lunch with the Kenyan foreign minister, X") with no cue: naming a
     * person, a meeting with that person; else nothing (a board chaired, a place alone, is no event).
     */
    static EventKind entryKind(String text, int start, String sentenceText, List<Mention> named) {
        if (!TIME_FIRST.matcher(sentenceText).find() || !text.substring(0, start).stripTrailing().endsWith(";")) return null;
        return named.stream().anyMatch(m -> m.type() == EntityType.PERSON) ? EventKind.MEETING : null;
    }

    /** A line with no cue: naming a person, a meeting with that person; naming a place only, a visit there. */
    static EventKind kindOf(List<Mention> named) {
        if (named.stream().anyMatch(m -> m.type() == EntityType.PERSON)) return EventKind.MEETING;
        if (named.stream().anyMatch(m -> m.type() == EntityType.LOCATION)) return EventKind.VISIT;
        return null;
    }

    /**
     * The list's visitor first among those taking part, and, when no place was found in its role, the places the line
     * names, else the places of the event told before it ("Thursday morning: X." at a summit in Vilnius).
     */
    static void visitorFirst(List<EventCandidate> out, List<Mention> mentions, List<Mention> named, int start, Map<Long, String> entityNames,
                             Map<Long, String> who, Map<Long, String> where) {
        EventCandidate last = null;
        for (int i = out.size() - 1; i >= 0 && last == null; i--) {
            if (out.get(i).kind() != EventKind.STATEMENT) last = out.get(i);
        }
        if (last == null) return;
        EarlierParty.subjectOfLast(out, mentions, start, false).ifPresent(id -> {
            Map<Long, String> withVisitor = new LinkedHashMap<>();
            withVisitor.put(id, entityNames.getOrDefault(id, EarlierParty.lastName(out, id)));
            who.forEach(withVisitor::putIfAbsent);
            who.clear();
            who.putAll(withVisitor);
        });
        if (where.isEmpty()) {
            // "Tuesday: Frankfurt.": the place the line names, told as a heading of the day's entry
            named.stream().filter(m -> m.type() == EntityType.LOCATION)
                    .forEach(m -> where.putIfAbsent(m.entityId(), entityNames.getOrDefault(m.entityId(), m.text())));
        }
        if (where.isEmpty()) {
            for (int j = 0; j < last.whereIds().size(); j++) where.put(last.whereIds().get(j), last.where().get(j));
        }
    }
}
