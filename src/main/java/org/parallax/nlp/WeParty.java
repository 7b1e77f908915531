package org.parallax.nlp;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A diary or blog told as "we", whose group is named with its leader ("Our group of six, led by the mayor, X"): in a
 * sentence of the narrator's own ("we called on the British consul, Y"), the leader takes part, first.
 */
final class WeParty {

    private WeParty() {
    }

    /** The group and its leader: "Our group of six, led by the mayor,", "our delegation, led by". */
    private static final Pattern LED_BY = Pattern.compile("\\b(our|my)\\s+(group|delegation|party|team)\\b[^.;]{0,60}?\\bled\\s+by\\s+",
            Pattern.CASE_INSENSITIVE);

    /** The narrator's "we", in a sentence quoting no one. */
    private static final Pattern WE = Pattern.compile("\\bwe\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");

    /** The leader of the narrator's group: the first person named within 60 characters after "led by". */
    static Optional<Long> leader(String text, List<Mention> mentions) {
        Matcher m = LED_BY.matcher(text);
        if (!m.find()) return Optional.empty();
        int from = m.end();
        return mentions.stream().filter(x -> x.entityId() != null && x.type() == EntityType.PERSON && x.start() >= from
                && x.start() <= from + 60).min(Comparator.comparingInt(Mention::start)).map(Mention::entityId);
    }

    /** The group's leader first among those taking part in a sentence told as "we". */
    static void leaderFirst(String text, String sentenceText, List<Mention> mentions, Map<Long, String> entityNames,
                            Map<Long, String> who) {
        if (!WE.matcher(sentenceText).find() || QUOTE.matcher(sentenceText).find()) return;
        leader(text, mentions).ifPresent(id -> {
            Map<Long, String> withLeader = new LinkedHashMap<>();
            withLeader.put(id, entityNames.getOrDefault(id, mentions.stream().filter(x -> id.equals(x.entityId()))
                    .map(Mention::text).findFirst().orElse("")));
            who.forEach(withLeader::putIfAbsent);
            who.clear();
            who.putAll(withLeader);
        });
    }
}
