package org.parallax.nlp;

import org.parallax.model.EntityType;

/**
 * One mention as the recogniser found it, before date resolution and linking: a {@code [start, end)} range of the
 * article text, the app type (null for CoreNLP types the app does not show, such as NUMBER), CoreNLP's own tag, and
 * for temporal expressions SUTime's TIMEX3 type and value (for example DATE / "2023-03", or null).
 */
public record RawMention(int start, int end, String text, EntityType type, String nerTag, String timexType, String timexValue) {
}
