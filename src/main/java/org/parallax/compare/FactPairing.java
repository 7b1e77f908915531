package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.parallax.model.Sentence;
import org.parallax.text.ClockTimes;

/**
 * Pairs the facts of two articles ({@link FactExtractor}, plus each side's resolved dates) into conflicts and one-sided
 * facts. First within each aligned pair: for every kind both sides state, one agreeing value pair settles it, else the
 * first values conflict. Then across the articles, for sentences that report the same event without aligning as wholes:
 * a kind both sides state that no value pair agrees on anywhere conflicts once, between the first sentences that share a
 * content word. Whatever is left is one-sided. Pure.
 */
public final class FactPairing {
    private FactPairing() {
    }

    /** The conflicts and one-sided facts of articles {@code textA} and {@code textB} aligned as {@code al}. */
    public static Comparison.Facts pair(String textA, String textB, Alignment al, SideFacts sideA, SideFacts sideB) {
        Map<Sentence, List<Fact>> fa = facts(textA, sentencesA(al), sideA.dates());
        Map<Sentence, List<Fact>> fb = facts(textB, sentencesB(al), sideB.dates());
        Set<Fact> used = new HashSet<>();
        Set<String> agreedKinds = new HashSet<>();
        List<Comparison.Conflict> conflicts = new ArrayList<>();
        Set<Integer> ranks = new HashSet<>();
        for (AlignedPair p : al.pairs()) {
            Ranks.settle(textA, p.a(), textB, p.b(), ranks, conflicts);
            List<Fact> xs = collect(fa, p.a()), ys = collect(fb, p.b());
            settle(textA, textB, xs, ys, PersonAges.aliases(textA, xs, textB, ys), used, agreedKinds, conflicts, true);
            otherCurrency(xs, ys, used);
            TimeRoles.settle(xs, ys, used);
            OtherNounCounts.settle(xs, ys, used, conflicts);
            FractionRates.settle(textA, p.a(), xs, textB, p.b(), ys, used, conflicts);
            hospitalAmongInjured(xs, ys, used);
            hospitalAmongInjured(ys, xs, used);
        }
        // same event, not aligned as wholes: by kind, over the facts still unpaired
        List<Fact> restA = unused(fa, used), restB = unused(fb, used);
        settle(textA, textB, restA, restB, Map.of(), used, agreedKinds, new ArrayList<>(), false);
        Set<String> conflicted = new HashSet<>();
        for (Comparison.Conflict c : conflicts) conflicted.add(c.fact());
        // the one unlinked sentence each side has at the same place, between counterparts (GapSentences)
        GapSentences.settle(al, fa, fb, used, conflicts);
        Map<String, Integer> timesA = kindCounts(fa), timesB = kindCounts(fb);
        yearsAgo(textA, textB, unused(fa, used), unused(fb, used), used, conflicts);
        PersonAges.oneEach(textA, all(fa), textB, all(fb), (x, y) -> alignedTogether(al, x, y), used, conflicts);
        List<Fact> openB = unused(fb, used);
        Map<Integer, Set<String>> keysA = new HashMap<>(), keysB = new HashMap<>();
        for (Fact x : unused(fa, used)) {
            if (agreedKinds.contains(x.kind()) || conflicted.contains(x.kind()) || PersonAges.unnamed(x) || counted(x)) continue;
            for (Fact y : openB) {
                if (!y.kind().equals(x.kind()) || !x.couldBeSame(y) || used.contains(y)) continue;
                Set<String> shared = new HashSet<>(keysA.computeIfAbsent(x.sentenceStart(), k -> contentKeys(textA, x)));
                shared.retainAll(keysB.computeIfAbsent(y.sentenceStart(), k -> contentKeys(textB, y)));
                // a count of people of a state each article gives once ("Some 1,800 residents have been evacuated" / "Around
                // 2,500 people were forced from their homes") is one fact however differently the two sentences are worded
                // so is a turnout each gives once ("Turnout was 61%" / "Some 58% of the electorate took part")
                // and a crowd as one source gives it ("Organisers said 25,000 had taken part" / "Organisers claimed 30,000 protesters")
                boolean once = (PEOPLE_STATES.contains(x.kind()) || x.kind().equals(Turnouts.KIND) || CrowdSources.is(x)) && timesA.get(x.kind()) == 1
                        && timesB.get(x.kind()) == 1;
                if (shared.isEmpty() && !once) continue;
                if (partOfDay(x) || partOfDay(y)) {
                    // "overnight" against "early on Tuesday" in sentences of one event: the same night, no conflict and not one-sided
                    used.add(x);
                    used.add(y);
                    break;
                }
                conflicts.add(new Comparison.Conflict(x.kind(), x.value(), y.value()));
                conflicted.add(x.kind());
                markKind(fa, x.kind(), used);
                markKind(fb, x.kind(), used);
                break;
            }
        }
        // the one count of people in hospital and the one of injured that two articles give, wherever they stand
        hospitalAmongInjured(all(fa), all(fb), used);
        hospitalAmongInjured(all(fb), all(fa), used);
        List<Fact> leftA = unused(fa, used), leftB = unused(fb, used);
        // the story's day in a lead whose counterpart gives none is the day the other article's publication carries (StoryDay)
        leftA.removeIf(f -> storyDay(f, al, true, fb));
        leftB.removeIf(f -> storyDay(f, al, false, fa));
        // a sum in brackets after a value is that value converted, not a fact the other side lacks (BracketConversions)
        leftA.removeIf(f -> BracketConversions.isConversion(textA, f));
        leftB.removeIf(f -> BracketConversions.isConversion(textB, f));
        // "began seven years ago": the start, compared as a span with the other side's length (Spans), is no one-sided date
        List<Fact> allA = all(fa), allB = all(fb);
        leftA.removeIf(f -> insideComparedSpan(f, allA, used));
        leftB.removeIf(f -> insideComparedSpan(f, allB, used));
        return new Comparison.Facts(conflicts, oneSided(leftA), oneSided(leftB));
    }

