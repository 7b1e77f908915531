package org.parallax.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * The authors of a reference list, written surname first: "Wilson, John (March 2009)", "Hay, Jennifer; Maclagan,
 * Margaret; Gordon, Elizabeth (2008)", "Hardt, D. (ed)". The recogniser reads each as two names, a surname (often
 * typed a place or an organisation) and a lone given name. Left so, the page's "John" joined a longer "Richard John",
 * the "David" of two authors joined "John William David", and each surname and given name was a person of its own
 * (issue 15, real saved pages). Each mention of such an author is named by the whole name, given name first.
 */
final class Citations {
    private Citations() {
    }

    /** Right after the given name: the rest of an author's part of a reference (a year or "ed." in brackets, the next
     * author after ";" or "&", ", ed.", or the title in quotes). */
    private static final Pattern AFTER_GIVEN = Pattern.compile(
            "^(?:\\s*\\((?:eds?\\.?\\)|[^()\\n]{0,30}\\d{4}\\))|\\s*[;&]|,\\s*eds?\\.|\\.\\s*[\"“]|[\"”]\\.)");
    /** The surname and comma right before the given name: "Wilson, ", "Murray-McIntosh, ", "O'Hare, ", "De Lange, " (a
     * second word only after a surname's particle: the "In" of "In Nauright, John (ed.)" is no name). */
    private static final Pattern SURNAME_BEFORE = Pattern.compile(
            "((?:(?:De|Van|Von|Le|La|Du|Da|Di|Del|Della|Des|Den|Der|Ter|Ten|St\\.?|Al|El)\\s)?\\p{Lu}[\\p{L}’'\\-]*),\\s$");
    /** Right before the surname: where a reference or its next author starts (a caret, ";", "&", a quote, a bracket,
     * a full stop, a line start, a reference's letters "a b", or an editor's "In"). */
    private static final Pattern AUTHOR_START = Pattern.compile("(?:^|[\\^;&\"“(\\]\\n.]|(?:^|\\s)(?:[a-z]|[Ii]n))\\s*$");
    /** Initials right after a given name: " J.", " J. R.". */
    private static final Pattern INITIALS_AFTER = Pattern.compile("^(?:\\s\\p{Lu}\\.(?:-?\\p{Lu}\\.)*)+");
    /** A given name: one to three words, or initials, with initials after ("Brian J.", "D.", "J.-Y."). */
    private static final Pattern GIVEN = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}’'\\-]+|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*)(?:\\s+(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|\\p{Lu}[\\p{L}’'\\-]+)){0,2}");

    /**
     * For each mention that is a reference's author written surname first, the author's whole name ("John Wilson"), by
     * the mention's index: the given-name mention (typed a person) and the surname's mention, if the recogniser made one.
     * A given-name mention that ran on over ";" into the next author ("Brian J.; Hatfield") is cut there.
     */
    static Map<Integer, String> authorNames(String text, List<Mention> mentions) {
        Map<Integer, String> out = new HashMap<>();
        Map<Integer, Integer> byEnd = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.DATE && m.end() <= text.length()) byEnd.putIfAbsent(m.end(), i);
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON || m.end() > text.length() || m.start() < 2) continue;
            String own = text.substring(m.start(), m.end());
            int semi = own.indexOf(';');
            String given = (semi >= 0 ? own.substring(0, semi) : own).strip();
            int givenEnd = m.start() + (semi >= 0 ? semi : own.length());
            // initials the recogniser left out of the given name: "Hatfield, Peter J.; Penny" with the mention "Peter"
            Matcher initials = semi >= 0 ? null : INITIALS_AFTER.matcher(text.substring(givenEnd, Math.min(text.length(), givenEnd + 16)));
            if (initials != null && initials.find() && initials.end() > 0) {
                given = given + " " + initials.group().strip();
                givenEnd += initials.end();
            }
            if (!GIVEN.matcher(given).matches() || given.equals(given.toUpperCase(Locale.ROOT)) && given.length() > 2
                    && !given.contains(".")) continue;
            if (semi < 0 && !AFTER_GIVEN.matcher(text.substring(givenEnd, Math.min(text.length(), givenEnd + 40))).find()) continue;
            Matcher s = SURNAME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            if (!s.find()) continue;
            int surnameStart = m.start() - (s.end() - s.start());
            if (!AUTHOR_START.matcher(text.substring(Math.max(0, surnameStart - 12), surnameStart)).find()) continue;
            String surname = s.group(1);
            String whole = given + " " + surname;
            out.put(i, whole);
            Integer x = byEnd.get(surnameStart + surname.length());
            if (x != null && mentions.get(x).start() == surnameStart) out.put(x, whole);
        }
        return out;
    }

    /** The mention named by its author's whole name ({@link #authorNames}), typed a person. */
    static Mention asAuthor(Mention m, String whole) {
        return EntityNames.copy(m, whole, EntityType.PERSON);
    }
}
