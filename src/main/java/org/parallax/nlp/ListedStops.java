package org.parallax.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;

/**
 * A trip's stops listed in one sentence, for {@link EventExtractor}: "made stops in Akron, Flint and Erie on Saturday",
 * "with stops in Leeds, York and Hull", "stopped in Reno, Elko and Ely". Each place of the list is a stop, so a visit of
 * its own, with the same traveller and day. A list of places after "visiting" or "toured" stays one visit (a tour of a
 * region told as a whole); only the noun or verb of a stop splits. A capitalised word in the list read as a person
 * ("Erie") is a place there.
 */
final class ListedStops {
    private ListedStops() {
    }

    /** "stops in", "stopovers at", "stopped off in", followed by a list of two or more capitalised names. */
    static final Pattern STOPS = Pattern.compile("\\b(?:(?:whistle-?)?stops?|stopovers?|stopp(?:ed|ing)(?:\\s+off)?)\\s+(?:in|at)\\s+"
            + "((?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*,\\s+)+(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*,?\\s+)?"
            + "(?:and|then)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)");

    /**
     * One visit per listed stop, each with every participant but those the list names and the stop as its place; empty
     * unless the sentence lists two or more stops that are all found as names.
     */
    static List<EventCandidate> split(String sentenceText, int sentenceStart, DateRange when, Map<Long, String> who,
                                      Map<Long, String> where, List<Mention> named, EventSource source) {
        Matcher m = STOPS.matcher(sentenceText);
        if (!m.find()) return List.of();
        int from = sentenceStart + m.start(1);
        int to = sentenceStart + m.end(1);
        Map<Long, String> stops = new LinkedHashMap<>();
        for (Mention n : named.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList()) {
            if (n.start() < from || n.end() > to || n.entityId() == null) continue;
            if (n.type() != EntityType.LOCATION && n.type() != EntityType.PERSON) continue;
            stops.putIfAbsent(n.entityId(), where.getOrDefault(n.entityId(), n.text()));
        }
        int listed = m.group(1).split(",\\s+|\\s+(?:and|then)\\s+").length;
        if (stops.size() < 2 || stops.size() != listed) return List.of();
        Map<Long, String> travellers = new LinkedHashMap<>(who);
        stops.keySet().forEach(travellers::remove);
        List<EventCandidate> out = new ArrayList<>();
        for (Map.Entry<Long, String> stop : stops.entrySet()) {
            out.add(EventExtractor.candidate(EventKind.VISIT, when, travellers, Map.of(stop.getKey(), stop.getValue()), source));
        }
        return out;
    }
}