    /** Whether {@code f} of side A ({@code sideA}) or B is the story's day its first sentence gives ({@link StoryDay}). */
    private static boolean storyDay(Fact f, Alignment al, boolean sideA, Map<Sentence, List<Fact>> otherFacts) {
        if (!StoryDay.nearDay(f)) return false;
        Sentence first = null;
        for (Sentence s : sideA ? sentencesA(al) : sentencesB(al)) if (first == null || s.start() < first.start()) first = s;
        if (first == null) return false;
        List<Sentence> others = new ArrayList<>();
        for (AlignedPair p : al.pairs()) if ((sideA ? p.a() : p.b()).contains(first)) others.addAll(sideA ? p.b() : p.a());
        return StoryDay.toldByPublication(f, first, others, otherFacts);
    }

    /**
     * Settles each kind both lists state: agreeing values pair up; with none agreeing, the first two conflict. An unnamed
     * person's age takes part only under the kind {@code alias} gives it ({@link PersonAges}).
     */
    private static void settle(String textA, String textB, List<Fact> xs, List<Fact> ys, Map<Fact, String> alias, Set<Fact> used, Set<String> agreedKinds,
            List<Comparison.Conflict> conflicts, boolean conflictWhenNoneAgree) {
        Map<String, List<Fact>> byKindA = byKind(xs, alias), byKindB = byKind(ys, alias);
        for (Map.Entry<String, List<Fact>> e : byKindA.entrySet()) {
            List<Fact> bs = byKindB.get(e.getKey());
            if (bs == null) continue;
            if (conflictWhenNoneAgree && e.getKey().equals("date")) {
                // a part of the day alone in counterpart sentences tells the day the other side tells: settled, never a conflict
                List<Fact> vague = new ArrayList<>();
                for (Fact f : e.getValue()) if (partOfDay(f)) vague.add(f);
                for (Fact f : bs) if (partOfDay(f)) vague.add(f);
                used.addAll(vague);
                List<Fact> firmA = new ArrayList<>(e.getValue()), firmB = new ArrayList<>(bs);
                firmA.removeAll(vague);
                firmB.removeAll(vague);
                if (firmA.isEmpty() || firmB.isEmpty()) continue;
                e.setValue(firmA);
                bs = firmB;
            }
            boolean agreed = false;
            for (Fact x : e.getValue()) {
                for (Fact y : bs) {
                    if (x.agreesWith(y)) {
                        used.add(x);
                        used.add(y);
                        agreed = true;
                    }
                }
            }
            if (agreed) {
                agreedKinds.add(e.getKey());
                if (conflictWhenNoneAgree) leftover(e.getKey(), e.getValue(), bs, used, conflicts);
            } else if (conflictWhenNoneAgree && (sumAgrees(e.getValue(), bs) || sumAgrees(bs, e.getValue()))) {
                // "$100,000 for the win and a $50,000 bonus" / "$150,000": the parts one side lists make the other's whole
                used.addAll(e.getValue());
                used.addAll(bs);
                agreedKinds.add(e.getKey());
            } else if (conflictWhenNoneAgree) {
                // the two values that can be one fact, from the sentences of a multi-sentence pair that share the most words;
                // values of different facts ("$21" a share, "$5.4 billion" the deal) are none
                Fact[] first = firstSame(textA, textB, e.getValue(), bs);
                if (first == null) continue;
                // "shares fell 2.5% in early trading" / "The shares closed down 4 percent": a move during the day and the day's close
                if (e.getKey().equals("percent") && otherMoment(sentence(textA, first[0]), sentence(textB, first[1]))) {
                    used.addAll(e.getValue());
                    used.addAll(bs);
                    continue;
                }
                conflicts.add(new Comparison.Conflict(e.getKey(), first[0].value(), first[1].value()));
                used.addAll(e.getValue());
                used.addAll(bs);
            }
        }
    }

