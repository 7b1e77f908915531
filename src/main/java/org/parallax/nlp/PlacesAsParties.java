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

    /**
     * Whether the entity's person mentions are all its bare one-word name while another of its mentions is a place:
     * a town the tagger called a person in some sentences ("would visit Ashby") and a place in others ("the ford in
     * Ashby"). A person's name written with a title or a given name ("Cllr Ashby", "Tom Ashby") is a person.
     */
    static boolean townTypedAPerson(Long id, String name, List<Mention> mentions) {
        if (name.strip().contains(" ")) return false;
        boolean place = false;
        for (Mention m : mentions) {
            if (!id.equals(m.entityId())) continue;
            if (m.type() == EntityType.LOCATION) place = true;
            else if (m.type() == EntityType.PERSON && !m.text().strip().equals(name.strip())) return false;
        }
        return place;
    }

    static void drop(String text, String sentenceText, List<Mention> mentions,
                     Map<Long, String> who, Map<Long, String> where) {
        for (Long id : new ArrayList<>(who.keySet())) {
            String name = who.get(id);
            if (name == null || name.isBlank()) continue;
            boolean person = mentions.stream().anyMatch(m -> id.equals(m.entityId()) && m.type() == EntityType.PERSON)
                    && !townTypedAPerson(id, name, mentions);
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
