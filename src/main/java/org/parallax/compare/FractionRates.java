package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Sentence;

/**
 * A rate one counterpart sentence gives in percent and the other as a fraction in words: "a 30% rise in emergency admissions" /
 * "Emergency admissions are up by a quarter", "31% of its student body" / "almost a third of those enrolled". When one side of
 * an aligned pair has exactly one rate in percent left unsettled and the other states no unsettled rate in percent but exactly one
 * fraction ("a quarter", "about a third", "two thirds", "three quarters", "a fifth", "seven-tenths", "half" of something or by
 * it, "a fifth full", a change by a half: "halved", so many in so many: "One in five", "nearly nine in ten"), the two are one
 * rate when their sentences share a content word or a number besides the rate (the whole it is a share of): the fraction is read as
 * a percentage a writer rounds to it (a quarter is 22.5% to 27.5%; "about" widens it, "almost" and "more than" bound it on one side,
 * "less than" reaches down to half of it), and a rate outside it conflicts. Pure.
 */
final class FractionRates {
    private FractionRates() {
    }

    private static final Map<String, Double> PERCENT = Map.ofEntries(Map.entry("a half", 50.0), Map.entry("half", 50.0),
            Map.entry("a third", 100 / 3.0), Map.entry("one third", 100 / 3.0), Map.entry("two thirds", 200 / 3.0),
            Map.entry("a quarter", 25.0), Map.entry("one quarter", 25.0), Map.entry("three quarters", 75.0), Map.entry("a fifth", 20.0),
            Map.entry("one fifth", 20.0), Map.entry("two fifths", 40.0), Map.entry("three fifths", 60.0), Map.entry("four fifths", 80.0),
            Map.entry("a tenth", 10.0), Map.entry("one tenth", 10.0), Map.entry("three tenths", 30.0), Map.entry("seven tenths", 70.0),
            Map.entry("nine tenths", 90.0));
    private static final String HEDGE = "about|around|some|roughly|almost|nearly|just\\s+under|less\\s+than|under|more\\s+than|just\\s+over|over";
    private static final String PART = "(?:a|one|two|three|four|seven|nine)[\\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half";
    /**
     * A fraction of something ("a third of the fire"), of a store's capacity ("less than a fifth full") or a change by one ("up by
     * a quarter", "a third more than planned"), with its hedge.
     */
    private static final Pattern FRACTION = Pattern.compile("(?i)(?<![\\w-])(?:(" + HEDGE + ")\\s+)?(" + PART + ")\\b(?=\\s+(?:of|full|empty"
            // a change by one told before its comparison: "a third more than planned", "a quarter higher than" (issue 16, set 17)
            + "|more|less|higher|lower|fewer|bigger|larger|smaller|cheaper|dearer)\\b)"
            + "|(?<=\\bby\\s)(?:(" + HEDGE + ")\\s+)?(" + PART + ")\\b"
            // "The subsidy is due to be halved", "had halved the group's export growth": a change by a half
            + "|(?<![\\w-])(?:(" + HEDGE + ")\\s+)?(halved|halving|halve|halves)\\b");

    /** A share told as so many in so many ("One in five", "nearly nine in ten", "two in three"), with its hedge. */
    private static final Pattern IN_EVERY = Pattern.compile("(?i)(?<![\\w-])(?:(" + HEDGE + ")\\s+)?\\b(one|two|three|four|five|six|seven|eight|nine)"
            + "\\s+(?:in|out\\s+of)\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\b(?!\\s*(?:%|per\\s*cent|percent))");

    /** Settles a rate in percent on one side of a counterpart pair against the one fraction the other side gives instead. */
    static void settle(String textA, List<Sentence> a, List<Fact> xs, String textB, List<Sentence> b, List<Fact> ys, Set<Fact> used,
            List<Comparison.Conflict> conflicts) {
        one(textA, xs, textB, b, ys, used, conflicts, true);
        one(textB, ys, textA, a, xs, used, conflicts, false);
    }

