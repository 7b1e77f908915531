package org.parallax.text;

import java.util.Locale;
import java.util.Set;

import org.parallax.model.RecognitionLanguage;

/**
 * Whether an article's text is written in English, the one language the recogniser's models read. A text is read as
 * another language only on evidence: most of its letters are of another script (Cyrillic, Greek, Arabic, Hebrew, the
 * Indic scripts, Chinese, Japanese, Korean, Thai), or its function words are those of another language ("der", "und",
 * "les", "que", "della", "het", "się", "och", "dengan") at least one word in forty and more than twice as often as
 * English ones ("the", "and", "that", "which"). A table of names and figures holds neither and stays English, as does a
 * text too short to tell. Reads the text only, never the page's declared language, which templates often leave at "en"
 * (measured: performance page, "Articles not in English"). Pure and thread-safe.
 */
public final class EnglishText {
    /** English function words that are rare as words of the other languages a news library holds. */
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "that", "with", "from", "are", "were", "has", "have", "had", "said", "which", "this", "would",
            "they", "their", "been", "who", "its", "his", "she", "not", "but", "after", "about", "there", "than", "when",
            "what", "could", "into", "our", "you", "these", "those", "should", "while");
    /**
     * Function words of other languages written in Latin letters that English text does not use as words (German,
     * French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, the Nordic languages, Turkish, Indonesian,
     * Romanian, Hungarian, Vietnamese and others); words English also writes ("a", "as", "die", "was", "war", "met", "per",
     * "non", "pour", "par", "care", "till", "son"), abbreviates ("MIT", "EST", "OS", "com" of addresses, "s" of "U.S.",
     * "v" of fixtures, "W" of standings) or names ("Yang", "Ali", "Dan", "Meg", "de", "van", "al-") are left out.
     */
    private static final Set<String> FOREIGN = Set.of(
            // German
            "der", "das", "und", "nicht", "ist", "ein", "eine", "einen", "sich", "auf", "für", "auch", "von", "wird",
            "sind", "werden", "oder", "aber", "wie", "nach", "bei", "noch", "nur", "über", "wir", "ich", "sie", "dass",
            "wenn", "kann", "haben", "zum", "zur", "im", "vom", "durch", "sehr", "schon",
            // French
            "les", "des", "du", "et", "une", "dans", "qui", "que", "sur", "avec", "au", "aux", "ce", "cette", "sont",
            "ont", "mais", "ou", "été", "il", "elle", "nous", "vous", "leur", "pas", "être", "comme",
            // Spanish, Catalan, Portuguese, Italian
            "el", "los", "las", "del", "en", "por", "con", "una", "para", "es", "se", "lo", "su", "sus", "más",
            "pero", "como", "fue", "está", "amb", "els", "és", "em", "não", "um", "foi", "é", "ao", "na", "nos", "gli",
            "della", "che", "è", "sono", "nel", "alla", "anche", "più", "muy",
            // Dutch
            "het", "een", "niet", "zijn", "dat", "voor", "ook", "wordt", "naar", "bij", "aan", "maar", "nog", "ze", "wij",
            "worden", "geen",
            // Polish, Czech, Slovak, Croatian, Lithuanian
            "nie", "się", "że", "jest", "jak", "po", "od", "za", "przez", "dla", "czy", "oraz", "tak", "je",
            "jako", "jsou", "které", "který", "sa", "aj", "što", "koji", "koja", "kao", "ir", "kad",
            // Swedish, Norwegian, Danish, Finnish, Estonian
            "och", "att", "det", "som", "är", "på", "för", "av", "inte", "ett", "og", "ikke", "jeg", "vi", "af", "ja",
            "ei", "että", "oli", "kun", "mutta", "myös", "hän", "ovat", "ning",
            // Turkish, Indonesian and Malay, Vietnamese, Romanian, Hungarian
            "bir", "bu", "için", "ile", "olarak", "daha", "çok", "gibi", "di", "ini", "itu", "dengan", "untuk", "dari",
            "dalam", "tidak", "akan", "pada", "adalah", "và", "của", "là", "các", "những", "được", "trong", "với",
            "không", "người", "și", "în", "cu", "pe", "nu", "este", "sau", "mai", "din", "pentru", "az", "hogy",
            "egy");
    /** Fewer words than this cannot be told apart: read as English. */
    static final int MIN_WORDS = 20;
    /** Only the first words are read: enough to tell, and a long article costs no more. */
    static final int MAX_WORDS = 3_000;

    private EnglishText() {
    }

    /** What {@link #read} counted in a text's first words. */
    public record Reading(int words, int english, int foreign, int latinLetters, int otherLetters) {
        /** Whether the text reads as English (or too short to tell). */
        public boolean isEnglish() {
            if (otherLetters > latinLetters && otherLetters >= 2 * MIN_WORDS) return false;
            if (words < MIN_WORDS) return true;
            return !(foreign >= 3 && foreign * 40 >= words && foreign > 2 * english);
        }
    }

    /** Whether {@code text} reads as English (or is too short to tell). */
    public static boolean reads(String text) {
        return read(text).isEnglish();
    }

    /** Whether {@code text} is recognised as English: as the user chose for its article, else as {@link #reads(String)}. */
    public static boolean reads(String text, RecognitionLanguage choice) {
        if (choice == RecognitionLanguage.ENGLISH) return true;
        if (choice == RecognitionLanguage.OTHER) return false;
        return reads(text);
    }

    /** Counts the first words of {@code text}: English and other function words, Latin and other letters. */
    public static Reading read(String text) {
        int words = 0;
        int english = 0;
        int foreign = 0;
        int latin = 0;
        int other = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            boolean latinWord = true;
            while (i < n && Character.isLetter(text.charAt(i))) {
                if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                    latinWord = false;
                }
                i++;
            }
            words++;
            if (!latinWord || i - start > 8) continue;
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(w)) english++;
            else if (FOREIGN.contains(w)) foreign++;
        }
        return new Reading(words, english, foreign, latin, other);
    }
}
