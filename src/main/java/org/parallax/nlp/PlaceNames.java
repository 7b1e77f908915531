package org.parallax.nlp;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A place's name in its own language and in English, for the linker's place key: "Den Haag" is The Hague, "Brussel"
 * and "Bruxelles" are Brussels, "München" is Munich. A story written for English readers gives a city's own name
 * beside the English one ("The Dutch city, Den Haag to its residents"); left apart, the two were two places. Only
 * cities and countries whose two names differ by more than accents, and whose own-language name is no other place's
 * English name. A saint's name is one key however "St" is written: "St Ives", "St. Ives" and "Saint Ives" (keys come
 * without dots and hyphens: "Saint-Malo" is "saint malo"). Stateless.
 */
final class PlaceNames {
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("den haag", "hague"), Map.entry("s gravenhage", "hague"), Map.entry("brussel", "brussels"),
            Map.entry("bruxelles", "brussels"), Map.entry("antwerpen", "antwerp"), Map.entry("anvers", "antwerp"),
            Map.entry("gent", "ghent"), Map.entry("münchen", "munich"), Map.entry("köln", "cologne"), Map.entry("wien", "vienna"),
            Map.entry("praha", "prague"), Map.entry("warszawa", "warsaw"), Map.entry("kraków", "krakow"), Map.entry("lisboa", "lisbon"),
            Map.entry("roma", "rome"), Map.entry("firenze", "florence"), Map.entry("napoli", "naples"), Map.entry("venezia", "venice"),
            Map.entry("milano", "milan"), Map.entry("torino", "turin"), Map.entry("genève", "geneva"), Map.entry("genf", "geneva"),
            Map.entry("moskva", "moscow"), Map.entry("københavn", "copenhagen"), Map.entry("göteborg", "gothenburg"),
            Map.entry("sevilla", "seville"), Map.entry("athina", "athens"), Map.entry("bucurești", "bucharest"),
            Map.entry("beograd", "belgrade"), Map.entry("deutschland", "germany"), Map.entry("españa", "spain"),
            Map.entry("nederland", "netherlands"), Map.entry("sverige", "sweden"), Map.entry("suomi", "finland"));

    /** "st " at the start of a key: the abbreviation of "saint". */
    private static final Pattern SAINT_ABBREVIATION = Pattern.compile("^st (?=\\p{L})");

    private PlaceNames() {
    }

    /** The English name of a place written in its own language (a key in, a key out: lower case, no "the"), else the name itself. */
    static String english(String lowerName) {
        String name = ENGLISH.getOrDefault(lowerName, lowerName);
        return name.startsWith("st ") ? SAINT_ABBREVIATION.matcher(name).replaceFirst("saint ") : name;
    }
}
