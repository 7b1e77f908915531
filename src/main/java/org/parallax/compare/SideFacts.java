package org.parallax.compare;

import java.util.List;
import java.util.Map;

import org.parallax.model.EntityType;

/**
 * What the NLP stage knows about one article, as comparison input: its entities by canonical name, and its resolved
 * dates with their surface texts. Either may be empty.
 */
public record SideFacts(Map<String, EntityType> entities, List<DatedMention> dates) {
    public static final SideFacts EMPTY = new SideFacts(Map.of(), List.of());

    public SideFacts {
        entities = Map.copyOf(entities);
        dates = List.copyOf(dates);
    }
}