    /**
     * After one value pair of a kind agreed, the one value left on each side, when both can be one fact: "2.8% of GDP from
     * 3.4%" / "2.8 percent, from 3.6 percent" tell the second figure differently.
     */
    private static void leftover(String kind, List<Fact> xs, List<Fact> ys, Set<Fact> used, List<Comparison.Conflict> conflicts) {
        List<Fact> restA = new ArrayList<>(), restB = new ArrayList<>();
        for (Fact x : xs) if (!used.contains(x)) restA.add(x);
        for (Fact y : ys) if (!used.contains(y)) restB.add(y);
        if (restA.size() != 1 || restB.size() != 1) return;
        Fact x = restA.get(0), y = restB.get(0);
        if (x.agreesWith(y) || !x.couldBeSame(y) || partOfDay(x) || partOfDay(y)) return;
        conflicts.add(new Comparison.Conflict(kind, x.value(), y.value()));
        used.add(x);
        used.add(y);
    }

    /** Rough values of the currencies {@link FactExtractor} reads, in dollars: enough to tell one sum from another. */
    private static final Map<String, Double> IN_DOLLARS = Map.of("$", 1.0, "\u20ac", 1.1, "\u00a3", 1.28);

    /**
     * Sums one counterpart sentence gives in one currency and the other in another ("£42 million" / "€49 million"): one sum
     * converted, neither a conflict nor a fact one side lacks, when they meet at a rough rate (an eighth either way). Each
     * sum takes the nearest one left on the other side.
     */
    private static void otherCurrency(List<Fact> xs, List<Fact> ys, Set<Fact> used) {
        for (Fact x : xs) {
            if (used.contains(x) || !x.kind().startsWith("amount in ")) continue;
            Fact best = null;
            double bestGap = Double.MAX_VALUE;
            for (Fact y : ys) {
                if (used.contains(y) || !y.kind().startsWith("amount in ") || y.kind().equals(x.kind())) continue;
                String cx = x.kind().substring(10, 11), cy = y.kind().substring(10, 11);
                if (!x.kind().substring(11).equals(y.kind().substring(11)) || !IN_DOLLARS.containsKey(cx) || !IN_DOLLARS.containsKey(cy)) continue;
                double rx = IN_DOLLARS.get(cx), ry = IN_DOLLARS.get(cy);
                double xlo = x.lo() * rx, xhi = x.hi() * rx, ylo = y.lo() * ry, yhi = y.hi() * ry;
                if (xlo > yhi * 1.125 || ylo > xhi * 1.125 || xhi <= 0 || yhi <= 0) continue;
                double gap = Math.abs(Math.log((xlo + xhi) / (ylo + yhi)));
                if (gap < bestGap) {
                    bestGap = gap;
                    best = y;
                }
            }
            if (best != null) {
                used.add(x);
                used.add(best);
            }
        }
    }

    private static final Pattern YEARS_AGO = Pattern.compile("(?i)(?:\\w+[\\s-]+)?years?\\s+ago");
    private static final Pattern YEAR = Pattern.compile("(?:(?:in|since|from|of)\\s+)?(?:1[89]|20)\\d\\d");

