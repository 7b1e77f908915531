package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * The acronym handling of {@link EntityLinker}: what an acronym is, the acronyms a long name may go by, a long name
 * written out before an acronym in brackets, acronyms an article spells out in lower case (a kind of thing, no entity),
 * and the two linking steps that join an acronym to its expansion inside one article. Stateless.
 */
final class Acronyms {
    private static final Set<String> STOP = Set.of("of", "for", "the", "and", "on", "in", "to", "at", "de", "&");

    private Acronyms() {
    }

    /**
     * Whether a form is an acronym the article spells out in lower case: "individual retirement accounts, or IRAs",
     * "exchange-traded funds (ETFs)". Such an acronym names a kind of thing, not one body, so it is no entity; left in,
     * a savings account's "IRA" joined the Irish Republican Army of another article as the library's one candidate.
     */
    static boolean isCommonNounAcronym(String text, String form) {
        String a = EntityLinker.clean(form).replaceAll("(?:[’']s|s)$", "").replace(".", "");
        if (!isAcronym(a) || a.length() > 6 || !a.chars().allMatch(Character::isLetter)) return false;
        StringBuilder re = new StringBuilder("(?<![\\p{L}])");
        for (int i = 0; i < a.length(); i++) {
            if (i > 0) re.append("[\\s\\-]+");
            re.append(Character.toLowerCase(a.charAt(i))).append("\\p{Ll}*");
        }
        re.append("\\s*(?:,\\s*or\\s+|\\(\\s*|or\\s+)").append(a).append("s?(?![\\p{L}])");
        return Pattern.compile(re.toString()).matcher(text).find();
    }

    /** Step 2 of linking: a "Long Name (ACRO)" written out in the text: the acronym joins the mention that ends right before its "(". */
    static void joinWrittenOut(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        Map<Integer, List<Integer>> byNextChar = new HashMap<>();
        for (int i : linkable) byNextChar.computeIfAbsent(skipSpace(text, mentions.get(i).end()), k -> new ArrayList<>()).add(i);
        for (int j : linkable) {
            Mention b = mentions.get(j);
            int open = bracketOpen(text, b);
            if (open < 0) continue;
            for (int i : byNextChar.getOrDefault(open, List.of())) {
                if (mentions.get(i).type() == b.type() && mentions.get(i).end() <= open) EntityLinker.union(parent, i, j);
            }
        }
    }

    private static int skipSpace(String text, int p) {
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) p++;
        return p;
    }

    /** Where the "(" before an acronym in brackets stands ("(EC)", "( EC )"); -1 when {@code m} is no such acronym. */
    static int bracketOpen(String text, Mention m) {
        if (!isAcronym(m.text().strip())) return -1;
        int p = m.start() - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) p--;
        int close = skipSpace(text, m.end());
        return p >= 0 && text.charAt(p) == '(' && close < text.length() && text.charAt(close) == ')' ? p : -1;
    }

    /** Step 3 of linking: an acronym form and the one form it abbreviates in the article. */
    static void joinForms(EntityLinker linker, List<Mention> mentions, int[] parent, Map<String, Integer> formRep) {
        // 3. acronyms between groups: an acronym form joins every form it abbreviates
        Map<String, List<Integer>> byAcronym = new HashMap<>();
        for (int r : formRep.values()) {
            Mention b = mentions.get(r);
            if (b.type() == EntityType.PERSON || b.type() == EntityType.DATE) continue;
            for (String ac : acronyms(b.text())) byAcronym.computeIfAbsent(b.type() + "|" + ac, k -> new ArrayList<>()).add(r);
        }
        for (int r : formRep.values()) {
            Mention a = mentions.get(r);
            if (a.type() == EntityType.PERSON || !isAcronym(a.text().strip())) continue;
            // "EC" joins its expansion only when the article spells out one (European Commission, not also Electoral)
            Set<Integer> targets = new LinkedHashSet<>();
            for (int q : byAcronym.getOrDefault(a.type() + "|" + a.text().strip().replace(".", "").replace("&", ""), List.of())) {
                if (q != r && linker.strength(a.type(), a.text(), mentions.get(q).text()) == 2) targets.add(EntityLinker.find(parent, q));
            }
            targets.remove(EntityLinker.find(parent, r));
            if (targets.size() == 1) EntityLinker.union(parent, r, targets.iterator().next());
        }
    }

    static boolean isAcronym(String s) {
        // "M&S", "AT&T": an ampersand between initials is part of the acronym, not of its letters
        String t = s.strip().replace(".", "").replaceAll("(?<=\\p{Lu})&(?=\\p{Lu})", "");
        return t.length() >= 2 && t.length() <= 10 && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && t.chars().anyMatch(Character::isLetter);
    }

    /**
     * The long name written right before an acronym in brackets ("The European Commission (EC)"): the shortest run of
     * up to six words before the "(" whose capitals spell the acronym, or null.
     */
    static String writtenExpansion(String text, Mention m) {
        String ac = m.text().strip().replace(".", "").replace("&", "");
        int p = bracketOpen(text, m);
        if (p < 0) return null;
        String before = text.substring(Math.max(0, p - 120), p).strip();
        String[] words = before.split("\\s+");
        for (int n = 2; n <= Math.min(6, words.length); n++) {
            String run = String.join(" ", Arrays.asList(words).subList(words.length - n, words.length));
            if (!Character.isUpperCase(run.charAt(0))) continue;
            if (acronyms(run).contains(ac)) return EntityLinker.clean(run);
        }
        return null;
    }

    /** Acronyms a long name may go by: with and without a leading country word ("USAID", "AID"). */
    static Set<String> acronyms(String name) {
        List<String> words = Arrays.stream(EntityLinker.clean(name).split("[\\s\\-]+")).filter(w -> !w.isEmpty()).toList();
        Set<String> out = new LinkedHashSet<>();
        for (int from = 0; from < Math.min(2, words.size()); from++) {
            StringBuilder sb = new StringBuilder();
            for (String w : words.subList(from, words.size())) {
                String letters = w.replaceAll("[^\\p{L}]", "");
                if (letters.isEmpty() || STOP.contains(letters.toLowerCase(Locale.ROOT))) continue;
                if (isAcronym(letters)) sb.append(letters);
                else if (Character.isUpperCase(letters.charAt(0))) sb.append(letters.charAt(0));
            }
            if (sb.length() >= 2) out.add(sb.toString());
        }
        return out;
    }
}
