package org.parallax.nlp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.AliasMarks;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * The roles a person's mentions are written with, kept per entity, so one full name of two people in unrelated stories
 * stays two entities: Judge Owen Hart is not Owen Hart the striker. An article gives a role by a title right before a
 * mention ("Judge Owen Hart", "Mr Justice James Hill", "Carlisle striker Owen Hart"), in apposition ("Owen Hart, the
 * striker,") or in the next sentence's opening description of the sentence's subject ("Owen Hart scored ... The
 * 22-year-old striker joined"). The entity keeps each role as an alias mark, "Owen Hart (striker)", which is no name:
 * {@link EntityLinker#names} leaves it out. Across articles a cluster does not join a known entity whose roles are all
 * of other kinds than its own (a judge is not a footballer). A side with no role, or a role of a shared kind, joins as
 * before. Only kinds that one person rarely holds in turn are compared: courts, sport, clergy and police. Politics and
 * business are left out (an actor becomes a governor, a player a club's chairman), and so are words for anyone on a
 * road or a beach ("the cyclist Tom Bennett" was hit by a car).
 */
public final class RoleMarks {
    private RoleMarks() {
    }

    private static final Map<String, String> KIND = Map.ofEntries(
            Map.entry("judge", "court"), Map.entry("justice", "court"), Map.entry("magistrate", "court"), Map.entry("coroner", "court"),
            Map.entry("striker", "sport"), Map.entry("midfielder", "sport"), Map.entry("defender", "sport"), Map.entry("goalkeeper", "sport"),
            Map.entry("winger", "sport"), Map.entry("footballer", "sport"), Map.entry("full-back", "sport"), Map.entry("centre-back", "sport"),
            Map.entry("batsman", "sport"), Map.entry("bowler", "sport"), Map.entry("quarterback", "sport"), Map.entry("pitcher", "sport"),
            Map.entry("sprinter", "sport"), Map.entry("jockey", "sport"), Map.entry("boxer", "sport"), Map.entry("golfer", "sport"),
            Map.entry("athlete", "sport"),
            Map.entry("bishop", "clergy"), Map.entry("archbishop", "clergy"), Map.entry("vicar", "clergy"), Map.entry("priest", "clergy"),
            Map.entry("rabbi", "clergy"), Map.entry("imam", "clergy"), Map.entry("reverend", "clergy"), Map.entry("pastor", "clergy"),
            Map.entry("detective", "police"), Map.entry("constable", "police"), Map.entry("inspector", "police"),
            Map.entry("superintendent", "police"));
    private static final String WORDS = String.join("|", KIND.keySet());
    /** A role word right before the name: "Judge ", "Mr Justice ", "Carlisle striker ". */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}\\-])(" + WORDS + ")\\.?\\s+$");
    /** In apposition after the name: ", the striker", ", a High Court judge", ", the Carlisle defender". */
    private static final Pattern APPOSITION = Pattern.compile("(?i)^,\\s+(?:the|a|an)\\s+(?:[\\p{L}\\d\\-]+\\s+){0,3}?(" + WORDS + ")\\b");
    /** A sentence that opens by describing its subject: "The 22-year-old striker joined", "The defender, 25, rose". */
    private static final Pattern NEXT_OPENS = Pattern.compile("^\\s*The\\s+(?:[\\p{L}\\d\\-]+\\s+){0,2}?(" + WORDS + ")\\b");
    /** The end of a sentence: a stop (and a closing quote) before a space, or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?\\s+|\\n");

    /** The role words the article writes these person mentions with, lower case. */
    static Set<String> roles(String text, List<Mention> mentions, Collection<Integer> members) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : members) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) continue;
            String own = EntityLinker.clean(m.text());
            Matcher first = BEFORE.matcher(own.indexOf(' ') > 0 ? own.substring(0, own.indexOf(' ') + 1) : "");
            if (first.find()) out.add(first.group(1).toLowerCase(Locale.ROOT));
            Matcher b = BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
            if (b.find()) out.add(b.group(1).toLowerCase(Locale.ROOT));
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
            Matcher a = APPOSITION.matcher(after);
            if (a.find()) out.add(a.group(1).toLowerCase(Locale.ROOT));
            if (opensSentence(text, m.start())) {
                Matcher end = SENTENCE_END.matcher(text);
                if (end.find(m.end())) {
                    Matcher next = NEXT_OPENS.matcher(text.substring(end.end(), Math.min(text.length(), end.end() + 60)));
                    if (next.find()) out.add(next.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Whether only space (or an opening quote) stands between the last sentence end and this offset. */
    private static boolean opensSentence(String text, int start) {
        int p = start - 1;
        while (p >= 0 && (Character.isWhitespace(text.charAt(p)) && text.charAt(p) != '\n' || "\"“‘'".indexOf(text.charAt(p)) >= 0)) p--;
        if (p < 0 || text.charAt(p) == '\n') return true;
        return ".!?".indexOf(text.charAt(p)) >= 0 && p + 1 < start && Character.isWhitespace(text.charAt(p + 1));
    }

    /** The alias mark that keeps a role with an entity of this name: "Owen Hart (striker)". */
    static String mark(String name, String role) {
        return AliasMarks.of(name, role);
    }

    /** Whether an alias is a role mark, which is no name. */
    public static boolean isMark(String alias) {
        // ... and so is an organisation's place, "Social Democratic Party (country: Portugal)" (CountryMarks), and a
        // person's age, "Tom Barker (age: 61)" (AgeMarks)
        String role = AliasMarks.role(alias);
        return role != null && (KIND.containsKey(role) || CountryMarks.isMark(alias) || AgeMarks.isMark(alias));
    }

    /** The roles an entity's aliases keep. */
    static Set<String> ofAliases(Collection<String> aliases) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : aliases) {
            String role = AliasMarks.role(a);
            if (role != null && KIND.containsKey(role)) out.add(role);
        }
        return out;
    }

    /** Whether two sets of roles are of different kinds only: both given, no kind shared. */
    static boolean conflict(Set<String> ours, Set<String> theirs) {
        if (ours.isEmpty() || theirs.isEmpty()) return false;
        for (String a : ours) {
            for (String b : theirs) {
                if (KIND.get(a).equals(KIND.get(b))) return false;
            }
        }
        return true;
    }
}
