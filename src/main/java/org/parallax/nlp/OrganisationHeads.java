package org.parallax.nlp;

import static org.parallax.nlp.EntityLinker.aliasKey;
import static org.parallax.nlp.EntityLinker.find;
import static org.parallax.nlp.EntityLinker.key;
import static org.parallax.nlp.EntityLinker.union;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.model.BlockType;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/** Step 4c of {@link EntityLinker}: a bare organisation head ("the Bank", "the Fed") joins the one longer name it heads. */
final class OrganisationHeads {
    private OrganisationHeads() {
    }

    /**
     * Step 4c: "the Bank" after "the Bank of England", "the Commission" after "the European Commission", "the Fed"
     * after "the Federal Reserve": a one-word organisation written after "the" that is the head word of the article's
     * one organisation of that head (the word before "of", else the last word), or clips its first word, is that
     * organisation. Left alone, the bare heads of two articles ("the Bank" of England, of the European Investment
     * Bank) made one entity across the library.
     */
    static void join(String text, List<Mention> mentions, int[] parent, Map<String, Integer> formRep) {
        // any mention of the form may be the one after "the" (a headline's "Fed cuts rates" has none)
        Set<String> done = new LinkedHashSet<>();
        for (int r = 0; r < mentions.size(); r++) {
            Mention m = mentions.get(r);
            if (!formRep.containsKey(m.type() + "|" + m.text()) || done.contains(m.text())) continue;
            String w = aliasKey(m.text());
            // without "the", only the first words of the article's one longer organisation: "Harvard" of "Harvard
            // University", "Harvard's provost", a club's city "New York" of "New York Rangers"
            boolean afterThe = text.substring(Math.max(0, m.start() - 4), m.start()).toLowerCase(Locale.ROOT).endsWith("the ");
            if (m.type() != EntityType.ORGANIZATION || afterThe && w.contains(" ") || w.length() < 3 || Acronyms.isAcronym(m.text().strip())) continue;
            Set<Integer> orgs = new LinkedHashSet<>();
            for (int o : formRep.values()) {
                Mention full = mentions.get(o);
                if (full.type() != EntityType.ORGANIZATION) continue;
                // an acronym stands for the long name written before it in brackets, "The European Commission (EC)"
                int[] longAt = {Integer.MAX_VALUE};
                String name = Acronyms.isAcronym(full.text().strip()) ? Acronyms.writtenExpansion(text, mentions, full.text(), longAt) : full.text();
                if (name == null) continue;
                List<String> words = Arrays.asList(key(EntityType.ORGANIZATION, name).split("\\s+"));
                if (words.size() < 2) continue;
                int of = words.indexOf("of");
                String head = of > 0 ? words.get(of - 1) : words.get(words.size() - 1);
                if (afterThe && head.equals(w) && (longAt[0] == Integer.MAX_VALUE
                        ? writtenBefore(mentions, m.text(), words, w) : m.start() < longAt[0])) continue;
                if (afterThe && (head.equals(w) || words.get(0).startsWith(w) && !words.get(0).equals(w))
                        || !afterThe && String.join(" ", words).startsWith(w + " ") && !bodyWithin(words, w)) orgs.add(find(parent, o));
            }
            orgs.remove(find(parent, r));
            if (orgs.size() == 1) {
                union(parent, orgs.iterator().next(), r);
                done.add(m.text());
            }
        }
    }

    /** The head nouns of a body's own name: "Security Council", "Development Programme", "Telecommunication Union". */
    private static final Pattern BODY_HEAD = Pattern.compile("(union|office|programme|program|agency|commission|council"
            + "|committee|fund|organi[sz]ation|court|assembly|force|mission|department|ministry|authority|bureau|tribunal)");

    /**
     * Whether a longer name is a body within the several-word organisation it starts with: "United Nations" then
     * "Security Council", "International Telecommunication Union" or "Office on Drugs and Crime", two or more words with
     * a body's head noun. Such a name is the other body, not the longer form of the first ("Manchester United Football
     * Club" is).
     */
    static boolean bodyWithin(List<String> words, String w) {
        int shortWords = w.split("\\s+").length;
        return shortWords >= 2 && words.size() - shortWords >= 2
                && words.subList(shortWords, words.size()).stream().anyMatch(x -> BODY_HEAD.matcher(x).matches());
    }

    /**
     * Whether the story writes a bare head ("The Times") before the longer name whose head it is ("The New York Times")
     * and before any other word of that name ("Boston" before "the Bruins" of "Boston Bruins"): a name the reader has
     * not met in whole or in part is no back-reference to it, but a name of its own. Headlines do not count.
     */
    private static boolean writtenBefore(List<Mention> mentions, String head, List<String> longWords, String w) {
        int firstHead = Integer.MAX_VALUE;
        int firstLong = Integer.MAX_VALUE;
        for (Mention x : mentions) {
            if (x.blockType() == BlockType.TITLE || x.blockType() == BlockType.HEADING) continue;
            if (x.text().equals(head)) firstHead = Math.min(firstHead, x.start());
            List<String> xw = Arrays.asList(aliasKey(x.text()).replaceAll("^the ", "").split("\\s+"));
            if (!xw.equals(List.of(w)) && longWords.containsAll(xw)) firstLong = Math.min(firstLong, x.start());
        }
        return firstHead < firstLong;
    }
}
