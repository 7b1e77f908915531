package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;

/**
 * The place a report was filed from, for a meeting that names none: "NICOSIA - Leaders of nine states met ..." and then
 * "Kyprianou hosted Ferri at the presidential palace on Tuesday evening" or "Ferri and Fahmy met for an hour on
 * Wednesday": the meetings of a report from a city, told without a place of their own, happen in that city. A new
 * dateline (a brief of its own, "DUBLIN: ...") replaces the one before. A call or a meeting held online has no place; a
 * sentence with a travel word goes somewhere of its own. Stateless.
 */
final class DatelinePlaces {
    /** Before the dateline's name: nothing but capitals (the sentence's start). */
    private static final Pattern BEFORE = Pattern.compile("^\\W*[\\p{Lu}\\s.'’-]*$");
    /** After it: more capitals, an optional date and agency, then a colon or a dash. */
    private static final Pattern AFTER = Pattern.compile("^[\\p{Lu}\\s.'’-]*(,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*"
            + "(\\([^()]{1,30}\\))?\\s*(:|[-\u2013\u2014]\\s)");
    /** A meeting held apart or one that goes somewhere: no place from the dateline. */
    private static final Pattern NOT_HERE = Pattern.compile("\\b(video|phone|telephone|virtual(ly)?|online|remotely|by\\s+link"
            + "|visit(s|ed|ing)?|trips?|travel(s|led|ed|ling|ing)?|arriv(e|es|ed|ing|al)|tour(s|ed|ing)?|fl(y|ies|ew|own|ying)"
            + "|head(s|ed|ing)?\\s+to|abroad|overseas)\\b", Pattern.CASE_INSENSITIVE);

    private DatelinePlaces() {
    }

    /**
     * The place the sentence at {@code sentenceStart} is filed from when it opens with a dateline in capitals ("NICOSIA -
     * ", "KAMPALA, Jan 21 (AFP) - ", "DUBLIN: "), as the entity's id and name; else null.
     */
    static Map.Entry<Long, String> opening(String sentenceText, int sentenceStart, List<Mention> mentions,
                                           Map<Long, String> entityNames) {
        for (Mention m : mentions) {
            int from = m.start() - sentenceStart;
            int to = m.end() - sentenceStart;
            if (from < 0 || to > sentenceText.length() || m.entityId() == null) continue;
            if (m.type() != EntityType.LOCATION) continue;
            if (BEFORE.matcher(sentenceText.substring(0, from)).matches() && AFTER.matcher(sentenceText.substring(to)).find()
                    && m.text().equals(m.text().toUpperCase(Locale.ROOT)) && m.text().chars().anyMatch(Character::isLetter)) {
                return Map.entry(m.entityId(), entityNames.getOrDefault(m.entityId(), m.text()));
            }
        }
        return null;
    }

    /**
     * Adds the dateline's place to a meeting that names no place and is held in person where the report is from: when
     * no event told before happens anywhere else ("OTTAWA: X will visit Warsaw on Thursday" is filed from home about a
     * trip abroad, so "she meets Y at the foreign ministry" is in Warsaw, not Ottawa).
     */
    static void fill(String sentenceText, Map.Entry<Long, String> dateline, List<EventCandidate> before, Map<Long, String> where) {
        if (dateline == null || !where.isEmpty() || NOT_HERE.matcher(sentenceText).find()) return;
        if (before.stream().anyMatch(e -> e.kind() != EventKind.STATEMENT && !e.whereIds().isEmpty()
                && !e.whereIds().contains(dateline.getKey()))) {
            return;
        }
        where.put(dateline.getKey(), dateline.getValue());
    }
}
