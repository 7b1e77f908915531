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

    private ClubHeads() {
    }

    /**
     * In a text with a score, each lone word typed a person or an organisation that is the town of exactly one club
     * name the article writes (typed an organisation), as the index of that club's mention; none after a word of
     * where ("in Carlisle"). Two clubs of one town ("Bristol City", "Bristol Rovers") leave the town alone.
     */
    static Map<Integer, Integer> lonesToClubs(String text, List<Mention> mentions) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (!SCORE.matcher(text).find()) return out;
        Map<String, Integer> clubOfTown = new LinkedHashMap<>();
        Map<String, String> nameOfTown = new LinkedHashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            Mention o = mentions.get(j);
            if (o.type() != EntityType.ORGANIZATION) continue;
            String name = EntityLinker.clean(o.text()).replaceAll("[’']s$", "");
            Matcher c = CLUB_NAME.matcher(name);
            if (!c.matches()) continue;
            String town = c.group(1);
            String known = nameOfTown.putIfAbsent(town, name);
            if (known == null) clubOfTown.put(town, j);
            else if (!known.equals(name)) clubOfTown.put(town, -1);
        }
        for (int i = 0; i < mentions.size() && !clubOfTown.isEmpty(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION || m.end() > text.length() || m.start() < 0) continue;
            Integer club = clubOfTown.get(EntityLinker.clean(m.text()).replaceAll("[’']s$", ""));
            if (club == null || club < 0 || PLACE_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) continue;
            out.put(i, club);
        }
        return out;
    }
}
