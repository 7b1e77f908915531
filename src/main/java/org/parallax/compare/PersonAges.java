package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two aligned sentences give the age of one person though at least one does not name them ("26-year-old
 * Christopher Simpson" / "a 27-year-old man"): each states exactly one age, the unnamed nouns match when both are
 * unnamed (or one is a role noun: "a 34-year-old man" / "The suspect, 35"), and the person plays the same role in both,
 * as the role word nearest the age tells: a suspect (arrested, charged, accused, convicted, on trial) or a victim (killed,
 * died, injured). "The 58-year-old" tells again of a named person, so it pairs with the other side's one named age
 * when the two have the same role or neither has one. Ages of two people in a sentence, or of a victim against a suspect, stay apart. Pure.
 */
final class PersonAges {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern SUSPECT = Pattern.compile("arrest\\w*|charg\\w*|accus\\w*|convict\\w*|suspect\\w*|sentenc\\w*|trial"
            + "|jury|plead\\w*|pled|guilty|detain\\w*|custody|indict\\w*|gunman|shooter|killer");
    private static final Pattern VICTIM = Pattern.compile("kill(?:ed|ing)?|dead|died|dies|death|victims?|slain|injur\\w*|wound\\w*|hurt"
            // a person taken to or treated in hospital is one of those hurt
            + "|hospital\\w*");

    /** An unnamed person's age with no noun ("The last to emerge, a 24-year-old,"): it may be of any one noun the other side gives. */
    static final String BARE = FactExtractor.UNNAMED_AGE + " person";

    private PersonAges() {
    }

    /** Whether two unnamed ages may be of one person by their nouns: the same noun, a role noun, or no noun on one side. */
    private static boolean nounsMeet(Fact x, Fact y) {
        return x.kind().equals(y.kind()) || roleNoun(x) || roleNoun(y) || x.kind().equals(BARE) || y.kind().equals(BARE);
    }

    static boolean unnamed(Fact f) {
        return f.kind().startsWith(FactExtractor.UNNAMED_AGE);
    }

    /**
     * The kind under which each unnamed age of {@code xs} (in {@code textA}) and {@code ys} (in {@code textB}) pairs with
     * the other side's age, when both speak of one person; empty when they may not.
     */
    static Map<Fact, String> aliases(String textA, List<Fact> xs, String textB, List<Fact> ys) {
        List<Fact> as = ages(xs), bs = ages(ys);
        Map<Fact, String> out = new HashMap<>();
        if (as.size() != 1 || bs.size() != 1) return out;
        Fact x = as.get(0), y = bs.get(0);
        if (!unnamed(x) && !unnamed(y)) return out;
        if (unnamed(x) && unnamed(y) && !nounsMeet(x, y)) return out;
        String rx = role(textA, x), ry = role(textB, y);
        // "the 58-year-old" tells again of a person the story has named: it is the other side's one named age when
        // neither sentence gives the two a role, or both give the same one
        boolean definite = (definite(x) && !unnamed(y) || definite(y) && !unnamed(x)) && java.util.Objects.equals(rx, ry);
        // "a 51-year-old captain" / "Captain Ana Roel, 52": the unnamed noun is the named person's title
        boolean titled = unnamed(x) != unnamed(y) && titled(unnamed(x) ? x : y, unnamed(x) ? textB : textA, unnamed(x) ? y : x);
        // "A 64-year-old man remains missing" / "A man of 64 is still missing": one noun, no role either side (missing, rescued, found)
        // so is "a 23-year-old student" / "a 24-year-old," (no noun), neither with a role
        boolean sameNoun = unnamed(x) && unnamed(y) && (x.kind().equals(y.kind()) || x.kind().equals(BARE) || y.kind().equals(BARE)) && rx == null
                && ry == null;
        if (!definite && !titled && !sameNoun && (rx == null || !rx.equals(ry))) return out;
        String kind = unnamed(x) ? y.kind() : x.kind();
        out.put(x, kind);
        out.put(y, kind);
        return out;
    }

    /**
     * The one age each article gives, when neither was paired in counterpart sentences ("Lena Vost, 34," / "a 35-year-old
     * woman who had been missing"; "The 27-year-old man" / "Surfer Jake Morrow, 28,"): one person, told once by each outlet,
     * when at least one side does not name them, unnamed nouns match as in {@link #aliases}, and the roles agree (or one
     * side gives none and the other makes the person a victim, or "the 59-year-old" tells again of the one person the other
     * side names). Two named people are two people, and so are two ages in
     * counterpart sentences that {@link #aliases} did not pair, when their words align them (a weak link does not count).
     * Adds the conflict when the two ages differ and marks both used.
     */
    static void oneEach(String textA, List<Fact> allA, String textB, List<Fact> allB, java.util.function.BiPredicate<Fact, Fact> alignedTogether,
            Set<Fact> used, List<Comparison.Conflict> conflicts) {
        List<Fact> as = ages(allA), bs = ages(allB);
        if (as.size() != 1 || bs.size() != 1) return;
        Fact x = as.get(0), y = bs.get(0);
        if (used.contains(x) || used.contains(y) || !unnamed(x) && !unnamed(y) || alignedTogether.test(x, y)) return;
        if (unnamed(x) && unnamed(y) && !nounsMeet(x, y)) return;
        String rx = role(textA, x), ry = role(textB, y);
        // "The 59-year-old former mayor had been accused" tells again of the person the other side names ("Lessing, 58, wept"): a role
        // only one side gives is no second person
        boolean definiteNamed = definite(x) && !unnamed(y) || definite(y) && !unnamed(x);
        if (!java.util.Objects.equals(rx, ry) && !(rx == null && "victim".equals(ry) || ry == null && "victim".equals(rx))
                && !(definiteNamed && (rx == null || ry == null))) {
            return;
        }
        if (!x.agreesWith(y)) conflicts.add(new Comparison.Conflict(unnamed(x) ? y.kind() : x.kind(), x.value(), y.value()));
        used.add(x);
        used.add(y);
    }

    /** Whether the unnamed age's noun is the title right before the named person's name ("Captain Ana Roel, 52"). */
    private static boolean titled(Fact unnamedAge, String namedText, Fact named) {
        String noun = unnamedAge.kind().substring(unnamedAge.kind().lastIndexOf(' ') + 1);
        int from = Math.max(named.sentenceStart(), named.start() - noun.length() - 1);
        String around = namedText.substring(from, named.end()).toLowerCase(Locale.ROOT);
        return noun.length() > 3 && Pattern.compile("\\b" + Pattern.quote(noun) + "\\s+[a-z]").matcher(around).find();
    }

    private static boolean definite(Fact f) {
        return f.kind().equals(FactExtractor.DEFINITE_AGE);
    }

    /** "a suspect", "the gunman", "a victim": a noun that tells the person's role, not their sex, so it may be "a man" too. */
    private static boolean roleNoun(Fact f) {
        return ROLE_NOUNS.matcher(f.kind().substring(f.kind().lastIndexOf(' ') + 1)).matches();
    }

    private static final Pattern ROLE_NOUNS = Pattern.compile("suspect|gunman|shooter|attacker|victim|killer");

    private static List<Fact> ages(List<Fact> fs) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : fs) if (f.kind().startsWith("age of ")) out.add(f);
        return out;
    }

    /** "suspect" or "victim" by the role word nearest the age's words in its sentence; null when none is. */
    static String role(String text, Fact f) {
        Matcher w = WORD.matcher(text).region(f.sentenceStart(), f.sentenceEnd());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (w.find()) {
            if (w.end() > f.start() && w.start() < f.end()) continue;
            int d = w.end() <= f.start() ? f.start() - w.end() : w.start() - f.end();
            if (d >= bestDistance) continue;
            String word = w.group().toLowerCase(Locale.ROOT);
            String r = SUSPECT.matcher(word).matches() ? "suspect" : VICTIM.matcher(word).matches() ? "victim" : null;
            if (r == null) continue;
            best = r;
            bestDistance = d;
        }
        return best;
    }
}
