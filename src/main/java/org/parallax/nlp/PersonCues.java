package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * What an article's text says about a person mention beyond its name: whether it is a man or a woman (a title, a kin
 * word, a pronoun after it), and a quoted nickname inside a name. Split from {@link EntityLinker}, which uses them to
 * tell two people of one surname apart and to join a nicknamed name's forms.
 */
final class PersonCues {
    private PersonCues() {
    }

    /** 'm' or 'f' for a person mention titled "Mr", or "Mrs", "Ms", "Miss" (right before it or at its start), else '-'. */
    static char titleGender(String text, Mention m) {
        Matcher own = TITLE_START.matcher(m.text().strip().toLowerCase(Locale.ROOT));
        if (own.find()) return own.group(1).equals("mr") ? 'm' : 'f';
        Matcher before = TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(Locale.ROOT));
        if (before.find()) return before.group(1).equals("mr") ? 'm' : 'f';
        return '-';
    }

    /** A kin word right before a name that says whether it is a man or a woman: "His wife, Meena Patel", "his brother Devin". */
    private static final Pattern KIN_GENDER_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(wife|husband|widow|widower|brother|sister"
            + "|son|daughter|father|mother|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother)\\s*,?\\s*$");
    private static final Set<String> FEMALE_KIN = Set.of("wife", "widow", "sister", "daughter", "mother", "aunt", "niece",
            "granddaughter", "grandmother");
    /** A third-person pronoun that says whether its person is a man or a woman. */
    private static final Pattern GENDERED_PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])(he|him|his|she|her|hers)(?![\\p{L}])");

    /**
     * 'm' or 'f' for a person mention the article marks as a man or a woman, else '-': a gendered title (see
     * {@link #titleGender}), a kin word right before it ("His wife, Meena Patel", "her husband, Robert Grant"), or the
     * first gendered pronoun after it in its sentence with no other person named between ("Raj Patel, 58, said he
     * had", "Hale said she had"). Used only to choose between two people of one surname in one article.
     */
    static char mentionGender(String text, List<Mention> mentions, Mention m) {
        char t = titleGender(text, m);
        if (t != '-') return t;
        Matcher kin = KIN_GENDER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
        if (kin.find()) return FEMALE_KIN.contains(kin.group(1).toLowerCase(Locale.ROOT)) ? 'f' : 'm';
        int end = m.end();
        while (end < text.length() && end < m.end() + 200 && text.charAt(end) != '\n'
                && !(".!?".indexOf(text.charAt(end)) >= 0 && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
            end++;
        }
        Matcher p = GENDERED_PRONOUN.matcher(text.substring(m.end(), end));
        if (!p.find()) return '-';
        int at = m.end() + p.start();
        for (Mention o : mentions) {
            if (o.type() == EntityType.PERSON && o.start() >= m.end() && o.start() < at) return '-';
        }
        String w = p.group(1).toLowerCase(Locale.ROOT);
        return w.equals("he") || w.equals("him") || w.equals("his") ? 'm' : 'f';
    }

    /** A gendered title at a name's start, and right before a name. */
    private static final Pattern TITLE_START = Pattern.compile("^(mrs|ms|miss|mr)\\.?\\s");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(mrs|ms|miss|mr)\\.?\\s+$");

    /** A name with a quoted nickname inside it: Margaret "Peggy" Lowell, Carl 'Buzz' Henning. */
    private static final Pattern NICKNAMED_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]+)\\s+[\"“‘']([\\p{Lu}][\\p{L}'’-]+)[\"”’']\\s+(\\p{Lu}[\\p{L}'’-]+)");

    /**
     * Step 4b': a name written with a quoted nickname inside it (Margaret "Peggy" Lowell) is one person, however the
     * recogniser cut it ("Margaret" and "Peggy\" Lowell"), and so are the article's other forms of it: "Margaret
     * Lowell", "Peggy Lowell", a lone "Peggy". Left apart, the two first names of one surname were two people.
     */
    static void joinQuotedNicknames(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        Matcher nm = NICKNAMED_NAME.matcher(text);
        while (nm.find()) {
            String first = nm.group(1).toLowerCase(Locale.ROOT);
            String nick = nm.group(2).toLowerCase(Locale.ROOT);
            String last = nm.group(3).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            Set<String> forms = Set.of(first + " " + last, nick + " " + last, nick);
            Integer home = null;
            for (int i : linkable) {
                Mention m = mentions.get(i);
                if (m.type() != EntityType.PERSON) continue;
                boolean inside = m.start() < nm.end() && m.end() > nm.start();
                String plain = String.join(" ", EntityLinker.tokens(m.text().replaceAll("[\"“”‘’]", " ")));
                if (!inside && !forms.contains(plain)) continue;
                if (home == null) home = i;
                else EntityLinker.union(parent, home, i);
            }
        }
    }
}
