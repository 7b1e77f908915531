package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * A person's name run on into the body the person is "of" (issue 15, entities16): the recogniser tagged "Joris van den
 * Berg of Team Vanmoor won the stage" as one person, whose lone "Van den Berg" then took in another article's Anouk van
 * den Berg. The name is cut before " of ", and the rest is an organisation when its words say so ("Team Vanmoor",
 * "Westbury Athletic Club"). Not a title's place ("Lord Smith of Finsbury", "Prince Harry of Wales", "the Duke of
 * Arden"), nor a one-word name ("Joan of Arc", "Catherine of Aragon").
 */
final class OfAffiliations {
    private OfAffiliations() {
    }

    /** Two or more name words (particles allowed after the first), " of ", and capitalised words. */
    private static final Pattern NAME_OF_BODY = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:(?:van|von|der|den|de|da|das|do|dos|di|del|della|la|le|bin|al|el|ter|ten)\\s+)*"
            + "\\p{Lu}[\\p{L}'’.\\-]*)+)\\s+of\\s+(\\p{Lu}[\\p{L}'’.&\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.&\\-]*)*)$");
    /** Words of a title whose place follows "of", or of a royal or religious name. */
    private static final Set<String> TITLES = Set.of("Lord", "Lady", "Baron", "Baroness", "Viscount", "Viscountess", "Earl",
            "Countess", "Count", "Duke", "Duchess", "Marquess", "Marquis", "Prince", "Princess", "King", "Queen", "Emperor",
            "Empress", "Tsar", "Pope", "Bishop", "Archbishop", "Saint", "St", "Sir", "Dame", "Archduke", "Grand");
    /** Words that make the rest an organisation's name. */
    private static final Pattern BODY_WORD = Pattern.compile("(?:^Team\\s|\\s(?:Club|FC|United|Athletic|Rovers|Racing|Cycling|Group"
            + "|Bank|Party|Council|University|College|Institute|Company|Corporation|Inc|Ltd|plc)$)");

    /** The mentions with each such person name cut before " of ", and the body after it added where its words say so. */
    static List<RawMention> split(String text, List<RawMention> mentions) {
        List<RawMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            RawMention m = mentions.get(i);
            if (m.type() != EntityType.PERSON) continue;
            Matcher n = NAME_OF_BODY.matcher(m.text());
            if (!n.matches()) continue;
            String name = n.group(1);
            if (TITLES.contains(name.split("\\s+")[0]) || name.split("\\s+").length < 2
                    || Arrays.stream(name.split("\\s+")).anyMatch(TITLES::contains)) continue;
            if (out == null) out = new ArrayList<>(mentions);
            int idx = out.indexOf(m);
            out.set(idx, new RawMention(m.start(), m.start() + name.length(), name, EntityType.PERSON, m.nerTag(), null, null));
            String body = n.group(2);
            if (BODY_WORD.matcher(body).find()) {
                int at = m.start() + n.start(2);
                out.add(idx + 1, new RawMention(at, at + body.length(), body, EntityType.ORGANIZATION, "ORGANIZATION", null, null));
            }
        }
        return out == null ? mentions : out;
    }
}