    private static void one(String textP, List<Fact> ps, String textF, List<Sentence> sf, List<Fact> fs, Set<Fact> used, List<Comparison.Conflict> conflicts,
            boolean percentOnA) {
        List<Fact> open = new ArrayList<>();
        for (Fact f : ps) if (f.kind().equals("percent") && !used.contains(f)) open.add(f);
        // a rate the other side gives in percent and that is settled already ("64 percent the season before") leaves its fraction free
        if (open.size() != 1 || fs.stream().anyMatch(f -> f.kind().equals("percent") && !used.contains(f))) return;
        List<Fact> fractions = new ArrayList<>();
        for (Sentence s : sf) fractions.addAll(of(textF, s.start(), s.end()));
        // a fraction its own sentence gives in percent too ("Nearly nine in ten students passed ..., with the pass rate at 87.4 per
        // cent") is that rate told twice, not a second one free for the other side's open rate
        fractions.removeIf(q -> fs.stream().anyMatch(f -> f.kind().equals("percent") && f.sentenceStart() == q.sentenceStart() && f.lo() <= q.hi()
                && q.lo() <= f.hi()));
        if (fractions.size() != 1) return;
        Fact p = open.get(0), q = fractions.get(0);
        // the rate and the fraction are of one thing: their sentences share a content word ("admissions"); "half of whom received a
        // placebo" is no rate beside "Shares jumped 12%"
        Set<String> shared = keys(textP, p);
        shared.retainAll(keys(textF, q));
        // or they give one number beside it, the whole the share is of: "about 2.1 million workers, roughly a quarter of them" /
        // "Around 2.1 million people earn the minimum wage, 25% of them"
        Set<String> wholes = numbers(textP, p);
        wholes.retainAll(numbers(textF, q));
        if (shared.isEmpty() && wholes.isEmpty()) return;
        used.add(p);
        if (p.lo() <= q.hi() && q.lo() <= p.hi()) return;
        conflicts.add(percentOnA ? new Comparison.Conflict("percent", p.value(), q.value()) : new Comparison.Conflict("percent", q.value(), p.value()));
    }

    /** A number that is no rate in percent. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\w.,]*\\d)"
            + "(?!\\s?(?:%|per\\s?cent|percent))");

    /** The numbers of {@code f}'s sentence outside {@code f}, as written. */
    private static Set<String> numbers(String text, Fact f) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = NUMBER.matcher(text).region(f.sentenceStart(), f.sentenceEnd());
        while (m.find()) if (m.end() <= f.start() || m.start() >= f.end()) out.add(m.group());
        return out;
    }

    private static Set<String> keys(String text, Fact f) {
        Set<String> out = new java.util.HashSet<>();
        for (Tokens.Tok t : Tokens.words(text, f.sentenceStart(), f.sentenceEnd())) {
            String k = t.key();
            if (k.length() >= 3 && !Tokens.STOPWORDS.contains(k) && !Character.isDigit(k.charAt(0)) && !NumberWords.isNumberWord(k)) out.add(k);
        }
        return out;
    }

    /** The fractions {@code text[start, end)} states, as rates in percent. */
    static List<Fact> of(String text, int start, int end) {
        List<Fact> out = new ArrayList<>();
        String s = text.substring(start, end);
        Matcher m = FRACTION.matcher(s);
        while (m.find()) {
            String hedge = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            String frac = m.group(6) != null ? "half" : (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
            Double v = PERCENT.get(frac);
            if (v == null) continue;
            String h = hedge == null ? "" : hedge.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            out.add(fact(h, v, m.group().strip(), start + m.start(), start + m.end(), start, end));
        }
        Matcher r = IN_EVERY.matcher(s);
        while (r.find()) {
            double n = NumberWords.parse(r.group(2)).orElse(0), d = NumberWords.parse(r.group(3)).orElse(0);
            if (n <= 0 || d <= n) continue;
            String h = r.group(1) == null ? "" : r.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            out.add(fact(h, 100 * n / d, r.group().strip(), start + r.start(), start + r.end(), start, end));
        }
        return out;
    }

    /** A share of {@code v} percent as a writer rounds it, after hedge {@code h} (lower case, "" for none). */
    private static Fact fact(String h, double v, String text, int from, int to, int start, int end) {
        double lo, hi;
        switch (h) {
            case "almost", "nearly", "just under" -> {
                lo = v - 5;
                hi = v;
            }
            // "less than a fifth full": below it, down to half of it
            case "less than", "under" -> {
                lo = v / 2;
                hi = v;
            }
            case "more than", "just over", "over" -> {
                lo = v;
                hi = v + 5;
            }
            case "" -> {
                lo = v - 2.5;
                hi = v + 2.5;
            }
            default -> {
                lo = v - 4;
                hi = v + 4;
            }
        }
        return new Fact("percent", lo, hi, text, "~" + Math.round(v) + "%", from, to, start, end);
    }
}
