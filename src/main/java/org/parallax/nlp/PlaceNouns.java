package org.parallax.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A place named only by its noun for {@link EventExtractor}: "Bartholomew last visited the monastery", "The island is
 * to be visited by X", after the article named one place of that kind ("Mount Athos monastery", "The island of Texel",
 * "St Catherine's Monastery"). The event's place is that named place.
 */
final class PlaceNouns {
    private PlaceNouns() {
    }

    /** Kinds of place a story names once and then calls by the noun alone. */
    private static final String NOUN = "(island|monastery|abbey|convent|cathedral|temple|mosque|plant|factory|refinery|mine"
            + "|camp|base|port|shipyard|airport|village|valley|lake|dam|oasis|atoll|archipelago|peninsula)";
    /**
     * "the monastery" standing for a place: not a modifier of another noun ("the plant manager", "the island's mayor"),
     * so followed by punctuation, the end or a word that closes a noun phrase.
     */
    private static final Pattern NOUN_ALONE = Pattern.compile("\\bthe\\s+" + NOUN + "(?=\\s*[,.;:!?)]|\\s*$|\\s+(and|or|on|in|at"
            + "|for|with|where|which|is|was|were|will|would|has|had|before|after|last|this|next|to|by|since|during|again)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Adds to {@code where} the one place the article named before with the noun the sentence uses alone, and takes it
     * out of {@code who} (a tagger may call "Texel" an organisation). Nothing when no such place or more than one.
     */
    static void named(String text, int sentenceStart, String sentenceText, List<Mention> mentions, Map<Long, String> entityNames,
                      Map<Long, String> who, Map<Long, String> where) {
        Matcher m = NOUN_ALONE.matcher(sentenceText);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            int at = sentenceStart + m.start();
            Pattern after = Pattern.compile("^\\s*(['’]s\\s+)?" + noun + "\\b", Pattern.CASE_INSENSITIVE);
            Pattern before = Pattern.compile("\\b" + noun + "\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
            Map<Long, String> found = new LinkedHashMap<>();
            for (Mention x : mentions) {
                if (x.entityId() == null || x.end() > at || x.type() != EntityType.LOCATION && x.type() != EntityType.ORGANIZATION) continue;
                String right = text.substring(x.end(), Math.min(text.length(), x.end() + 40));
                String left = text.substring(Math.max(0, x.start() - 40), x.start());
                boolean own = x.text().toLowerCase(Locale.ROOT).endsWith(" " + noun);
                if (own || after.matcher(right).find() || before.matcher(left).find()) {
                    found.putIfAbsent(x.entityId(), entityNames.getOrDefault(x.entityId(), x.text()));
                }
            }
            if (found.size() != 1) continue;
            Map.Entry<Long, String> place = found.entrySet().iterator().next();
            who.remove(place.getKey());
            where.putIfAbsent(place.getKey(), place.getValue());
        }
    }
}
