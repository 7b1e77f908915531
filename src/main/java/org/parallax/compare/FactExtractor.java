package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts a reader compares between two reports in one sentence: counts of people (killed, injured, arrested,
 * rescued, missing, evacuated...), money amounts, percentages, earthquake magnitudes, clock times, life sentences,
 * children ("mother of 12") and the ages of named people. Pure and stateless.
 *
 * <p>Vague and exact values are read as a careful reader would, as a range of values (see {@link Fact#agreesWith}):
 * "seven" and "7" and "Forty-three"/"43" are exact; "at least N" reads "N confirmed, perhaps a few more" (N to
 * N + max(2, 30%)), so "at least seven" agrees with "seven" and "eight" but not with "six" or "ten"; "more than N" and
 * "over N" exclude N itself (N+1 to N + max(2, 50%)); "about/around/some N" is N ± max(1, 10%), so "about 40" and
 * "almost 50" differ; "almost/nearly N" is 90% of N to N; "up to N" is half of N to N; "dozens" 24 to 99, "hundreds" 200
 * to 999, "several" 3 to 9. A written decimal or a money amount allows half its last digit ("$2.6 million" is 2.55 to
 * 2.65 million, so it differs from "$2.5 million"). Counts need the number next to the verb ("killing ten people", "24
 * dead", "two women and a man died" = 3); a bare singular noun before the state at a clause start is one person
 * ("Dozens injured, child dead"), and a lone ordinal ("a third") counts one person only as a verb's object ("injuring a
 * third"). Ages are kept by name ("Simpson, 27," / "Smith, age 61," / "26-year-old Christopher Kenyon Simpson" /
 * "Peterson, a 32-year-old salesman"); an unnamed person's age ("a 27-year-old man") is kind "age of a man", which
 * {@link FactPairing} pairs only when both sentences speak of one person in one role.
 */
public final class FactExtractor {
    static final String QUAL = "at least|no fewer than|not less than|more than|just over|well over|over|upwards of|in excess of"
            + "|nearly|almost|close to|just under|about|around|approximately|roughly|some|an estimated|estimated|up to|as many as|at most"
            + "|fewer than|less than|under"
            // "more 50 people": a dropped "than", read as the writer meant it; only before digits ("5 more people" is no bound)
            + "|more(?=\\s+\\d)";
    static final String WORDNUM = "(?:" + NumberWords.WORD_ALTERNATION + ")(?:[\\s-]+(?:and[\\s-]+)?(?:"
            + NumberWords.WORD_ALTERNATION + "))*";
    static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    static final String VAGUE = "dozens|hundreds|thousands|scores|several";
    private static final String NUM = "(?:" + DIGITS + "|a dozen|" + WORDNUM + "|" + VAGUE + ")";

    /** A count of people: number phrase, up to four words, then the state ("24 people were killed", "2 Hurt"). */
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\w.,$€£-])(?:(" + QUAL + ")\\s+)?(" + NUM + ")(?![\\w%-]|[.,]\\d)");
    private static final Pattern PERSON_ONE = Pattern.compile("(?i)\\b(an?|one)\\s+(?:[\\w-]+\\s+){0,2}?(" + String.join("|", personNouns()) + ")\\b");
    /**
     * One person named by a bare singular noun, headline style, at the start of a clause and right before the state:
     * "child dead", "Police officer killed". The state must not take an object ("Man killed his wife" is no toll).
     */
    private static final Pattern PERSON_BARE = Pattern.compile("(?i)(?:^|(?<=[,;:\u2013\u2014]\\s{0,2}))(?!(?:the|a|an|his|her|their|its|my|our|your)\\s)"
            // "Second climber dies": an ordinal or "another" tells of an earlier death, so the toll is not one
            + "(?!(?:second|third|fourth|fifth|another|latest|last)\\s)(?:[a-z][\\w-]*\\s+)?(" + String.join("|", personNouns()) + ")(?=\\s+(?:dead|dies|died|killed|injured|hurt|wounded|missing)\\b"
            + "(?!\\s+(?:his|her|their|its|the|an?|\\d)\\b))");
    /** "killing two co-workers and critically injuring a third": one more person, told by an ordinal after the verb. */
    private static final Pattern ORDINAL_ONE = Pattern.compile("(?i)\\b(?:an?|one)\\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b"
            + "(?!\\s+(?:of|time|day|week|year|quake|earthquake|blast|attack)\\b)");

    /** Word parts of a people's state: a sentence holding none (and no {@link #HOME_HINT}) states no count of people. */
    private static final List<String> STATE_HINTS = List.of("kill", "dead", "die", "death", "slain", "slay", "slew", "injur", "wound",
            "hurt", "arrest", "detain", "rescu", "missing", "unaccounted", "evacu", "hospital", "displaced", "condition",
            // rescuers who bring people out (PeopleCounts.rescued): "Firefighters freed 40 people", "Lifeboat crews pulled ..."
            "firefight", "firemen", "crews", "guard", "lifeboat", "divers");
    private static final Pattern HOME_HINT = Pattern.compile("(?:leave|flee|fled|left|abandon\\w*|from|out\\s+of)\\s+(?:their|his|her|nearby)\\s+"
            + "(?:home|house)");
    /**
     * A sentence {@link #DISTANCE} can match holds one of these unit words, or a bare "m" after a digit, a space or a hyphen
     * (checked before the long pattern runs).
     */
    private static final List<String> LENGTH_HINTS = List.of("feet", "foot", "ft", "met", "mile", "km");
    private static final Pattern METRE_HINT = Pattern.compile("[\\d\\s-]m\\b");
    private static final Pattern CHILD_HINT = Pattern.compile("mother|father|mom|dad|parent");
    private static final Pattern WORD_AHEAD = Pattern.compile("\\s+([A-Za-z][\\w'’-]*)");
    private static final Set<String> STATE_AFTER = Set.of("killed", "dead", "died", "dies", "die", "deaths", "slain", "injured", "wounded",
            "hurt", "injuries", "arrested", "detained", "rescued", "missing", "unaccounted", "evacuated", "hospitalised", "hospitalized", "displaced");
    private static final Set<String> STATE_BEFORE = Set.of("killing", "killed", "kills", "kill", "injuring", "injured", "injures",
            "wounding", "wounded", "wounds", "hurting", "arrested", "arresting", "arrests", "rescued", "rescuing", "evacuated",
            "evacuating", "detained", "detaining", "slaying", "slew");
    private static final Set<String> FILLER = Set.of("were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly",
            "reported", "confirmed", "now", "later", "all", "also", "people", "persons", "others", "other", "more", "of", "them",
            "seriously", "critically", "slightly", "badly", "believed", "feared", "left", "found", "still");
    private static final Set<String> NOT_PEOPLE = Set.of("years", "year", "months", "days", "hours", "minutes", "weeks", "miles", "feet",
            "metres", "meters", "km", "kilometres", "kilometers", "percent", "times", "villages", "buildings", "homes", "houses", "points",
            "counts", "charges", "shots", "rounds", "cars", "vehicles", "million", "billion", "dollars", "euros", "pounds", "degrees", "ft", "m");

    private static final Pattern MAGNITUDE = Pattern.compile("(?i)magnitude[\\s-]*(?:of\\s+)?(?:(" + QUAL + ")\\s+)?(?:magnitude[\\s-]*)?"
            + "(\\d(?:\\.\\d+)?)(?![\\d.]\\d)"
            + "|(?:(" + QUAL + ")\\s+)?(?<![\\d.])(\\d(?:\\.\\d+)?)\\s*-?\\s*(?:magnitude|on the richter|in magnitude)"
            + "|measuring\\s+(?:(" + QUAL + ")\\s+)?(\\d\\.\\d+)");
    private static final Pattern MONEY = Pattern.compile("(?i)(?:(" + QUAL + ")\\s+)?(?:US\\s?|C|A)?([$€£])\\s?(" + DIGITS + ")"
            + "(?:[\\s-]?(million|billion|trillion|mm|bn|m|b)\\b)?"
            + "(\\s+(?:per|a|each)\\s+(?:season|year|share|month|week))?"
            + "|(?:(" + QUAL + ")\\s+)?\\b(" + DIGITS + "|" + WORDNUM + ")[\\s-]?(million|billion)?[\\s-](euros?|dollars|pounds)\\b");
    private static final Pattern PERCENT = Pattern.compile("(?i)(?:(" + QUAL + ")\\s+)?(?<![\\w.])(" + DIGITS + "|" + WORDNUM
            + ")\\s?(%|percent\\b|per cent\\b)");
    /** "three life sentences", "multiple life prison terms", "a sentence of life in prison", "four sentences of life". */
    private static final Pattern LIFE = Pattern.compile("(?i)\\b(" + NUM + "|an?|multiple)\\s+(?:consecutive\\s+|concurrent\\s+)?"
            + "(?:life\\s+(?:prison\\s+)?(?:sentences?|terms?)|sentences?\\s+of\\s+life)\\b");
    private static final Pattern CHILDREN = Pattern.compile("(?i)\\b(?:mother|father|mom|dad|parent)\\s+of\\s+(" + NUM + ")\\b(?!-)");
    /** A length in a unit of distance ("about 200 feet", "600m", "75 kilometers"); yards and inches are left out. */
    private static final Pattern DISTANCE = Pattern.compile("(?i)(?:(" + QUAL + ")\\s+)?(?<![\\w.,$\u20ac\u00a3-])(" + DIGITS + "|" + WORDNUM
            + ")\\s?-?\\s?(feet|foot|ft|metres|meters|metre|meter|m|miles|mile|kilometres|kilometers|kilometre|kilometer|km)\\b(?![.,]\\d)");
    /** What a length is measured from, after it: "north of Santa Rosa", "(2,000 feet) west of Manokwari", "from The Geysers". */
    private static final Pattern DISTANCE_FROM = Pattern.compile("\\s*(?:\\([^)]*\\)\\s*)?(?:(?:[a-z]+-)*[a-z]+\\s+of|from)\\s+(?:the\\s+)?"
            // "the town of Kerest" is Kerest; "the main stage" the stage
            + "(?:(?:town|city|village|island|resort|port)\\s+of\\s+(?=[A-Z]))?"
            + "((?:[A-Z][\\w'’-]*\\s+){0,2}[A-Z][\\w'’-]+|(?<=the\\s)(?:[a-z]{3,}\\s+)?[a-z]{3,}\\b(?![\\s-]+[a-z])|(?<=the\\s)[a-z]{3,}\\b)");
    private static final Pattern FALL_BEFORE = Pattern.compile("(?i)\\b(?:fell|fall|falls|falling|fallen|plunged|plunging|plummeted|tumbled"
            + "|dropped|dropping)\\b"
            + "[^,;.]{0,25}$");

    /** The kind prefix of an unnamed person's age ("age of a man"); such ages pair only as {@link FactPairing} allows. */
    static final String UNNAMED_AGE = "age of a";
    /** The kind of "the 58-year-old": a person named elsewhere in the story, told by age; it pairs as an unnamed age. */
    static final String DEFINITE_AGE = UNNAMED_AGE + " named person";
    /**
     * Words before a value that mark it as one the report has since replaced ("originally had rated the quake as 4.4",
     * "revised down from 12"), within the value's clause.
     */
    private static final Pattern SUPERSEDED = Pattern.compile("(?i)\\b(?:originally|initially|previously|first)\\s+"
            + "(?:(?:had|has|have|was|were|been|being)\\s+)*"
            + "(?:rated|reported|put|estimated|measured|given|listed|recorded|announced|said|stated)\\b[^,;:.]{0,40}$"
            + "|\\b(?:revised|downgraded|upgraded|lowered|raised|corrected|changed)\\s+(?:(?:down|up)\\s+)?from\\s+(?:an?\\s+|the\\s+)?$");

    private FactExtractor() {
    }

    /** The facts stated in {@code text[sentenceStart, sentenceEnd)}, in text order of kind finders. */
    public static List<Fact> extract(String text, int sentenceStart, int sentenceEnd) {
        String s = text.substring(sentenceStart, sentenceEnd);
        String low = s.toLowerCase(Locale.ROOT);
        boolean digit = low.chars().anyMatch(Character::isDigit);
        List<Fact> out = new ArrayList<>();
        // cheap word checks first: most sentences state none of these, and the finders are long regular expressions
        if (STATE_HINTS.stream().anyMatch(low::contains) || (low.contains("home") || low.contains("house")) && HOME_HINT.matcher(low).find()) {
            counts(s, sentenceStart, sentenceEnd, out);
        }
        if (digit && (low.contains("magnitude") || low.contains("measuring") || low.contains("richter"))) magnitudes(s, sentenceStart, sentenceEnd, out);
        if (low.indexOf('$') >= 0 || low.indexOf('\u20ac') >= 0 || low.indexOf('\u00a3') >= 0 || low.contains("euro") || low.contains("dollars")
                || low.contains("pounds")) {
            money(s, sentenceStart, sentenceEnd, out);
        }
        if (digit && PenceSums.mayHold(low)) PenceSums.find(s, sentenceStart, sentenceEnd, out);
        if (low.indexOf('%') >= 0 || low.contains("per")) {
            simple(PERCENT, "percent", s, sentenceStart, sentenceEnd, out, 1, 2);
            if (Turnouts.mayHold(low)) Turnouts.relabel(s, sentenceStart, out);
        }
        if (low.contains(" point")) PercentPoints.before(s, sentenceStart, sentenceEnd, out);
        if (digit && (low.contains("m") || low.contains("utc") || low.indexOf(':') >= 0)) TimeFacts.times(s, sentenceStart, sentenceEnd, out);
        if (low.contains("life")) simple(LIFE, "life sentences", s, sentenceStart, sentenceEnd, out, 0, 1);
        if (low.contains(" of ") && CHILD_HINT.matcher(low).find()) simple(CHILDREN, "children", s, sentenceStart, sentenceEnd, out, 0, 1);
        if (digit && (LENGTH_HINTS.stream().anyMatch(low::contains) || METRE_HINT.matcher(low).find())) {
            distances(s, sentenceStart, sentenceEnd, out);
        }
        if (low.contains(" times ")) Multiples.find(s, sentenceStart, sentenceEnd, out);
        if (digit && (low.contains("km/h") || low.contains("mph") || low.contains("per hour") || low.contains("kph"))) {
            speeds(s, sentenceStart, sentenceEnd, out);
        }
        if (digit && (low.contains("ton") || low.contains("kilo") || low.contains("kg") || low.contains("gram"))) weights(s, sentenceStart, sentenceEnd, out);
        if (digit && Temperatures.mayHold(low)) Temperatures.find(s, sentenceStart, sentenceEnd, out);
        if (digit || low.contains("-year-old")) AgeFacts.ages(s, sentenceStart, sentenceEnd, out);
        else if ((low.contains(" of ") || low.contains(" aged ")) && NumberScan.mayHoldNumber(s)) AgeFacts.agesOf(s, sentenceStart, sentenceEnd, out);
        if (DURATION_HINT.matcher(low).find()) durations(s, sentenceStart, sentenceEnd, out);
        if (low.contains("vot") || low.contains("abstain") || low.contains("abstention")
                || digit && (low.contains("decision") || low.contains("majority") || low.contains("verdict") || low.contains(" against"))) {
            VoteTallies.votes(s, sentenceStart, sentenceEnd, out);
        }
        if (digit && CrowdSources.mayHold(low)) CrowdSources.find(s, sentenceStart, sentenceEnd, out);
        // a value the sentence itself says was replaced is not what the report now states
        out.removeIf(f -> SUPERSEDED.matcher(s.substring(0, f.start() - sentenceStart)).find());
        return out;
    }

    // ---- counts of people

    /** A number phrase; {@code verbOnly}: it counts people only as the object of a verb ("injuring a third"). */
    private record Num(int start, int end, double lo, double hi, String norm, boolean verbOnly) {
        Num(int start, int end, double lo, double hi, String norm) {
            this(start, end, lo, hi, norm, false);
        }
    }

    private static void counts(String s, int base, int sentEnd, List<Fact> out) {
        List<Num> nums = numbers(s);
        List<int[]> used = new ArrayList<>();
        // "A man of 64 remains missing": 64 is his age, and the man (one person) is the count
        List<int[]> ages = PeopleCounts.agesOf(s, AgeFacts.AGE_UNNAMED_OF);
        for (int k = 0; k < nums.size(); k++) {
            Num n = nums.get(k);
            if (covered(used, n.start) || ages.stream().anyMatch(a -> n.start > a[0] && n.start < a[1])) continue;
            String before = wordBefore(s, n.start);
            // "A woman aged 67 was rescued": an age, not a count
            if ("aged".equals(before) || "age".equals(before)) continue;
            // "The spill in March 2022 killed thousands of fish": a year after a month or "in" counts no one
            if (s.substring(n.start, n.end).matches("(?:18|19|20)\\d\\d") && before != null && YEAR_BEFORE.contains(before)) continue;
            String kind = before == null ? null : stateKind(before, STATE_BEFORE);
            // "The death toll from the cyclone has risen to seven": the toll is the number killed
            if (kind == null && DEATH_TOLL_BEFORE.matcher(s.substring(0, n.start)).find()) kind = "killed";
            else if (kind == null && PeopleCounts.evacuationOf(s, n.start)) kind = "evacuated";
            double lo = n.lo, hi = n.hi;
            String norm = n.norm;
            int end = n.end, start = n.start;
            // "The driver and one passenger were killed": one more person, named by a noun, before the number
            Matcher one = PERSON_AND_BEFORE.matcher(s.substring(0, n.start));
            if (!n.verbOnly && one.find() && !covered(used, one.start())) {
                lo += 1;
                hi += 1;
                norm = "1+" + norm;
                start = one.start();
            }
            // a list of people: "two women and a man"
            int at = skipWords(s, end, 2);
            Num next = k + 1 < nums.size() ? nums.get(k + 1) : null;
            if (next != null && next.start >= at && s.substring(at, next.start).matches("\\s*and\\s+")) {
                lo += next.lo;
                hi += next.hi;
                norm = norm + "+" + next.norm;
                end = next.end;
                used.add(new int[] {next.start, next.end});
            }
            if (kind == null && !n.verbOnly) {
                if (PeopleCounts.measure(s, end)) continue;
                int from = end;
                for (int[] a : ages) if (a[0] == n.start && a[1] > end) from = a[1];
                // "Five men, aged between 29 and 54, were arrested": the ages between commas are told of the people counted
                Matcher app = PeopleCounts.APPOSITION_AGES.matcher(s).region(end, s.length());
                if (n.lo >= 2 && app.lookingAt() && PEOPLE_NOUN.matcher(app.group(1)).find()) {
                    from = app.end();
                    used.add(new int[] {end, from});
                }
                kind = stateAfter(s, from);
                // "two merchant ships rescued 96 people": the number before the verb is its subject
                if (kind != null && PeopleCounts.subjectOfActiveState(s, from)) continue;
                // "Rescuers pulled 205 people from the water": people a rescuer brings out are rescued, whatever the verb
                // "Twenty-three miners trapped underground for 42 hours were rescued": the state after a participle phrase
                Matcher rel = PeopleCounts.REDUCED_RELATIVE.matcher(s).region(from, s.length());
                if (kind == null && rel.lookingAt()) kind = stateKind(rel.group(1).toLowerCase(Locale.ROOT), STATE_AFTER);
                if (kind == null && PeopleCounts.rescued(s, n.start, end)) {
                    kind = "rescued";
                }
                // "Four passengers were seriously injured": the badly hurt are a count of their own, a part of the injured
                if ("injured".equals(kind) && SERIOUSLY.matcher(s).region(end, Math.min(s.length(), end + 40)).lookingAt()) kind = SERIOUSLY_INJURED;
            }
            if (kind == null) {
                // "injuring 31 people, four of them seriously", "Eleven were admitted to hospital, two of them in a serious condition"
                Matcher sub = SERIOUS_SUBSET.matcher(s).region(n.end, s.length());
                if (!sub.lookingAt() || out.stream().noneMatch(f -> (f.kind().equals("injured") || f.kind().equals("hospitalised"))
                        && f.end() - base <= n.start)) {
                    continue;
                }
                kind = SERIOUSLY_INJURED;
            }
            used.add(new int[] {start, end});
            out.add(new Fact(kind, lo, hi, s.substring(start, end), norm, base + start, base + end, base, sentEnd));
        }
    }

    private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "until", "of", "by", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    static final String SERIOUSLY_INJURED = "seriously injured";
    /** "The driver and" before a number of people: one person named by a noun, counted with them. */
    private static final Pattern PERSON_AND_BEFORE = Pattern.compile("(?i)(?:^|(?<=\\s))(?:the|a|an|one)\\s+(?:[a-z]+\\s+)?(?:"
            + String.join("|", unnamedAgeNouns()) + ")\\s+and\\s+$");
    /** "The death toll from Wednesday's tornado has risen to", "the death toll stands at", "a death toll of": a number of dead next. */
    private static final Pattern DEATH_TOLL_BEFORE = Pattern.compile("(?i)\\bdeath\\s+toll\\b[^,;.:]{0,60}?\\s(?:(?:has|had|have|now|is|was|already)\\s+)*"
            + "(?:risen|rose|climbed|jumped|increased|reached|stands\\s+at|stood\\s+at|of)\\s+(?:to\\s+)?(?:(?:" + QUAL + ")\\s+)?$"
            + "|\\bdeath\\s+toll\\s+(?:of|at)\\s+(?:(?:" + QUAL + ")\\s+)?$");
    private static final Pattern SERIOUSLY = Pattern.compile("(?i)\\s+(?:[a-z]+\\s+){0,3}?(?:seriously|critically|badly|severely|gravely)\\s+"
            + "(?:injur|wound|hurt)");
    private static final Pattern SERIOUS_SUBSET = Pattern.compile("(?i)\\s+of\\s+them\\s+(?:were\\s+|are\\s+|remain\\s+|still\\s+)*(?:(?:seriously|critically"
            + "|badly|severely|gravely)\\b|in\\s+(?:a\\s+)?(?:serious|critical|grave|life-threatening)\\s+condition\\b)");

    private static boolean covered(List<int[]> used, int pos) {
        for (int[] u : used) if (pos >= u[0] && pos < u[1]) return true;
        return false;
    }

    /** Number phrases with their ranges: written numbers and "a/one + person" (one person), in text order. */
    private static List<Num> numbers(String s) {
        List<Num> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String word = m.group(2);
            String low = word.toLowerCase(Locale.ROOT);
            if (low.startsWith("a ") && !low.equals("a dozen")) continue;
            if (low.equals("one") && m.group(1) == null && "no".equals(wordBefore(s, m.start()))) continue; // "No one was injured"
            Range r = vague(low);
            if (r == null) {
                OptionalDouble v = NumberWords.parse(word);
                if (v.isEmpty()) continue;
                r = range(m.group(1), v.getAsDouble(), 1, 1);
            }
            out.add(new Num(m.start(), m.end(), r.lo, r.hi, r.norm));
        }
        Matcher p = PERSON_ONE.matcher(s);
        while (p.find()) {
            if (p.start() > 0 && Character.isLetterOrDigit(s.charAt(p.start() - 1))) continue;
            String head = p.group(1).toLowerCase(Locale.ROOT);
            int end = p.end();
            out.add(new Num(p.start(), end, 1, 1, head.equals("one") ? "1" : "1 (" + p.group(2).toLowerCase(Locale.ROOT) + ")"));
        }
        Matcher b = PERSON_BARE.matcher(s);
        while (b.find()) out.add(new Num(b.start(), b.end(), 1, 1, "1 (" + b.group(1).toLowerCase(Locale.ROOT) + ")"));
        Matcher o = ORDINAL_ONE.matcher(s);
        while (o.find()) out.add(new Num(o.start(), o.end(), 1, 1, "1 (" + o.group(1).toLowerCase(Locale.ROOT) + ")", true));
        out.sort((x, y) -> Integer.compare(x.start, y.start));
        return out;
    }

    /** The word just before {@code pos} (spaces skipped), in lower case, or null. */
    static String wordBefore(String s, int pos) {
        int e = pos;
        while (e > 0 && s.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return b == e ? null : s.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static int skipWords(String s, int pos, int max) {
        int at = pos;
        for (int k = 0; k < max; k++) {
            Matcher w = WORD_AHEAD.matcher(s).region(at, s.length());
            if (!w.lookingAt() || w.group(1).equalsIgnoreCase("and") || stateKind(w.group(1).toLowerCase(Locale.ROOT), STATE_AFTER) != null) break;
            at = w.end();
        }
        return at;
    }

    /**
     * People who had to leave their homes are evacuated, however the outlet words it: "about 40 residents had to leave
     * their homes", "200 families were forced to flee their homes", "30 people fled their homes".
     */
    private static final Pattern LEFT_HOMES = Pattern.compile("(?i)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:(?:had|have|has|were|was|are|been)\\s+){0,2}"
            + "(?:(?:forced|made|told|ordered)\\s+)?(?:to\\s+)?(?:leave|flee|fled|left|abandon|abandoned|(?:forced|driven|moved)\\s+(?:out\\s+of|from))"
            // "were moved out of nearby homes": the homes of the people moved, near what happened
            // "had to leave their houses" (issue 16, set 17)
            + "\\s+(?:their|his|her|nearby)\\s+(?:homes?|houses?)\\b");

    /**
     * People who are, remain or are being treated in hospital are hospitalised: "Eleven patients are in hospital", "Eight
     * passengers remained in hospital", "Twelve people are being treated in hospital" (not "taken to hospital").
     */
    private static final Pattern IN_HOSPITAL = Pattern.compile("(?i)\\s+(?:of\\s+(?:the|them|those)\\s+(?:[a-z]+\\s+)?|[a-z][\\w-]*\\s+){0,2}?"
            + "(?:(?:(?:are|were|is|was|remain|remains|remained|still|being|treated|kept|now)\\s+){1,4}in"
            // "Twelve patients have been admitted to hospital": taken in, not only taken there
            + "|(?:(?:are|were|is|was|have|has|had|been|being|now|later|also)\\s+){0,3}admitted\\s+to)\\s+(?:a\\s+|the\\s+)?hospital\\b");
    /**
     * People in a serious or critical condition are the seriously injured: "one remains in a serious condition", "three
     * workers who are in a critical condition".
     */
    private static final Pattern IN_CONDITION = Pattern.compile("(?i)\\s+((?:[a-z][\\w-]*\\s+){0,2}?)(?:(?:are|were|is|was|remain|remains|remained|"
            + "still|who|now|listed)\\s+){1,3}in\\s+(?:a\\s+)?(?:serious|critical|grave|life-threatening)\\s+condition\\b");

    /**
     * People who needed hospital treatment or were taken to hospital: "Five people needed hospital treatment", "Four people
     * were taken to hospital", "Six of the injured were flown to hospital", "Five people were airlifted to hospital", "three
     * people were treated for breathing problems" (a count of the hospitalised, as "treated in
     * hospital").
     */
    private static final Pattern HOSPITAL_TREATMENT = Pattern.compile("(?i)\\s+(?:of\\s+(?:the|them|those)\\s+(?:[a-z]+\\s+)?|[a-z][\\w-]*\\s+){0,2}?"
            + "(?:(?:are|were|is|was|have|has|had|been"
            + "|being|later|also|all)\\s+){0,3}(?:(?:needed|needing|required|requiring|received|receiving|given)\\s+hospital\\s+treatment"
            + "|(?:taken|flown|airlifted|rushed)\\s+(?:by\\s+[a-z]+\\s+)?to\\s+(?:a\\s+|the\\s+)?hospitals?"
            + "|treated\\s+for(?!\\s+(?:minor|slight|light|superficial)\\b))\\b");
    /**
     * People treated for minor injuries are the lightly injured, not a count of people in hospital: "Eight
     * passengers were treated for minor injuries" / "Six people suffered minor injuries".
     */
    private static final Pattern TREATED_LIGHTLY = Pattern.compile("(?i)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:(?:are|were|is|was|have|has|had|been"
            + "|being|later|also|all)\\s+){0,3}treated\\s+for\\s+(?:minor|slight|light|superficial)\\s+(?:injuries|wounds|cuts|burns)\\b");

    /** The state named within four words after a number: "people were killed", "bank workers died", "Hurt". */
    private static String stateAfter(String s, int pos) {
        if (TREATED_LIGHTLY.matcher(s).region(pos, s.length()).lookingAt()) return "injured";
        if (HOSPITAL_TREATMENT.matcher(s).region(pos, s.length()).lookingAt()) return "hospitalised";
        if (LEFT_HOMES.matcher(s).region(pos, s.length()).lookingAt()) return "evacuated";
        if (IN_HOSPITAL.matcher(s).region(pos, s.length()).lookingAt()) return "hospitalised";
        // "About 8,000 residents of central Kessburg were evacuated": the people's place between them and their state
        Matcher place = PEOPLE_OF_PLACE.matcher(s).region(pos, s.length());
        if (place.lookingAt() && PEOPLE_NOUN.matcher(place.group(1) != null ? place.group(1) : place.group(2)).find()) return stateAfter(s, place.end());
        // "Some 1,500 residents living within 400 metres were told to leave their homes": where the people live, then their state
        Matcher living = PeopleCounts.PEOPLE_LIVING.matcher(s).region(pos, s.length());
        if (living.lookingAt() && PEOPLE_NOUN.matcher(living.group(1)).find()) return stateAfter(s, living.end());
        Matcher cond = IN_CONDITION.matcher(s).region(pos, s.length());
        // of people only: "two plant workers", "three" ("Two bridges are in a serious condition" is no one)
        if (cond.lookingAt() && (cond.group(1).isBlank() || PEOPLE_NOUN.matcher(cond.group(1).strip()).find())) return SERIOUSLY_INJURED;
        Matcher w = WORD_AHEAD.matcher(s);
        int at = pos;
        for (int k = 0; k < 5; k++) {
            w.region(at, s.length());
            if (!w.lookingAt()) return null;
            String word = w.group(1).toLowerCase(Locale.ROOT);
            String kind = stateKind(word, STATE_AFTER);
            if (kind != null) return kind;
            if (word.equals("and") || NOT_PEOPLE.contains(word) || stateKind(word, STATE_BEFORE) != null) return null;
            if (!FILLER.contains(word) && k >= 3) return null;
            at = w.end();
        }
        return null;
    }

    /** People and their place before their state: " residents of central Kessburg", " people in the village of Arn". */
    private static final Pattern PEOPLE_OF_PLACE = Pattern.compile("\\s+((?:[a-z][\\w-]*\\s+)?[a-z]+)\\s+(?:of|in|from)\\s+(?:the\\s+)?"
            + "(?:(?:[a-z]+\\s+){1,2}of\\s+)?(?:[a-z]+\\s+)?(?:[A-Z][\\w'’-]*)(?:\\s+[A-Z][\\w'’-]*){0,2}(?=\\s+[a-z])"
            // " residents of three nearby buildings": the buildings they live in
            + "|\\s+((?:[a-z][\\w-]*\\s+)?[a-z]+)\\s+(?:of|in)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}(?:buildings|blocks|flats|houses|homes|streets)(?=\\s+[a-z])");

    /** The last of a few words before a state names people: "plant workers", "people", "children", "passengers". */
    private static final Pattern PEOPLE_NOUN = Pattern.compile("(?i)(?:\\b(?:" + String.join("|", personNouns()) + ")s?|people|men|women|children|"
            + "patients|victims|tourists|residents|pupils|staff|crew)$");

    private static String stateKind(String word, Set<String> words) {
        if (!words.contains(word)) return null;
        if (word.startsWith("kill") || word.startsWith("dea") || word.startsWith("die") || word.startsWith("sla") || word.equals("slew")) return "killed";
        if (word.startsWith("injur") || word.startsWith("wound") || word.startsWith("hurt")) return "injured";
        if (word.startsWith("arrest") || word.startsWith("detain")) return "arrested";
        if (word.startsWith("rescu")) return "rescued";
        if (word.startsWith("evacu")) return "evacuated";
        if (word.startsWith("hospital")) return "hospitalised";
        // "30 people who remain unaccounted for" are missing
        if (word.equals("unaccounted")) return "missing";
        return word;
    }

    static List<String> personNouns() {
        return List.of("man", "woman", "girl", "boy", "child", "person", "teenager", "teen", "baby", "worker", "officer", "policeman",
                "soldier", "student", "receptionist", "climber", "villager", "resident", "civilian", "passenger", "driver", "pedestrian",
                "employee", "guard", "mother", "father", "toddler", "infant");
    }

    static List<String> unnamedAgeNouns() {
        List<String> out = new ArrayList<>(personNouns());
        out.addAll(List.of("fisherman", "fireman", "firefighter", "spokesman", "spokeswoman", "businesswoman", "policewoman", "seaman",
                "chairman", "farmer", "pensioner", "runner", "cyclist", "motorcyclist", "member", "salesman", "gunman", "suspect", "shooter", "wife", "husband", "son", "daughter", "girlfriend",
                "boyfriend", "patient", "victim", "nurse", "teacher", "doctor", "businessman", "neighbor", "neighbour", "attacker", "captain", "pilot"));
        return out;
    }

    // ---- value ranges

    record Range(double lo, double hi, String norm) {
    }

    private static Range vague(String low) {
        return switch (low) {
            case "dozens" -> new Range(24, 99, "dozens");
            case "hundreds" -> new Range(200, 999, "hundreds");
            case "thousands" -> new Range(2000, 9999, "thousands");
            case "scores" -> new Range(40, 99, "scores");
            case "several" -> new Range(3, 9, "several");
            case "multiple" -> new Range(2, 99, "multiple");
            default -> null;
        };
    }

    /**
     * The values a reader allows for {@code v} after qualifier {@code q}; {@code unit} is the written precision (1 for a
     * count, 0.1 for "7.3"), {@code scale} multiplies both (a million for "$2.6 million").
     */
    static Range range(String q, double v, double unit, double scale) {
        String f = NumberWords.format(v);
        double half = unit < 1 ? unit * 0.49 : 0;
        String ql = q == null ? "" : q.toLowerCase(Locale.ROOT);
        Range r = switch (ql) {
            // "an estimated $102 million" names the source of a figure, not a vague one
            case "", "an estimated", "estimated" -> new Range(v - half, v + half, f);
            case "at least", "no fewer than", "not less than" -> new Range(v - half, v + Math.max(2 * unit, 0.3 * v), ">=" + f);
            // a count "more than 200" is 201 or more; a sum "more than $1 million" any sum above it, so it meets "$1 million"
            case "more than", "more", "just over", "well over", "over", "upwards of", "in excess of" -> new Range(
                    scale > 1 ? v : v + Math.max(half, unit * 0.5),
                    v + Math.max(2 * unit, 0.5 * v), ">" + f);
            case "nearly", "almost", "close to", "just under" -> new Range(0.9 * v, v + half, "<~" + f);
            case "up to", "as many as", "at most" -> new Range(0.5 * v, v + half, "<=" + f);
            case "fewer than", "less than", "under" -> new Range(0.5 * v, v - Math.max(half, unit * 0.5), "<" + f);
            default -> new Range(v - Math.max(unit, 0.1 * v), v + Math.max(unit, 0.1 * v), "~" + f);
        };
        return new Range(r.lo * scale, r.hi * scale, r.norm);
    }

    static double unitOf(String digits) {
        int dot = digits.indexOf('.');
        return dot < 0 ? 1 : Math.pow(10, -(digits.length() - dot - 1));
    }

    // ---- the other kinds

    private static void magnitudes(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = MAGNITUDE.matcher(s);
        while (m.find()) {
            int g = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 6;
            String q = m.group(g - 1);
            String num = m.group(g);
            double v = Double.parseDouble(num);
            Range r = magnitudeRange(q, v, unitOf(num));
            out.add(new Fact("magnitude", r.lo, r.hi, m.group().strip(), r.norm, base + m.start(), base + m.end(), base, sentEnd));
        }
    }

    private static Range magnitudeRange(String q, double v, double unit) {
        String f = NumberWords.format(v);
        String ql = q == null ? "" : q.toLowerCase(Locale.ROOT);
        return switch (ql) {
            case "" -> new Range(v - unit * 0.49, v + unit * 0.49, f);
            case "at least", "more than", "over" -> new Range(v - 0.01, v + 0.3, ">=" + f);
            case "nearly", "almost", "up to" -> new Range(v - 0.3, v + 0.01, "<=" + f);
            default -> new Range(v - 0.2, v + 0.2, "~" + f);
        };
    }

    private static final Pattern ANNUAL_BEFORE = Pattern.compile("(?i)\\b(?:annual|yearly)\\s+(?:[a-z-]+\\s+){0,2}of\\s+$");
    private static final Pattern ANNUAL_AFTER = Pattern.compile("(?i)\\s+(?:annually|per\\s+annum)\\b");
    /** "a year's treatment would cost about €48,000": the cost of a year of something, a sum per year. */
    private static final Pattern A_YEARS = Pattern.compile("(?i)\\b(?:a|one)\\s+year['\u2019]s\\s+(?:[a-z-]+\\s+){1,4}$");

    private static void money(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            String q, num, scale, currency;
            if (m.group(2) != null) {
                q = m.group(1);
                currency = m.group(2);
                num = m.group(3);
                scale = m.group(4);
            } else {
                q = m.group(6);
                num = m.group(7);
                scale = m.group(8);
                String c = m.group(9).toLowerCase(Locale.ROOT);
                currency = c.startsWith("euro") ? "€" : c.startsWith("pound") ? "£" : "$";
            }
            OptionalDouble v = NumberWords.parse(num);
            if (v.isEmpty()) continue;
            double sc = scale == null ? 1 : NumberWords.parse("1 " + scale.toLowerCase(Locale.ROOT)).orElse(1);
            if (scale != null && scale.equalsIgnoreCase("m") && currency.equals("$") && s.substring(m.end()).startsWith("in")) sc = 1e6;
            double unit = num.matches("\\d.*") ? unitOf(num.replace(",", "")) : 1;
            if (scale == null) unit = Math.min(unit, 0.01);
            Range r = RoundedSums.hedged(range(q, v.getAsDouble(), unit, sc), v.getAsDouble(), unit, sc);
            // "$38 a share" and "$38 per share" are one kind: "per" and "a" name the same unit
            String per = m.group(5) == null ? "" : " " + m.group(5).strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:per|an?)\\s+", "per ");
            // "annual savings of £60m", "£60m annually": a sum per year, as "£60 million a year"; so is "a year's treatment
            // would cost about €48,000"
            if (per.isEmpty() && (ANNUAL_BEFORE.matcher(s.substring(0, m.start())).find() || ANNUAL_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()
                    || A_YEARS.matcher(s.substring(0, m.start())).find())) {
                per = " per year";
            }
            String norm = r.norm.replaceFirst("^([<>=~]*)", "$1" + Matcher.quoteReplacement(currency)) + (scale == null ? "" : " " + scaleName(sc));
            out.add(new Fact("amount in " + currency + per, r.lo, r.hi, m.group().strip(), norm, base + m.start(), base + m.end(), base, sentEnd));
        }
    }

    private static String scaleName(double sc) {
        return sc >= 1e12 ? "trillion" : sc >= 1e9 ? "billion" : sc >= 1e6 ? "million" : sc >= 1e3 ? "thousand" : "";
    }

    /**
     * Lengths with what they measure: "distance from Santa Rosa" for "20 miles north of Santa Rosa", "distance fallen" for
     * "falling about 200 feet", in metres so that "600 metres (2,000 feet)" agrees with itself. A length that is neither
     * (a height, a radius, a slick's length) is a {@link #LENGTH}: two such lengths need not be one fact, so {@link FactPairing}
     * compares them only between counterpart sentences.
     */
    private static void distances(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = DISTANCE.matcher(s);
        while (m.find()) {
            String kind;
            Matcher from = DISTANCE_FROM.matcher(s).region(m.end(), s.length());
            if (from.lookingAt()) {
                String[] place = from.group(1).strip().split("\\s+");
                // "north of the town": a common noun, which the other side may give by its name
                kind = (Character.isLowerCase(place[0].charAt(0)) ? DISTANCE_FROM_NOUN : "distance from ") + place[place.length - 1];
            } else if (FALL_BEFORE.matcher(s.substring(0, m.start())).find()) {
                kind = "distance fallen";
            } else if (SPEED_AFTER.matcher(s).region(m.end(), s.length()).lookingAt() || m.group(3).equalsIgnoreCase("m")) {
                // "250 km/h" is a speed; "1.5m" as often a million as a length
                continue;
            } else {
                // a length no place or fall anchors ("ash 9 kilometres into the sky", "a 3-kilometre radius", "stretches for
                // 25 km"): compared only between counterpart sentences, where two outlets tell one length
                kind = LENGTH;
            }
            OptionalDouble v = NumberWords.parse(m.group(2));
            if (v.isEmpty()) continue;
            String u = m.group(3).toLowerCase(Locale.ROOT);
            double metres = u.startsWith("f") ? 0.3048 : u.startsWith("mile") ? 1609.344 : u.startsWith("k") ? 1000 : 1;
            String num = m.group(2);
            Range r = range(m.group(1), v.getAsDouble(), num.matches("\\d.*") ? unitOf(num.replace(",", "")) : 1, metres);
            out.add(new Fact(kind, r.lo, r.hi, m.group().strip(), r.norm + " " + u, base + m.start(), base + m.end(), base, sentEnd));
        }
    }

    /** The kind of a weight ("2,300 tonnes of crude", "about 1,200 kilograms"): compared only in counterpart sentences. */
    static final String WEIGHT = "weight";
    /** A weight in tonnes, kilograms or grams: "an estimated 2,300 tonnes", "a 40-tonne tank", "1.5 million tons", "about 1,500 grams". */
    private static final Pattern WEIGHT_PHRASE = Pattern.compile("(?i)(?:(" + QUAL + ")\\s+)?(?<![\\w.,$\u20ac\u00a3-])(" + DIGITS + "|" + WORDNUM
            + ")[\\s-]?(?:(million|billion)[\\s-])?(tonnes|tonne|tons|ton|kilograms|kilogram|kilogrammes|kilos|kg|grams|gram|grammes)\\b");

    /**
     * Weights, in kilograms, so that "2 tonnes" meets "2,000 kilograms" and "1.2 kilograms" meets "1,200 grams"; a ton is taken
     * for a tonne, as outlets use the two words for one weight.
     */
    private static void weights(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = WEIGHT_PHRASE.matcher(s);
        while (m.find()) {
            OptionalDouble v = NumberWords.parse(m.group(2));
            if (v.isEmpty() || v.getAsDouble() <= 0) continue;
            String u = m.group(4).toLowerCase(Locale.ROOT);
            double kg = (u.startsWith("k") ? 1 : u.startsWith("g") ? 0.001 : 1000)
                    * (m.group(3) == null ? 1 : m.group(3).equalsIgnoreCase("million") ? 1e6 : 1e9);
            String num = m.group(2);
            Range r = range(m.group(1), v.getAsDouble(), num.matches("\\d.*") ? unitOf(num.replace(",", "")) : 1, kg);
            out.add(new Fact(WEIGHT, r.lo, r.hi, m.group().strip(), r.norm + " " + (m.group(3) == null ? "" : m.group(3) + " ") + u,
                    base + m.start(), base + m.end(), base, sentEnd));
        }
    }

    /** A speed: "140 km/h", "up to 95 mph", "60 kilometres per hour"; in km/h whatever the unit. */
    private static final Pattern SPEED = Pattern.compile("(?i)(?<![\\w.,])(?:(" + QUAL + ")\\s+)?(\\d[\\d,.]*)\\s?"
            + "(km/h|kph|mph|(?:kilometres|kilometers|miles)\\s+per\\s+hour|km\\s+per\\s+hour)");

    private static void speeds(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = SPEED.matcher(s);
        while (m.find()) {
            OptionalDouble v = NumberWords.parse(m.group(2));
            if (v.isEmpty()) continue;
            String u = m.group(3).toLowerCase(Locale.ROOT);
            String unit = u.startsWith("m") ? "mph" : "km/h";
            // "winds of up to 140 km/h" names the peak: the top speed, not a bound
            String q = m.group(1) != null && m.group(1).toLowerCase(Locale.ROOT).matches("up to|as much as|as high as") ? null : m.group(1);
            // in km/h, so that "250 km/h" meets "155 mph"
            Range r = range(q, v.getAsDouble(), unitOf(m.group(2).replace(",", "")), unit.equals("mph") ? 1.609344 : 1);
            out.add(new Fact("speed", r.lo, r.hi, m.group().strip(), r.norm + " " + unit, base + m.start(), base + m.end(), base, sentEnd));
        }
    }

    /** The kind prefix of a distance from a place named by a common noun ("12 km north of the town"). */
    static final String DISTANCE_FROM_NOUN = "distance from the ";
    /** The kind of a length that no place or fall anchors ("a slick 20 kilometres long"): compared only in counterpart sentences. */
    static final String LENGTH = "length";
    /** After a length: it is a speed ("250 km/h", "80 km per hour"). */
    private static final Pattern SPEED_AFTER = Pattern.compile("(?i)\\s*(?:/\\s*h\\b|per\\s+hour|an\\s+hour|a\\s+second)");
    /** The kind of a length of time ("about ten minutes", "18 months", "three hours into the voyage"). */
    static final String DURATION = "duration";
    private static final Pattern DURATION_HINT = Pattern.compile("second|minute|hour|day|week|month|year");
    /**
     * A length of time: a number or "a"/"an", then one unit of time ("six minutes", "18 months ago", "a two-hour
     * meeting"). Not an age ("a 27-year-old", "30 years old", "a 15-year girl": a year compound is left out), nor what
     * {@link #NOT_A_LENGTH_AFTER}, {@link #WINDOW_BEFORE} and {@link #RUNNING} tell apart.
     */
    private static final Pattern DURATION_PHRASE = Pattern.compile("(?i)(?<![\\w.,$\u20ac\u00a3-])(?:(" + QUAL + ")\\s+)?(" + DIGITS + "|"
            + WORDNUM + "|an?)[\\s-]+(?:(?:consecutive|straight|successive)\\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b"
            + "(?![\\s-]+old\\b|-old\\b)");
    /** After "a second": a noun it counts ("a second suspect"), not a word a length of time takes ("a second later"). */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("(?i)\\s+(?!(?:later|earlier|ago|or|and|before|after|of|too|more|in|to|for|apart"
            + "|during|at|on|when|while|as|that|the|until|then|longer|only)\\b)[a-z]");
    /** A further part of a length told in several units: ", 4 minutes", " and 31 seconds". */
    private static final Pattern DURATION_PART = Pattern.compile("(?i)(?:\\s*,\\s*|\\s+and\\s+|\\s+)(\\d{1,2})\\s+(seconds?|minutes?|hours?)\\b");
    /**
     * After a year compound, a term it gives the length of: "a two-year suspended sentence", "a five-year ban", "a three-year
     * contract". Other year compounds are left out ("a 15-year girl" is an age, "the 10-year bond" a name).
     */
    private static final Pattern TERM_AFTER = Pattern.compile("(?i)\\s+(?:[a-z]+\\s+)?(?:sentence|term|ban|suspension|contract|lease|mandate"
            + "|moratorium|freeze)s?\\b");
    /** "three years ago" is a date (the resolver's), "two years older" a difference of ages. */
    private static final Pattern NOT_A_LENGTH_AFTER = Pattern.compile("(?i)\\s+(?:ago|older|younger|earlier than|later than)\\b");
    /** "within 24 hours", "in the past five years", "over the next two weeks": a window around the news, not its length. */
    static final Pattern WINDOW_BEFORE = Pattern.compile("(?i)\\b(?:within|past|last|next|coming|first|final|every|each|per)\\s+"
            + "(?:(?:" + QUAL + ")\\s+)?$");
    /**
     * "For more than a week, streets have been a battleground": a length still running when the outlet wrote, so two
     * outlets writing on different days give different values for one fact, as with a toll still rising.
     */
    // a passive ("have been declared", "has been banned for four years") tells of no length still running
    static final Pattern RUNNING = Pattern.compile("(?i)\\b(?:have|has)\\s+(?:now\\s+)?(?:been(?!\\s+[a-z]+(?:ed|en)\\b)|lasted"
            + "|gone\\s+on|continued)\\b");
    private static final Map<String, Double> DURATION_SECONDS = Map.of("second", 1.0, "minute", 60.0, "hour", 3600.0, "day", 86400.0,
            "week", 604800.0, "month", 2629800.0, "year", 31557600.0);

    /**
     * Lengths of time, in seconds, so that "18 months" meets "a year and a half" and "90 days" meets "three months". So
     * many durations are background ("the worst in 20 years") that they are compared only between counterpart sentences,
     * like counts of things.
     */
    private static void durations(String s, int base, int sentEnd, List<Fact> out) {
        List<int[]> fractions = DurationFractions.find(s, base, sentEnd, out, DURATION_SECONDS);
        Matcher m = DURATION_PHRASE.matcher(s);
        while (m.find()) {
            int start = base + m.start(), end = base + m.end();
            if (out.stream().anyMatch(f -> f.start() < end && start < f.end())) continue;
            String num = m.group(2), low = num.toLowerCase(Locale.ROOT);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            // "a second suspect", "a second time": an ordinal, not a length of one second
            if ((low.equals("a") || low.equals("an")) && unit.equals("second") && ORDINAL_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()
                    || NOT_A_LENGTH_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()
                    || WINDOW_BEFORE.matcher(s.substring(0, m.start())).find()
                    || DurationFractions.inside(fractions, m.start(), m.end())
                    || unit.equals("year") && s.charAt(m.start(3) - 1) == '-' && !TERM_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()
                    || RUNNING.matcher(s).find()) {
                continue;
            }
            OptionalDouble v = low.equals("a") || low.equals("an") ? OptionalDouble.of(1) : NumberWords.parse(num);
            if (v.isEmpty() || v.getAsDouble() <= 0) continue;
            if (unit.endsWith("s")) unit = unit.substring(0, unit.length() - 1);
            // "2 hours 4 minutes 31 seconds": one length told in several units, summed
            Matcher more = DURATION_PART.matcher(s);
            int at = m.end();
            double extra = 0;
            String smallest = unit;
            while (m.group(1) == null && more.region(at, s.length()).lookingAt() && DURATION_SECONDS.get(more.group(2).toLowerCase(Locale.ROOT)
                    .replaceFirst("s$", "")) < DURATION_SECONDS.get(smallest)) {
                smallest = more.group(2).toLowerCase(Locale.ROOT).replaceFirst("s$", "");
                extra += Double.parseDouble(more.group(1)) * DURATION_SECONDS.get(smallest);
                at = more.end();
            }
            if (extra > 0) {
                double secs = v.getAsDouble() * DURATION_SECONDS.get(unit) + extra;
                out.add(new Fact(DURATION, secs, secs, s.substring(m.start(), at).strip(), NumberWords.format(secs) + " seconds", start, base + at,
                        base, sentEnd));
                m.region(at, s.length());
                continue;
            }
            // "about two hours" is nearer two than one or three: a quarter of the unit, not a whole one as for a count of people
            // "travelled 1.9 billion kilometres over six years": the journey took six years, not more than six
            String q = m.group(1) != null && m.group(1).equalsIgnoreCase("over") && Spans.overMeansDuring(s, m.start(1)) ? null : m.group(1);
            Range r = range(q, v.getAsDouble(), num.matches("\\d.*\\.\\d+") ? unitOf(num.replace(",", "")) : 0.25,
                    DURATION_SECONDS.get(unit));
            out.add(new Fact(DURATION, r.lo, r.hi, m.group().strip(), r.norm + " " + unit + (v.getAsDouble() == 1 ? "" : "s"), start, end,
                    base, sentEnd));
        }
        // "Its journey began seven years ago": a span of seven years up to the report's day
        Spans.startsAgo(s, base, sentEnd, out, DURATION_SECONDS.get("year"));
    }

    /** The kind prefix of a vote's sides: compared only between counterpart sentences. */
    static final String VOTES = "votes of the ";

    /** The kind prefix of a count of things ("64 cases", "More than 300 flights"): compared only in counterpart sentences. */
    static final String COUNTED = "number of ";
    /**
     * A number, at most two lower-case words, then a plural noun: "64 cases", "71 confirmed cases", "Nearly 200 passengers",
     * "four walk-in vaccination clinics".
     */
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\s+(?:[a-z][a-z-]*\\s+){0,2}?([a-z]{3,}s)\\b");
    /** A part of a whole, after the part's number: " of the 90 seats", " of the country's 17 regions", " of the affected cars". */
    private static final Pattern PART_OF = Pattern.compile("\\s+of\\s+(?:(?:the|its|their|his|her|[A-Za-z]+['’]s)\\s+){1,2}(?:[a-z][\\w-]*\\s+)?"
            + "(?:(" + DIGITS + "|" + WORDNUM + ")\\s+)?(?:[a-z][a-z-]*\\s+)?([a-z]{3,}s)\\b");
    private static final Set<String> CHANGE_BEFORE = Set.of("lost", "loses", "lose", "gained", "gains", "gain", "shed", "sheds", "dropped",
            "cut", "added", "adds");
    private static final Set<String> NOT_COUNTED = Set.of("years", "months", "days", "hours", "minutes", "weeks", "seconds", "decades",
            "miles", "feet", "metres", "meters", "kilometres", "kilometers", "percent", "times", "millions", "billions", "dollars", "euros",
            "pounds", "degrees", "others", "hundreds", "thousands", "dozens", "was", "has", "is", "its", "his", "this", "as", "us", "yards",
            "inches", "tons", "tonnes", "kilograms", "litres", "liters", "cents", "pence", "plus", "runs");

    /**
     * The states of the people {@code text[sentenceStart, sentenceEnd)} counts ("killed", "rescued", "missing"...): only the
     * counts finder, behind the same word check as {@link #extract} and only with a number written, for {@link SentenceAligner}.
     */
    static Set<String> peopleStates(String text, int sentenceStart, int sentenceEnd) {
        String s = text.substring(sentenceStart, sentenceEnd);
        String low = s.toLowerCase(Locale.ROOT);
        // a number written in the sentence first (a cheap scan): one person ("A man was killed") tells no count to link by
        boolean homes = (low.contains("home") || low.contains("house")) && HOME_HINT.matcher(low).find();
        if (!NumberScan.mayHoldNumber(s) || STATE_HINTS.stream().noneMatch(low::contains) && !homes) {
            return Set.of();
        }
        List<Fact> out = new ArrayList<>();
        counts(s, sentenceStart, sentenceEnd, out);
        Set<String> kinds = new java.util.HashSet<>();
        for (Fact f : out) if (!SUPERSEDED.matcher(s.substring(0, f.start() - sentenceStart)).find()) kinds.add(f.kind());
        return kinds;
    }

    /**
     * Counts of things that are no people's state, beside the sentence's {@code stated} facts ({@link #extract}): "64
     * cases of measles", "27 goals", "More than 300 flights were cancelled". A number that already states a fact is none.
     */
    public static List<Fact> countedThings(String text, int sentenceStart, int sentenceEnd, List<Fact> stated) {
        List<Fact> out = new ArrayList<>();
        String sentence = text.substring(sentenceStart, sentenceEnd);
        // how many times something happened: "capsized twice" / "overturned three times" (issue 16, set 17)
        Frequencies.add(sentence, sentenceStart, sentenceEnd, out);
        if (!NumberScan.mayHoldNumber(sentence)) return out;
        countedThings(sentence, sentenceStart, sentenceEnd, stated, out);
        // "a five-storey building", "a 250-seat plane": the number before the hyphen counts the noun after it
        Matcher c = COUNT_COMPOUND.matcher(sentence);
        while (c.find()) {
            OptionalDouble v = NumberWords.parse(c.group(1));
            if (v.isEmpty() || v.getAsDouble() < 2) continue;
            String noun = c.group(2).toLowerCase(Locale.ROOT).replace("story", "storey");
            out.add(new Fact(COUNTED + noun + "s", v.getAsDouble(), v.getAsDouble(), c.group().strip(), NumberWords.format(v.getAsDouble()),
                    sentenceStart + c.start(), sentenceStart + c.end(), sentenceStart, sentenceEnd));
        }
        return out;
    }

    private static final Pattern COUNT_COMPOUND = Pattern.compile("(?i)(?<![\\w.,-])(\\d{1,4}|" + NumberWords.WORD_ALTERNATION + ")-"
            + "(storey|story|floor|lane|bedroom|seat|seater|bed|room|carriage|engine)\\b(?!-)");

    /** A second group of people the number also counts: " and crew", " and staff members", " and teachers". */
    private static final Pattern AND_PEOPLE = Pattern.compile("(?i)\\s+and\\s+(crew(?:\\s+members)?|staff(?:\\s+members)?|teachers|pupils"
            + "|students|workers|employees|guards|officers|volunteers|children|adults|parents|visitors|residents)\\b");

    /** A scale word right after a count's number: "6.2 million customers", "1.4 billion people". */
    private static final Pattern SCALE_AFTER = Pattern.compile("(?i)\\s+(million|billion)\\b");

    private static void countedThings(String s, int base, int sentEnd, List<Fact> stated, List<Fact> out) {
        Matcher m = NUMBER.matcher(s);
        int whole = -1;
        while (m.find()) {
            int start = base + m.start(), end = base + m.end();
            if (m.start() == whole || stated.stream().anyMatch(f -> f.start() < end && start < f.end())) continue;
            // "38 of the 90 seats", "9 of the country's 17 regions": the part counts the things, the whole is what they are of (and
            // a count of them as well, read after the part)
            Matcher part = PART_OF.matcher(s).region(m.end(), s.length());
            // "lost 11 of its 27 seats" tells a change; what there was is the whole
            boolean isPart = part.lookingAt() && !CHANGE_BEFORE.contains(String.valueOf(wordBefore(s, m.start())));
            if (isPart && part.group(1) != null) whole = part.start(1);
            Matcher n = isPart ? part : COUNTED_NOUN.matcher(s).region(m.end(), s.length());
            if (!isPart && !n.lookingAt()) continue;
            String noun = isPart ? part.group(2) : n.group(1);
            if (NOT_COUNTED.contains(noun) || noun.endsWith("ss")) continue;
            // "All 164 passengers and crew": the number counts both groups, so it is no count of the passengers alone
            Matcher also = AND_PEOPLE.matcher(s).region(isPart ? part.end() : n.end(), s.length());
            if (also.lookingAt()) noun += " and " + also.group(1).toLowerCase(Locale.ROOT).replaceFirst("\\s+", " ");
            String low = m.group(2).toLowerCase(Locale.ROOT);
            Range r = vague(low);
            Matcher scale = SCALE_AFTER.matcher(s).region(m.end(), s.length());
            if (r == null && scale.lookingAt() && m.group(2).matches("[\\d,.]+")) {
                // "6.2 million customers": the number read with its scale, to its written precision
                double k = scale.group(1).equalsIgnoreCase("million") ? 1e6 : 1e9;
                OptionalDouble v = NumberWords.parse(m.group(2));
                if (v.isEmpty()) continue;
                r = range(m.group(1), v.getAsDouble(), unitOf(m.group(2).replace(",", "")), k);
                r = new Range(r.lo, r.hi, r.norm + " " + scaleName(k));
            } else if (r == null) {
                OptionalDouble v = NumberWords.parse(m.group(2));
                if (v.isEmpty() || v.getAsDouble() < 2 || m.group(2).matches("(1[89]|20)\\d\\d")) continue;
                r = range(m.group(1), v.getAsDouble(), 1, 1);
            }
            out.add(new Fact(COUNTED + noun, r.lo, r.hi, m.group().strip(), r.norm, start, end, base, sentEnd));
            // the whole is a count of the things too, one the other side may give alone: "about 96,000 of the party's 131,000
            // members" / "the party's 131,000 members"
            OptionalDouble all = isPart && part.group(1) != null ? NumberWords.parse(part.group(1)) : OptionalDouble.empty();
            if (all.isPresent() && all.getAsDouble() >= 2) {
                String w = part.group(1);
                Range wr = range(null, all.getAsDouble(), w.matches("\\d.*") ? unitOf(w.replace(",", "")) : 1, 1);
                out.add(new Fact(COUNTED + noun, wr.lo, wr.hi, w, wr.norm, base + part.start(1), base + part.end(1), base, sentEnd));
            }
        }
    }

    private static void simple(Pattern p, String kind, String s, int base, int sentEnd, List<Fact> out, int qualGroup, int numGroup) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            String num = m.group(numGroup);
            String low = num.toLowerCase(Locale.ROOT);
            Range r = vague(low);
            if (r == null) {
                OptionalDouble v = low.equals("a") || low.equals("an") ? OptionalDouble.of(1) : NumberWords.parse(num);
                if (v.isEmpty()) continue;
                r = range(qualGroup == 0 ? null : m.group(qualGroup), v.getAsDouble(), num.matches("\\d.*") ? unitOf(num.replace(",", "")) : 1, 1);
            }
            out.add(new Fact(kind, r.lo, r.hi, m.group().strip(), r.norm, base + m.start(), base + m.end(), base, sentEnd));
        }
    }

}