    /**
     * A year one side writes out ("in 2021") and the other tells as "four years ago", in sentences that share a content word
     * and are not counterparts: one year, compared by its number ("in 2023" / "three years ago" agree; "in 2019" / "six years
     * ago" conflict), though dates of the event agreed elsewhere in the articles.
     */
    private static void yearsAgo(String textA, String textB, List<Fact> xs, List<Fact> ys, Set<Fact> used, List<Comparison.Conflict> conflicts) {
        for (Fact x : xs) {
            if (!x.kind().equals("date") || used.contains(x)) continue;
            boolean agoX = YEARS_AGO.matcher(x.text()).matches(), yearX = YEAR.matcher(x.text()).matches();
            if (!agoX && !yearX) continue;
            for (Fact y : ys) {
                if (!y.kind().equals("date") || used.contains(y)) continue;
                boolean agoY = YEARS_AGO.matcher(y.text()).matches(), yearY = YEAR.matcher(y.text()).matches();
                if (!(agoX && yearY || yearX && agoY)) continue;
                Set<String> shared = contentKeys(textA, x);
                shared.retainAll(contentKeys(textB, y));
                if (shared.isEmpty()) continue;
                int a = java.time.LocalDate.ofEpochDay((long) x.lo()).getYear(), b = java.time.LocalDate.ofEpochDay((long) y.lo()).getYear();
                if (a != b) conflicts.add(new Comparison.Conflict("date", x.value(), y.value()));
                used.add(x);
                used.add(y);
                break;
            }
        }
    }

    /** The states whose counts are of people ({@link FactExtractor}). */
    private static final Set<String> PEOPLE_STATES = Set.of("killed", "injured", "evacuated", "missing", "hospitalised", "arrested", "rescued",
            FactExtractor.SERIOUSLY_INJURED);

    private static Map<String, Integer> kindCounts(Map<Sentence, List<Fact>> fs) {
        Map<String, Integer> out = new HashMap<>();
        for (List<Fact> l : fs.values()) for (Fact f : l) out.merge(f.kind(), 1, Integer::sum);
        return out;
    }

    /**
     * The people taken to hospital on one side of a counterpart pair and the injured on the other ("six people were taken to
     * hospital" / "injuring seven"), when neither side gives the other count: those in hospital are among the injured, so no
     * more of them than the injured is one account, listed as neither a conflict nor a one-sided fact.
     */
    private static void hospitalAmongInjured(List<Fact> hs, List<Fact> is, Set<Fact> used) {
        List<Fact> h = new ArrayList<>(), in = new ArrayList<>();
        for (Fact f : hs) {
            if (f.kind().equals("injured")) return;
            if (f.kind().equals("hospitalised") && !used.contains(f)) h.add(f);
        }
        for (Fact f : is) {
            if (f.kind().equals("hospitalised")) return;
            if (f.kind().equals("injured") && !used.contains(f)) in.add(f);
        }
        if (h.size() != 1 || in.size() != 1 || h.get(0).lo() > in.get(0).hi()) return;
        used.add(h.get(0));
        used.add(in.get(0));
    }

    private static Fact[] firstSame(String textA, String textB, List<Fact> xs, List<Fact> ys) {
        Fact[] best = null;
        int bestShared = -1;
        Map<Integer, Set<String>> keysA = new HashMap<>(), keysB = new HashMap<>();
        for (Fact x : xs) {
            for (Fact y : ys) {
                if (!x.couldBeSame(y) || partOfDay(x) || partOfDay(y)) continue;
                Set<String> shared = new HashSet<>(keysA.computeIfAbsent(x.sentenceStart(), k -> contentKeys(textA, x)));
                shared.retainAll(keysB.computeIfAbsent(y.sentenceStart(), k -> contentKeys(textB, y)));
                if (shared.size() > bestShared) {
                    bestShared = shared.size();
                    best = new Fact[] {x, y};
                }
            }
        }
        return best;
    }

    /**
     * Whether the values of a kind one sentence lists ("$100,000 for the win and a $50,000 bonus") add up to one value the
     * other side gives ("$150,000"): amounts and counts only, two or more parts, all in one sentence.
     */
    private static boolean sumAgrees(List<Fact> parts, List<Fact> wholes) {
        if (parts.size() < 2 || !(parts.get(0).kind().startsWith("amount") || parts.get(0).kind().startsWith(FactExtractor.COUNTED)
                || PEOPLE_STATES.contains(parts.get(0).kind()))) {
            return false;
        }
        double lo = 0, hi = 0;
        for (Fact p : parts) {
            if (p.sentenceStart() != parts.get(0).sentenceStart()) return false;
            lo += p.lo();
            hi += p.hi();
        }
        for (Fact w : wholes) if (w.lo() <= hi && lo <= w.hi()) return true;
        return false;
    }

    private static boolean partOfDay(Fact f) {
        return f.kind().equals("date") && PART_OF_DAY.matcher(f.text()).matches();
    }

