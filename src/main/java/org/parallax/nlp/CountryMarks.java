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
 * The place an organisation's mentions are written as belonging to, kept per entity, so one party name of two countries
 * stays two entities: "Romania's Social Democratic Party (PSD)" is not "Portugal's Social Democratic Party" of another
 * story. An article gives the place by a possessive right before a mention ("Portugal's PSD") whose word the article
 * has as a place. The entity keeps it as an alias mark, "Social Democratic Party (country: Portugal)", which is no name
 * ({@link RoleMarks#isMark}). Across articles a cluster does not join a known organisation whose places are all others
 * than its own. A side with no such possessive joins as before. Stateless.
 */
final class CountryMarks {
    /** A place's possessive right before a name: "Portugal's ", "South Korea's ". */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)?)[’']s\\s+$");
    /** The label of a place's alias mark ({@link AliasMarks}): "PSD (country: Romania)". */
    private static final String LABEL = "country";

    private CountryMarks() {
    }

    /** The places (as written) whose possessive stands before these organisation mentions, where the article has the word as a place. */
    static Set<String> of(String text, List<Mention> mentions, Collection<Integer> members) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : members) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.ORGANIZATION || m.start() < 0 || m.end() > text.length()) continue;
            Matcher b = POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 32), m.start()));
            if (!b.find()) continue;
            String place = b.group(1);
            for (Mention o : mentions) {
                if (o.type() == EntityType.LOCATION && EntityLinker.bare(o.text()).equals(place)) {
                    out.add(place);
                    break;
                }
            }
        }
        return out;
    }

    /** The alias mark that keeps a place with an organisation of this name. */
    static String mark(String name, String place) {
        return AliasMarks.of(name, LABEL, place);
    }

    /** Whether an alias is a place mark, which is no name. */
    static boolean isMark(String alias) {
        String role = AliasMarks.role(alias);
        return role != null && role.startsWith(LABEL + ": ");
    }

    /** The places an entity's aliases keep. */
    static Set<String> ofAliases(Collection<String> aliases) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : aliases) {
            if (isMark(a)) out.add(AliasMarks.role(a).substring(LABEL.length() + 2));
        }
        return out;
    }

    /** Whether two sets of places are both given and share none ("UK" and "Britain" are one place). */
    static boolean conflict(Set<String> ours, Set<String> theirs) {
        if (ours.isEmpty() || theirs.isEmpty()) return false;
        for (String a : ours) {
            for (String b : theirs) {
                if (EntityLinker.key(EntityType.LOCATION, a).equals(EntityLinker.key(EntityType.LOCATION, b))) return false;
            }
        }
        return true;
    }
}
