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
            // ... and not when it already stands for one of them, written out before it in brackets: "the International
            // Cricket Council (ICC)" keeps "ICC" from the article's "International Criminal Court" too (issue 15, entities8)
            if (targets.remove(EntityLinker.find(parent, r))) continue;
            if (targets.size() == 1) EntityLinker.union(parent, r, targets.iterator().next());
        }
    }

    /** Right after an organisation: one capitalised word in brackets, its short name ("Agency (Aemet)", "(Ofcom)"). */
    /** An ampersand between two capitals ("M&S"). */
    private static final Pattern INITIALS_AMPERSAND = Pattern.compile("(?<=\\p{Lu})&(?=\\p{Lu})");
    private static final Pattern BRACKETED_NAME = Pattern.compile("^\\s*\\(\\s*(\\p{Lu}[\\p{L}&\\-]{1,24})\\s*\\)");

    /**
     * Step 2b of linking: an organisation's short name the article gives in brackets right after its long name ("the
     * State Meteorological Agency (Aemet)"), whatever its letters, is that organisation wherever the article uses it and
     * whatever type the recogniser gave it ("Aemet said" typed a person). Not a place in brackets ("Ford (Germany)"):
     * not when the article has the word as a place.
     */
    static void joinBracketedNames(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        for (int o : linkable) {
            Mention org = mentions.get(o);
            if (org.type() != EntityType.ORGANIZATION || org.end() > text.length()) continue;
            java.util.regex.Matcher b = BRACKETED_NAME.matcher(text.substring(org.end(), Math.min(text.length(), org.end() + 30)));
            if (!b.find()) continue;
            String word = b.group(1).toLowerCase(Locale.ROOT);
            // an acronym or a ticker ("Intel (INTC)") is joinWrittenOut's; a common noun ("Majlis (Parliament)") no name
            if (isAcronym(b.group(1)) || Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find()) continue;
            List<Integer> same = new ArrayList<>();
            boolean place = false;
            for (int i : linkable) {
                Mention m = mentions.get(i);
                if (!EntityLinker.clean(m.text()).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").equals(word)) continue;
                place |= m.type() == EntityType.LOCATION;
                same.add(i);
            }
            if (!place) for (int i : same) EntityLinker.union(parent, o, i);
        }
    }

    /**
     * Step 3b of linking: one organisation's acronym in two languages, the same letters in another order ("NATO" and
     * "OTAN", "EU" and "UE", "IMF" and "FMI"): in one article, the two forms are one body. Left apart, the second
     * language's acronym was an organisation of its own. Only when each letter set has one acronym form in the article.
     */
    static void joinTranslated(List<Mention> mentions, int[] parent, Map<String, Integer> formRep) {
        Map<String, List<Integer>> byLetters = new HashMap<>();
        for (int r : formRep.values()) {
            Mention m = mentions.get(r);
            String a = m.text().strip().replace(".", "").replaceAll("[’']s$", "");
            if (m.type() != EntityType.ORGANIZATION || !isAcronym(a) || !a.chars().allMatch(Character::isLetter)) continue;
            char[] letters = a.toCharArray();
            Arrays.sort(letters);
            List<Integer> forms = byLetters.computeIfAbsent(new String(letters), k -> new ArrayList<>());
            if (forms.stream().noneMatch(f -> mentions.get(f).text().strip().replace(".", "").replaceAll("[’']s$", "").equals(a))) forms.add(r);
        }
        for (List<Integer> forms : byLetters.values()) {
            if (forms.size() == 2) EntityLinker.union(parent, forms.get(0), forms.get(1));
        }
    }

    /**
     * Step 3c of linking: an organisation's acronym in its own language beside its name in English, the same letters in
     * another order ("Portugal's PSD" and its "Social Democratic Party"; Partido Social Democrata): in one article, an
     * acronym whose group has no written-out name joins the one written-out organisation name whose initials are its
     * letters reordered. Left apart, the acronym was a body of its own (or joined another country's party of that name).
     */
    static void joinReordered(List<Mention> mentions, int[] parent, Map<String, Integer> formRep) {
        Map<Integer, Boolean> writtenOut = new HashMap<>();
        for (int r : formRep.values()) {
            if (!isAcronym(mentions.get(r).text().strip())) writtenOut.put(EntityLinker.find(parent, r), true);
        }
        for (int r : formRep.values()) {
            Mention m = mentions.get(r);
            String a = m.text().strip().replace(".", "").replaceAll("[’']s$", "");
            if (m.type() != EntityType.ORGANIZATION || !isAcronym(a) || a.length() < 3 || !a.chars().allMatch(Character::isLetter)
                    || writtenOut.containsKey(EntityLinker.find(parent, r))) continue;
            String letters = sorted(a);
            Set<Integer> targets = new LinkedHashSet<>();
            for (int q : formRep.values()) {
                Mention o = mentions.get(q);
                if (o.type() != EntityType.ORGANIZATION || isAcronym(o.text().strip())) continue;
                for (String ac : acronyms(o.text())) if (!ac.equals(a) && sorted(ac).equals(letters)) targets.add(EntityLinker.find(parent, q));
            }
            if (targets.size() == 1) EntityLinker.union(parent, r, targets.iterator().next());
        }
    }

    private static String sorted(String letters) {
        char[] c = letters.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    static boolean isAcronym(String s) {
        // "M&S", "AT&T": an ampersand between initials is part of the acronym, not of its letters
        String t = INITIALS_AMPERSAND.matcher(s.strip().replace(".", "")).replaceAll("");
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

    /** The long name written before a mention of this acronym in brackets, its position put in {@code at}; or null. */
    static String writtenExpansion(String text, List<Mention> mentions, String acronym, int[] at) {
        for (Mention x : mentions) {
            if (x.type() != EntityType.ORGANIZATION || !x.text().equals(acronym) || x.end() > text.length() || x.start() < 0) continue;
            String e = writtenExpansion(text, x);
            if (e != null) {
                at[0] = x.start();
                return e;
            }
        }
        return null;
    }

    /** An acronym mention's long name written before it in brackets, as a set of none or one. */
    static Set<String> expansions(String text, Mention m) {
        if (!isAcronym(m.text().strip()) || m.end() > text.length() || m.start() < 0) return Set.of();
        String e = writtenExpansion(text, m);
        return e == null ? Set.of() : Set.of(e);
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