    private static Map<String, List<Fact>> byKind(List<Fact> fs, Map<Fact, String> alias) {
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        for (Fact f : fs) {
            String kind = alias.get(f);
            if (kind == null && PersonAges.unnamed(f)) continue;
            out.computeIfAbsent(kind == null ? f.kind() : kind, k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static void markKind(Map<Sentence, List<Fact>> fs, String kind, Set<Fact> used) {
        for (List<Fact> l : fs.values()) for (Fact f : l) if (f.kind().equals(kind)) used.add(f);
    }

    /**
     * Words that lead to a time ("the highest since 2022", "closed until Monday") and say nothing of what the sentence is about:
     * "its biggest one-day drop since March 2020" and "Trading volumes were the highest since 2022" share no content word.
     */
    private static final Set<String> TIME_LEADS = Set.of("since", "until", "till", "during");

    /** A sentence's content words besides numbers: two sentences that share one report the same event ("quake", "Iran"). */
    private static Set<String> contentKeys(String text, Fact f) {
        Set<String> out = new HashSet<>();
        for (Tokens.Tok t : Tokens.words(text, f.sentenceStart(), f.sentenceEnd())) {
            String k = t.key();
            if (k.length() < 3 || Tokens.STOPWORDS.contains(k) || TIME_LEADS.contains(k) || Character.isDigit(k.charAt(0)) || NumberWords.isNumberWord(k)) {
                continue;
            }
            out.add(k);
        }
        return out;
    }

    /**
     * A count of things ("27 goals", "two fishing boats"), a length of time, a vote's sides, a distance from a place named by a
     * common noun ("12 km north of the town"), a length nothing anchors ("a slick 20 km long"), a weight, a temperature or a sum in pence (a
     * price of one unit, {@link PenceSums}): so many are background, or named
     * another way on the other side, that it is compared only between counterpart sentences, never across the articles and never listed
     * as one-sided.
     */
    static boolean counted(Fact f) {
        return f.kind().startsWith(FactExtractor.COUNTED) || f.kind().equals(FactExtractor.DURATION)
                || f.kind().startsWith(FactExtractor.DISTANCE_FROM_NOUN) || f.kind().startsWith(FactExtractor.VOTES)
                || f.kind().equals(FactExtractor.LENGTH) || f.kind().equals(FactExtractor.WEIGHT) || f.kind().equals(Temperatures.KIND)
                || f.kind().equals(PenceSums.KIND);
    }

    private static final Pattern CLOSE = Pattern.compile("(?i)\\b(?:closed|closing|at\\s+the\\s+close|ended\\s+the\\s+day|finished\\s+the\\s+day)\\b");
    private static final Pattern DURING_DAY = Pattern.compile("(?i)\\b(?:early|morning|midday|intraday|opened|opening|at\\s+one\\s+point)\\b");

    private static String sentence(String text, Fact f) {
        return text.substring(f.sentenceStart(), f.sentenceEnd());
    }

    /** Whether one sentence tells a market's close and the other a moment during the day (not a close). */
    private static boolean otherMoment(String a, String b) {
        boolean closeA = CLOSE.matcher(a).find(), closeB = CLOSE.matcher(b).find();
        return closeA != closeB && (closeA ? DURING_DAY.matcher(b).find() : DURING_DAY.matcher(a).find());
    }

    private static List<Comparison.OneSidedFact> oneSided(List<Fact> fs) {
        Map<String, Comparison.OneSidedFact> out = new LinkedHashMap<>();
        for (Fact f : fs) if (!counted(f)) out.putIfAbsent(f.kind() + "\u0000" + f.normalised(), new Comparison.OneSidedFact(f.kind(), f.value()));
        return List.copyOf(out.values());
    }

    /**
     * Whether facts {@code x} (of A) and {@code y} (of B) stand in one pair aligned by its words, not in a weak link (under
     * {@link SentenceAligner#EVENT_LINK_WEIGHT}): the aligner links the one sentence each side gives an age in by the ages alone
     * ({@link PersonAgeKind}), which is no sign that the two are two people.
     */
    private static boolean alignedTogether(Alignment al, Fact x, Fact y) {
        for (AlignedPair p : al.pairs()) {
            if (p.similarity() < SentenceAligner.EVENT_LINK_WEIGHT) continue;
            if (p.a().stream().anyMatch(s -> s.start() == x.sentenceStart()) && p.b().stream().anyMatch(s -> s.start() == y.sentenceStart())) return true;
        }
        return false;
    }

    private static List<Fact> collect(Map<Sentence, List<Fact>> fs, List<Sentence> ss) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : ss) out.addAll(fs.getOrDefault(s, List.of()));
        return out;
    }

    /** Whether date {@code f} lies inside a length of time of {@code fs} that was compared with the other side. */
    private static boolean insideComparedSpan(Fact f, List<Fact> fs, Set<Fact> used) {
        if (!f.kind().equals("date")) return false;
        for (Fact d : fs) {
            if (d.kind().equals(FactExtractor.DURATION) && used.contains(d) && d.start() <= f.start() && f.end() <= d.end()) return true;
        }
        return false;
    }

    private static List<Fact> all(Map<Sentence, List<Fact>> fs) {
        List<Fact> out = new ArrayList<>();
        for (List<Fact> l : fs.values()) out.addAll(l);
        return out;
    }

    private static List<Fact> unused(Map<Sentence, List<Fact>> fs, Set<Fact> used) {
        List<Fact> out = new ArrayList<>();
        for (List<Fact> l : fs.values()) for (Fact f : l) if (!used.contains(f)) out.add(f);
        return out;
    }

    private static List<Sentence> sentencesA(Alignment al) {
        List<Sentence> out = new ArrayList<>(al.uniqueA());
        for (AlignedPair p : al.pairs()) out.addAll(p.a());
        return out;
    }

    private static List<Sentence> sentencesB(Alignment al) {
        List<Sentence> out = new ArrayList<>(al.uniqueB());
        for (AlignedPair p : al.pairs()) out.addAll(p.b());
        return out;
    }

    /**
     * A clock time with no day written ("6 p.m.", "about 11:00 p.m.", "noon"): its day is the resolver's guess from the
     * publication date, not the outlet's, so it is no date fact (its time is one, {@link FactExtractor}).
     */
    private static final Pattern CLOCK_ONLY = Pattern.compile("(?i)(?:(?:about|around|at|shortly|just|after|before|by|until)\\s+)*"
            + "(?:" + ClockTimes.TIME + "|noon|midnight)(?:\\s+local\\s+time)?"
            // an offset of hours or minutes ("about two hours later") is a length of time, not a day the outlet names
            + "|(?:(?:about|around|some|roughly|just|only|nearly|almost)\\s+)?(?:[\\w-]+\\s+)?(?:hours?|minutes?)\\s+(?:later|earlier|after|before)");
    /**
     * A part of the day alone ("overnight", "spent the night", "that evening", "in the morning"): which day it is is the
     * resolver's guess from the story around it, so it conflicts with no date; "last night" and "this morning" name their day.
     */
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)(?:(?:in|during|on|over|through|into|at|the|that|same|late|early|by)\\s+)*"
            + "(?:overnight|night|morning|afternoon|evening|dawn|daybreak|dusk|nightfall)");
    /** Said, told, announced... just before a date: "the hospital said on Tuesday" dates the report, not the event. */
    private static final Pattern REPORT_VERB_BEFORE = Pattern.compile("(?i)\\b(?:said|says|say|told\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+|reported|confirmed"
            + "|announced|stated)\\s+(?:on\\s+|late\\s+on\\s+|early\\s+on\\s+)?$");

    /** Each sentence's facts in text order, its written dates among them as kind "date" (day numbers as the range). */
    private static Map<Sentence, List<Fact>> facts(String text, List<Sentence> sentences, List<DatedMention> dates) {
        Map<Sentence, List<Fact>> out = new TreeMap<>((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : Integer.compare(x.end(), y.end()));
        for (Sentence s : sentences) {
            List<Fact> fs = new ArrayList<>(FactExtractor.extract(text, s.start(), s.end()));
            fs.addAll(FactExtractor.countedThings(text, s.start(), s.end(), fs));
            for (DatedMention d : dates) {
                if (d.start() < s.start() || d.end() > s.end() || CLOCK_ONLY.matcher(d.text()).matches()) continue;
                String before = text.substring(Math.max(s.start(), d.start() - 40), d.start());
                if (REPORT_VERB_BEFORE.matcher(before).find() || WeekdayNouns.attributive(text, d.start(), d.end(), d.text())) continue;
                fs.add(new Fact("date", d.range().start().toEpochDay(), d.range().end().toEpochDay(), d.text(), d.range().toString(),
                        d.start(), d.end(), s.start(), s.end()));
            }
            out.put(s, fs);
        }
        return out;
    }
}
