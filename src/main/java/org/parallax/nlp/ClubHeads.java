package org.parallax.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A club whose name is its town and a club word ("Carlisle United", "Plymouth Argyle", "Bristol Rovers") and the
 * same club called by its town alone in the same sports report ("Hart hat-trick sends Carlisle through", "joined
 * Carlisle from Morecambe", "the Carlisle manager"). The recogniser types the lone town a person or an organisation
 * there; left apart, the club was two entities, one named by the town. Stateless.
 */
final class ClubHeads {
    /** A match score: "4-1", "118-104". */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d\\-])\\d{1,3}-\\d{1,3}(?![\\d\\-])");
    /** A club's name: one or two capitalised words of a town, then a word only clubs end in. */
    private static final Pattern CLUB_NAME = Pattern.compile("(\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*)?) (?:United|Rovers|Wanderers"
            + "|Athletic|Albion|Town|City|County|Rangers|Hotspur|Argyle|Orient|Alexandra|Villa|Dynamo|FC|AFC)");
    /** Right before a lone word, a word of where: the town itself, not its club ("a flat in Carlisle"). */
    private static final Pattern PLACE_WORD_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|near|outside|around|downtown"
            + "|(?:city|town|county|port|village|borough)\\s+of)\\s+$");

    /** Right after a lone town, a plural verb of a team (British style): "Halbury, who were promoted", "Barrow are". */
    private static final Pattern TEAM_VERB_AFTER = Pattern.compile("^(?:,\\s+who)?\\s+(?:were|are|have)\\s");

    private ClubHeads() {
    }

    /**
     * In a text with a score, each lone word typed a person or an organisation that is the town of exactly one club
     * name the article writes (typed an organisation), as the index of that club's mention; none after a word of
     * where ("in Carlisle"). Two clubs of one town ("Bristol City", "Bristol Rovers") leave the town alone. In a text
     * with no score, only a lone town followed by a team's plural verb ("Halbury, who were promoted"). In any text, the
     * club's whole name typed a place where the article also types it an organisation.
     */
    static Map<Integer, Integer> lonesToClubs(String text, List<Mention> mentions) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        boolean scored = SCORE.matcher(text).find();
        Map<String, Integer> clubOfTown = new LinkedHashMap<>();
        Map<String, String> nameOfTown = new LinkedHashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            Mention o = mentions.get(j);
            if (o.type() != EntityType.ORGANIZATION) continue;
            String name = EntityLinker.bare(o.text());
            Matcher c = CLUB_NAME.matcher(name);
            if (!c.matches()) continue;
            String town = c.group(1);
            String known = nameOfTown.putIfAbsent(town, name);
            if (known == null) clubOfTown.put(town, j);
            else if (!known.equals(name)) clubOfTown.put(town, -1);
        }
        for (int i = 0; i < mentions.size() && !clubOfTown.isEmpty(); i++) {
            Mention m = mentions.get(i);
            if (m.end() > text.length() || m.start() < 0) continue;
            String form = EntityLinker.bare(m.text());
            // the club's whole name typed a place where the article types it a club elsewhere ("Halbury Town's new stadium")
            Matcher whole = CLUB_NAME.matcher(form);
            if (m.type() == EntityType.LOCATION && whole.matches() && form.equals(nameOfTown.get(whole.group(1)))
                    && clubOfTown.getOrDefault(whole.group(1), -1) >= 0) {
                out.put(i, clubOfTown.get(whole.group(1)));
                continue;
            }
            if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) continue;
            Integer club = clubOfTown.get(form);
            if (club == null || club < 0 || PLACE_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) continue;
            // with no score, only a town that takes a team's plural verb: "Halbury, who were promoted to League Two"
            if (!scored && !TEAM_VERB_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()) continue;
            out.put(i, club);
        }
        return out;
    }

    /** Whether the group of mention {@code i} already holds an organisation's mention: a lone town joined to its club. */
    static boolean takenByClub(List<Mention> mentions, int[] parent, int i) {
        int root = EntityLinker.find(parent, i);
        for (int k = 0; k < mentions.size(); k++) {
            if (k != i && mentions.get(k).type() == EntityType.ORGANIZATION && EntityLinker.find(parent, k) == root) return true;
        }
        return false;
    }
}
