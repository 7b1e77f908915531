package org.parallax.model;

/**
 * Which language an article is taken to be in when entities, dates and events are recognised. The recogniser's models
 * read English only, so an article in another language gets sentences and no mentions. By default that is decided from
 * the text; the user can say otherwise for one article (Article ▸ Recognise as), for an English article full of quoted
 * German that reads as German, or a foreign one that reads as English.
 */
public enum RecognitionLanguage {
    /** Decided from the article's own words (the default). */
    FROM_TEXT,
    /** Recognised as English whatever its words look like. */
    ENGLISH,
    /** Never given to the English recogniser. */
    OTHER
}
