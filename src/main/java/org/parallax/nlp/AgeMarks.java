package org.parallax.nlp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.AliasMarks;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * The ages a person's mentions are written with, kept per entity, so one full name of two people in unrelated stories
 * stays two entities: "Tom Barker, 24," the striker is not "Barker, 61," the councillor of another article. An article
 * gives an age in apposition right after a mention ("Barker, 61, is", "Tom Barker, aged 24,", "Tom Barker (24)"). The
 * entity keeps each age as an alias mark, "Tom Barker (age: 61)", which is no name ({@link RoleMarks#isMark}). Across
 * articles a cluster does not join a known person whose ages are all far from all of its own: more than
 * {@value #GAP} years apart, a gap no one person's age crosses within the years a news library spans, which also
 * leaves room for a paper that gets an age a year or two wrong. A side with no age joins as before. Stateless.
 */
final class AgeMarks {
    /** How many years apart two ages must be to be two people. */
    static final int GAP = 15;
    /** The label of an age's alias mark ({@link AliasMarks}): "Tom Barker (age: 61)". */
    private static final String LABEL = "age";
    /** Right after a name: ", 61," ", aged 24," ", 42." or " (24)". */
    private static final Pattern AFTER = Pattern.compile("^(?:,\\s+(?:aged\\s+)?(\\d{1,3})\\s*[,.;]|\\s+\\((\\d{1,3})\\))");

    private AgeMarks() {
    }

    /** The ages written in apposition after these person mentions. */
    static Set<Integer> of(String text, List<Mention> mentions, Collection<Integer> members) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i : members) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) continue;
            Matcher a = AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
            if (!a.find()) continue;
            int age = Integer.parseInt(a.group(1) != null ? a.group(1) : a.group(2));
            if (age > 0 && age < 120) out.add(age);
        }
        return out;
    }

    /** The alias mark that keeps an age with a person of this name. */
    static String mark(String name, int age) {
        return AliasMarks.of(name, LABEL, Integer.toString(age));
    }

    /** Whether an alias is an age mark, which is no name. */
    static boolean isMark(String alias) {
        return ageOf(alias) != null;
    }

    /** The ages an entity's aliases keep. */
    static Set<Integer> ofAliases(Collection<String> aliases) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String a : aliases) {
            Integer age = ageOf(a);
            if (age != null) out.add(age);
        }
        return out;
    }

    /** Whether two sets of ages are far apart only: both given, no two within {@value #GAP} years. */
    static boolean conflict(Set<Integer> ours, Set<Integer> theirs) {
        if (ours.isEmpty() || theirs.isEmpty()) return false;
        for (int a : ours) {
            for (int b : theirs) {
                if (Math.abs(a - b) <= GAP) return false;
            }
        }
        return true;
    }

    private static Integer ageOf(String alias) {
        String role = AliasMarks.role(alias);
        if (role == null || !role.startsWith(LABEL + ": ")) return null;
        String n = role.substring(LABEL.length() + 2);
        return n.matches("\\d{1,3}") ? Integer.valueOf(n) : null;
    }
}
