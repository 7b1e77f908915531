package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writer's bare name, with no label, in an element whose class says byline or author ("news-by", "byline",
 * "author-name") on a page in a script of South Asia without capital letters (Sinhala "කේ. ඒ. නිමල් ප්‍රියන්ත",
 * Tamil, Devanagari, Bengali ...), where the capitals that make a Latin name safe are missing: it is read only when the
 * element holds two to four words of that one script and nothing else (no digit, no colon, no other letter), none of
 * them a desk's, a bureau's or a reporter's title, and the page names no other person so. Only reads the document.
 */
final class IndicBylines {
    /** Class words of an element that holds the byline: "byline", "news-by", "wo-article__by", "author-name". */
    private static final String CLASSES = "[class*=byline], [class*=author], [class~=(?:__|-)by(?:\\s|$)]";
    /** Two to four words of the letters and signs of one script, initials with their dot ("කේ."), joiners inside. */
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{M}\\u200C\\u200D]+\\.?(?:\\s+[\\p{L}\\p{M}\\u200C\\u200D]+\\.?){1,3}$");
    /**
     * Desk, bureau, team, news and reporter words that make a credit no name: Hindi and Marathi, Bengali, Gujarati,
     * Punjabi, Tamil, Telugu, Kannada, Malayalam and Sinhala.
     */
    private static final Pattern DESK = Pattern.compile("डेस्क|ब्यूरो|टीम|संवाददाता|प्रतिनिधि|रिपोर्टर|न्यूज़|न्यूज|समाचार|वार्ताहर|प्रतिनिधी"
            + "|ডেস্ক|ব্যুরো|প্রতিবেদক|প্রতিনিধি|সংবাদদাতা|রিপোর্টার|ডেস্ক|ડેસ્ક|બ્યૂરો|પ્રતિનિધિ|ਡੈਸਕ|ਬਿਊਰੋ|ਪ੍ਰਤੀਨਿਧ"
            + "|டெஸ்க்|செய்தி|நிருபர்|பிரிவு|டீம்|డెస్క్|విలేకరి|ప్రతినిధి|ಡೆಸ್ಕ್|ವರದಿಗಾರ|ಪ್ರತಿನಿಧಿ|ഡെസ്ക്|ലേഖകൻ|പ്രതിനിധി"
            + "|පුවත්|වාර්තාකරු|අංශය|කණ්ඩායම");
    /** The Unicode blocks of the scripts this reads. */
    private static final Character.UnicodeBlock[] SCRIPTS = {Character.UnicodeBlock.DEVANAGARI, Character.UnicodeBlock.BENGALI,
        Character.UnicodeBlock.GURMUKHI, Character.UnicodeBlock.GUJARATI, Character.UnicodeBlock.ORIYA, Character.UnicodeBlock.TAMIL,
        Character.UnicodeBlock.TELUGU, Character.UnicodeBlock.KANNADA, Character.UnicodeBlock.MALAYALAM, Character.UnicodeBlock.SINHALA};

    private IndicBylines() {
    }

    /** The one bare name such elements print; null when none does or they print different ones. */
    static String classed(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element e : doc.body().select(CLASSES)) {
            String text = e.text().replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || !NAME.matcher(text).matches() || DESK.matcher(text).find() || furniture(e)) continue;
            if (script(text) == null) continue;
            if (found != null && !found.equals(text)) return null;
            found = text;
        }
        return found;
    }

    /** The one script of the text's letters when it is one of {@link #SCRIPTS}; null otherwise. */
    private static Character.UnicodeBlock script(String text) {
        Character.UnicodeBlock block = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            if (block != null && b != block) return null;
            block = b;
        }
        for (Character.UnicodeBlock s : SCRIPTS) {
            if (s == block) return block;
        }
        return null;
    }

    private static boolean furniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("header") && a.select("h1").isEmpty()
                    || tag.equals("li") || tag.equals("figure") || tag.equals("blockquote")) {
                return true;
            }
        }
        return false;
    }
}
