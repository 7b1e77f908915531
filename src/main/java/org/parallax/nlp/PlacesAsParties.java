package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A place the tagger called an organisation or a person, so it would stand among an event's participants: a street
 * ("residents of Mill Lane"), or a town the article elsewhere goes to or is in ("would visit Ashby", "travel to
 * Plymouth", "crossing to Inis Mor") and never names as a person. It is no participant; where the sentence itself goes
 * to it or is in it, it is a place of the event.
 */
final class PlacesAsParties {

    /** A street's last word: "Mill Lane", "Church Street", "Station Road". */
    private static final Pattern STREET = Pattern.compile("\\s(Lane|Street|Road|Avenue|Crescent|Terrace|Drive)$");
    /** Right before a place's name: going to it, being in it, visiting or touring it. */
    private static final String TO_PLACE = "\\b(in|to|into|visit(s|ed|ing)?|tour(s|ed|ing)?)\\s+";
    /** Right after a town's bare name: not a longer name's first word, nor a possessive ("Ashby's twin town"). */
    private static final String NAME_ENDS = "(?![\\p{L}\\p{N}'’-]|\\s+\\p{Lu})";

    private PlacesAsParties() {
    }

    static void drop(String text, String sentenceText, List<Mention> mentions,
                     Map<Long, String> who, Map<Long, String> where) {
        for (Long id : new ArrayList<>(who.keySet())) {
            String name = who.get(id);
            if (name == null || name.isBlank()) continue;
            boolean person = mentions.stream().anyMatch(m -> id.equals(m.entityId()) && m.type() == EntityType.PERSON);
            boolean street = STREET.matcher(name).find();
            Pattern toIt = Pattern.compile(TO_PLACE + Pattern.quote(name) + NAME_ENDS);
            if (!street && !(!person && toIt.matcher(text).find())) continue;
            who.remove(id);
            // "travel to Plymouth" with the town tagged once a place and once a club: one place, not two
            if (toIt.matcher(sentenceText).find() && where.values().stream().noneMatch(name::equalsIgnoreCase)) {
                where.putIfAbsent(id, name);
            }
        }
    }
}
