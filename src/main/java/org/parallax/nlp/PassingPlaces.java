package org.parallax.nlp;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Mention;

/**
 * Places a sentence names that are not where its event happens, for {@link EventExtractor}: where the party goes home
 * to or what happened there ("cut short a visit to Japan on Wednesday and flew home after floods hit Quebec"), and the
 * destination a stop lay on the way to ("stopped over in Nairobi on Sunday on his way to Lusaka").
 */
final class PassingPlaces {
    private PassingPlaces() {
    }

    /** Going home: everything named after it is home's, not the event's ("flew home after floods hit Quebec"). */
    private static final Pattern HOME = Pattern.compile("\\b(fl(y|ies|ew|ying)|return(s|ed|ing)?|head(s|ed|ing)?|went"
            + "|go(es|ing)?|travel(s|led|ling|ed|ing)?|sail(s|ed|ing)?)\\s+(back\\s+)?home\\b", Pattern.CASE_INSENSITIVE);
    /** Right before the destination a stop lay on the way to: "stopped over in Nairobi on his way to Lusaka". */
    private static final Pattern WAY_TO = Pattern.compile("\\bon\\s+(his|her|their|its|the)\\s+way\\s+(back\\s+)?to\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Removes from {@code where} each place named only after the sentence's going home, and each named only right after
     * "on his way to" when the sentence names another place (the stop itself). A place the party is on its way to with
     * no other place named ("is on his way to the Chancellery, where he will hold talks") stays.
     */
    static void drop(String sentenceText, int sentenceStart, List<Mention> named, Map<Long, String> where) {
        Matcher home = HOME.matcher(sentenceText);
        int homeAt = home.find() ? home.end() : -1;
        for (Long id : List.copyOf(where.keySet())) {
            boolean seen = false;
            boolean afterHome = homeAt >= 0;
            boolean wayTo = true;
            for (Mention m : named) {
                if (!id.equals(m.entityId())) continue;
                seen = true;
                int at = Math.max(0, m.start() - sentenceStart);
                afterHome &= at >= homeAt;
                wayTo &= WAY_TO.matcher(sentenceText.substring(0, Math.min(at, sentenceText.length()))).find();
            }
            if (seen && (afterHome || wayTo && where.size() > 1)) where.remove(id);
        }
    }
}
