package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A venue named after its town, for {@link EventExtractor}: "was received at Halifax Town Hall", "popped into Bramford
 * Primary School". When the article names that town as a place elsewhere ("in Halifax on Wednesday"), the town is the
 * event's place too: a reader knows where the town hall stands. Only buildings of a town (a school, a hospital, a
 * town hall, a library, a station), so a company or a club named after a town ("Halifax Building Society") adds none.
 */
final class VenueTowns {
    private VenueTowns() {
    }

    /** A town's building: the town's name (one or two words), a word or two, then the building's noun. */
    private static final Pattern VENUE = Pattern.compile("^((?-i:\\p{Lu})[\\p{L}'’-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?)\\s+"
            + "(?:(?:[\\p{L}'’-]+\\s+){0,2}?)(primary\\s+school|school|academy|college|hospital|town\\s+hall|city\\s+hall"
            + "|guildhall|civic\\s+cent(re|er)|library|museum|cathedral|railway\\s+station|station|airport)$",
            Pattern.CASE_INSENSITIVE);

    /** Adds to {@code where} the town a venue of it is named after, when the article names that town as a place. */
    static void add(List<Mention> mentions, Map<Long, String> entityNames, Map<Long, String> where) {
        for (String venue : List.copyOf(where.values())) {
            Matcher m = VENUE.matcher(venue.strip());
            if (!m.find()) continue;
            String town = m.group(1).toLowerCase(Locale.ROOT);
            for (Mention x : mentions) {
                if (x.entityId() == null || x.type() != EntityType.LOCATION || where.containsKey(x.entityId())) continue;
                String name = entityNames.getOrDefault(x.entityId(), x.text());
                if (name.toLowerCase(Locale.ROOT).equals(town) || x.text().toLowerCase(Locale.ROOT).equals(town)) {
                    where.put(x.entityId(), name);
                    break;
                }
            }
        }
    }
}
