package org.parallax.nlp;

import java.util.regex.Pattern;

/**
 * A street's name, often a person's name with a street word before or after it: "Avenida Tomás Vidal", "Calle Manuel
 * Rojas", "Jalan Sudirman", "Nelson Mandela Street", "Okoro Road". The recogniser typed such a name a person now and
 * then; a street is a place. Only the words that leave no doubt: "Lane", "Way", "Close" or "Place" end people's names
 * too (Nathan Lane, Glenn Close). Stateless.
 */
final class StreetNames {
    /** A street word first and a capitalised word after it. */
    private static final Pattern STREET_FIRST = Pattern.compile("^(?:Avenida|Calle|Rua|Jalan|Ulitsa|Boulevard|Bulevar|Paseo|Strada)"
            + "\\s+(?:(?:de|del|da|do|dos|la|las|los)\\s+)?\\p{Lu}.*");
    /** A capitalised word and a street word last. */
    private static final Pattern STREET_LAST = Pattern.compile("^\\p{Lu}.*\\s(?:Street|Road|Avenue|Boulevard|Strasse|Straße)$");

    private StreetNames() {
    }

    /** Whether a name, cleaned of its possessive, is a street's. */
    static boolean isStreet(String form) {
        return STREET_FIRST.matcher(form).matches() || STREET_LAST.matcher(form).matches();
    }
}
