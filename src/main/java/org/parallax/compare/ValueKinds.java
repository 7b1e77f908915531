package org.parallax.compare;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of values a sentence states, for linking two tellings of one fact that differ in its value or word it
 * otherwise: a distance ("12 km" / "15 kilometres", "5 miles"), a length in metres, a duration ("within two weeks" /
 * "up to a month"), a sum of money ("85,000 euros" / "€58,000"), a clock time ("6 a.m." / "5 a.m."), a number of one
 * and a number written out the same on both sides
 * ("more than 3,000 residents" / "More than 3,000 people"). Pure.
 */
final class ValueKinds {
    private ValueKinds() {
    }

    static final String DISTANCE = "distance", LENGTH = "length", MONEY = "money", CLOCK = "clock", CLOSURE = "closure";
    /**
     * A day of a month ("24 October", "October 25"): the one sentence each article gives a calendar day in tells one fact's day,
     * whichever day each gives ("set off from Lisbon on 24 October" / "The race started in Lisbon on 25 October").
     */
    static final String CALENDAR = "calendar day";
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + months() + "|" + months()
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b");

    private static String months() {
        return "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    }

    /**
     * A day of the week ahead: a weekday after a word that looks forward ("will", "due", "expected", "should"). The one sentence each
     * article gives such a day in tells one coming step, whichever day each gives ("The men will appear in court on Monday" / "are due
     * in court on Tuesday", "supplies would be restored by Tuesday evening" / "Water should be flowing again by Wednesday").
     */
    static final String DAY_AHEAD = "day ahead";
    private static final Pattern WEEKDAY_AHEAD = Pattern.compile("\\b(?:will|would|due|expected|expect|expects|should|scheduled)\\b[^;]*?\\b"
            + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** A move of a company's shares in percent ("Its shares rose 14%", "The shares closed down 4 percent"). */
    static final String SHARE_PRICE = "share price";
    private static final Pattern PERCENT = Pattern.compile("\\d\\s?(?:%|percent\\b|per\\s+cent\\b)", Pattern.CASE_INSENSITIVE);
    /** Words that say a place or service is closed, or until when: the fact is a closure whatever its day. */
    private static final Set<String> CLOSURE_WORDS = Set.of("closed", "closes", "shut", "shuts", "reopen", "reopens", "reopened",
            "reopening", "closure", "closures");
    private static final Set<String> DISTANCE_UNITS = Set.of("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile",
            "miles");
    private static final Set<String> LENGTH_UNITS = Set.of("metre", "metres", "meter", "meters", "feet", "foot", "yards", "cm", "centimetre",
            "centimetres", "centimeter", "centimeters", "mm", "millimetre", "millimetres", "millimeter", "millimeters", "inch", "inches");
    private static final Set<String> DURATION_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
            "month", "months");
    private static final Set<String> MONEY_UNITS = Set.of("euro", "euros", "dollar", "dollars", "pound", "pounds");
    private static final Set<String> SCALE = Set.of("million", "billion", "thousand", "hundred");
    /** Words that stand for a number before a unit ("a month", "an hour", "several weeks"). */
    private static final Set<String> SOME = Set.of("a", "an", "several", "few", "couple");
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "\\b\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.?m\\b|p\\.?m\\b)|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?:,\\d{3})*(?:\\.\\d+)?");
    private static final Pattern CLOCK_BEFORE = Pattern.compile("\\d:\\s?$");
    private static final Pattern AGE_AFTER = Pattern.compile("\\s?-\\s?years?\\s?-\\s?old", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s*[ap]\\.?m\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY = Pattern.compile("[€$£]\\s?\\d");
    /** A sum with a scale, written out or abbreviated ("1.3 billion", "£1.3bn", "$50m", "42 million"). */
    private static final Pattern SCALED = Pattern.compile("(?<![\\d.,])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(billion|million)|(bn|mn|m))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A length of time: a number (digits, a number word, "a", "an") and a unit, perhaps "and a half" ("48 hours", "an hour and a half"). */
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\w.,])(\\d+(?:\\.\\d+)?|[a-z]+)[\\s-]+(minute|hour|day|week|month|year)s?\\b(\\s+and\\s+a\\s+half)?(?![\\s-]+(?:old|ago)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> TIME_UNITS = List.of("minute", "hour", "day", "week", "month", "year");
    private static final Pattern HALF_AN = Pattern.compile("\\bhalf\\s+an?\\s+(minute|hour|day|week|month|year)\\b", Pattern.CASE_INSENSITIVE);
    /** Words before "a month", "an hour" that make it a length of time, not a rate ("1.4 billion a year"). */
    private static final Set<String> TIME_BEFORE_A = Set.of("for", "within", "after", "than", "about", "nearly", "almost", "over", "under",
            "lasted", "took", "spent", "around", "just", "least", "only");
    /** "N years ago", N in digits or a number word, or "a". */
    private static final Pattern YEARS_AGO = Pattern.compile("(?<![\\w.,])(\\d+|[a-z]+)\\s+years?\\s+ago\\b", Pattern.CASE_INSENSITIVE);
    /** A length of time's unit in minutes: a month is a twelfth of a year, so "18 months" is "a year and a half". */
    private static final Map<String, Long> MINUTES = Map.of("minute", 1L, "hour", 60L, "day", 1440L, "week", 10080L, "month", 43800L,
            "year", 525600L);
    /** The word after a number, past a scale word ("14 boats", "40 million dollars"). */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?:(?:million|billion|thousand|hundred)\\s+)?([A-Za-z]+)\\b");
    /** Plural nouns that count people: a number of them is no number of things. */
    private static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "residents", "passengers", "crew", "members", "men", "women",
            "children", "workers", "staff", "patients", "students", "pupils", "teachers", "nurses", "doctors", "survivors", "sailors",
            "soldiers", "troops", "officers", "police", "fans", "supporters", "spectators", "tourists", "visitors", "runners", "migrants",
            "refugees", "voters", "employees", "victims", "villagers", "inhabitants", "citizens", "civilians", "miners", "fishermen",
            "firefighters", "rescuers", "protesters", "demonstrators", "prisoners", "hostages", "pilgrims", "players", "athletes", "guests",
            "adults", "others", "dead", "injured", "wounded", "missing", "homeless", "evacuees", "holidaymakers", "customers", "users");
    /** Words ending in s that are no plural noun. */
    private static final Set<String> NOT_PLURAL = Set.of("was", "has", "is", "its", "this", "thus", "us", "as", "across", "perhaps",
            "always", "unless", "plus", "whereas", "besides", "towards", "afterwards", "sometimes");
    /** The unit words of the kinds, and the closure words: words that say which kind a value is, not what it is about. */
    static boolean isUnit(String key) {
        return CLOSURE_WORDS.contains(key) || DISTANCE_UNITS.contains(key) || LENGTH_UNITS.contains(key) || DURATION_UNITS.contains(key)
                || MONEY_UNITS.contains(key)
                || SCALE.contains(key) || key.equals("m") || key.equals("am") || key.equals("pm");
    }

    /**
     * The value kinds of {@code text[start, end)}: the unit kinds, and {@code "#" + digits} for a number of two digits or more
     * that is no year and no clock time.
     */
    static Set<String> of(String text, int start, int end) {
        Set<String> out = new HashSet<>();
        List<Tokens.Tok> toks = Tokens.words(text, start, end);
        String s = text.substring(start, end);
        if (CLOCK_TIME.matcher(s).find()) out.add(CLOCK);
        if (CURRENCY.matcher(s).find()) out.add(MONEY);
        if (DAY_OF_MONTH.matcher(s).find()) out.add(CALENDAR);
        if (WEEKDAY_AHEAD.matcher(s).find()) out.add(DAY_AHEAD);
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String digits = m.group().replace(",", "");
            String after = s.substring(m.end());
            boolean clock = after.startsWith(":") || CLOCK_BEFORE.matcher(s.substring(0, m.start())).find() || CLOCK_AFTER.matcher(after).lookingAt();
            if (!clock && !AGE_AFTER.matcher(after).lookingAt() && digits.length() >= 2 && !digits.contains(".") && !isYear(digits)) out.add("#" + digits);
        }
        // one sum with its scale however written: "£1.3 billion" and "£1.3bn" both state 1300000000
        Matcher sc = SCALED.matcher(s);
        while (sc.find()) {
            String scale = (sc.group(2) != null ? sc.group(2) : sc.group(3)).toLowerCase(java.util.Locale.ROOT);
            // "6m" may be six metres: a bare "m" is a million only after a currency sign ("$50m")
            if (scale.equals("m") && (sc.start() == 0 || "€$£".indexOf(s.charAt(sc.start() - 1)) < 0)) continue;
            BigDecimal times = scale.startsWith("b") ? BigDecimal.valueOf(1_000_000_000L) : BigDecimal.valueOf(1_000_000L);
            out.add("#" + new BigDecimal(sc.group(1).replace(",", "")).multiply(times).toBigInteger());
        }
        List<Long> lengths = lengthsOfTime(s);
        for (long minutes : lengths) out.add(TIME_KIND + minutes);
        if (!lengths.isEmpty()) out.add(ANY_TIME);
        for (int k = 0; k < toks.size(); k++) {
            String key = toks.get(k).key();
            String prev = k > 0 ? toks.get(k - 1).key() : "";
            boolean counted = number(prev) != null || SOME.contains(prev) || SCALE.contains(prev);
            if (toks.get(k).hyphenated()) {
                // "14-month", "15-kilometre": the number and the unit in one word
                String raw = text.substring(toks.get(k).start(), toks.get(k).end());
                int dash = raw.indexOf('-');
                if (dash > 0 && number(Tokens.key(raw, 0, dash)) != null) {
                    String unit = Tokens.key(raw, dash + 1, raw.length());
                    addUnit(out, unit);
                }
            }
            if (counted) addUnit(out, key);
            if (CLOSURE_WORDS.contains(key)) out.add(CLOSURE);
            if ((key.equals("shares") || key.equals("stock")) && PERCENT.matcher(s).find()) out.add(SHARE_PRICE);
        }
        return out;
    }

    /**
     * What the numbers of two digits or more of {@code text[start, end)} count, by the word after each: {@code "#" + digits} to
     * {@link #PEOPLE} for a noun of people ("14 people", "168 survivors"), {@link #THINGS} for another plural noun ("14 boats",
     * "40,000 homes"); a number followed by no plural noun ("14 were killed", "14%") is left out.
     */
    static Map<String, String> counted(String text, int start, int end) {
        Map<String, String> out = new HashMap<>();
        String s = text.substring(start, end);
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String digits = m.group().replace(",", "");
            if (digits.length() < 2 || digits.contains(".") || isYear(digits)) continue;
            Matcher noun = NOUN_AFTER.matcher(s).region(m.end(), s.length());
            if (!noun.lookingAt()) continue;
            String w = noun.group(1).toLowerCase(java.util.Locale.ROOT);
            if (PERSON_NOUNS.contains(w)) out.put("#" + digits, PEOPLE);
            else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !NOT_PLURAL.contains(w)) out.put("#" + digits, THINGS);
        }
        return out;
    }

    /** The prefix of a length of time's kind, in minutes: "48 hours" and "two days" are both {@code time=2880}. */
    static final String TIME_KIND = "time=";
    /** The kind of any length of time ("nearly five hours" / "four hours"): a link only between lengths near each other. */
    static final String ANY_TIME = "time";
    /** How far apart two tellings of one length of time may lie: "less than eight minutes" / "11 minutes". */
    static final double NEAR_LENGTHS = 1.5;

    /** Whether one length of time of each list lies within {@link #NEAR_LENGTHS} of one of the other. */
    static boolean nearLengths(List<Long> xs, List<Long> ys) {
        for (long x : xs) for (long y : ys) if (x > 0 && y > 0 && Math.max(x, y) <= NEAR_LENGTHS * Math.min(x, y)) return true;
        return false;
    }

    /** The lengths of time of a text in minutes ("48 hours", "two days", "an hour and a half", "half an hour", "18-month"). */
    static List<Long> lengthsOfTime(String s) {
        List<Long> out = new java.util.ArrayList<>();
        // a word check first: the pattern tries every word of the sentence as a number
        String low = s.toLowerCase(java.util.Locale.ROOT);
        if (TIME_UNITS.stream().noneMatch(low::contains)) return out;
        Matcher m = TIME.matcher(s);
        while (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            long unit = MINUTES.get(m.group(2).toLowerCase(java.util.Locale.ROOT));
            boolean half = m.group(3) != null;
            BigDecimal count;
            if (n.equals("a") || n.equals("an")) {
                String before = s.substring(0, m.start()).trim();
                String prev = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
                if (!half && !TIME_BEFORE_A.contains(prev)) continue;
                count = BigDecimal.ONE;
            } else {
                String digits = n.chars().allMatch(c -> Character.isDigit(c) || c == '.') ? n : Meaning.number(n);
                if (digits == null || !digits.chars().allMatch(c -> Character.isDigit(c) || c == '.')) continue;
                count = new BigDecimal(digits);
            }
            if (half) count = count.add(new BigDecimal("0.5"));
            out.add(count.multiply(BigDecimal.valueOf(unit)).longValue());
        }
        Matcher h = HALF_AN.matcher(s);
        while (h.find()) out.add(MINUTES.get(h.group(1).toLowerCase(java.util.Locale.ROOT)) / 2);
        return out;
    }

    /**
     * The years {@code text[start, end)} tells as "N years ago" ("four years ago", "17 years ago", "a year ago") from an article
     * published in {@code published}; none when the year of publication is unknown (0).
     */
    static Set<Integer> yearsAgo(String text, int start, int end, int published) {
        Set<Integer> out = new HashSet<>();
        if (published <= 0) return out;
        Matcher m = YEARS_AGO.matcher(text.substring(start, end));
        while (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String digits = n.equals("a") || n.equals("one") ? "1" : n.chars().allMatch(Character::isDigit) ? n : Meaning.number(n);
            if (digits != null && digits.chars().allMatch(Character::isDigit) && digits.length() <= 3) out.add(published - Integer.parseInt(digits));
        }
        return out;
    }

    /** What a number counts, as {@link #counted} tells. */
    static final String PEOPLE = "people", THINGS = "things";

    private static void addUnit(Set<String> out, String unit) {
        if (DISTANCE_UNITS.contains(unit)) out.add(DISTANCE);
        else if (LENGTH_UNITS.contains(unit)) out.add(LENGTH);
        else if (MONEY_UNITS.contains(unit)) out.add(MONEY);
    }

    /**
     * Whether a kind is a measure (a distance, a length) or a closure, told apart from other numbers of the story by its unit: two
     * sentences of such a kind are one fact's tellings when they also share the thing it is about ("110 mm of rain" / "4 inches of rain").
     */
    static boolean isMeasure(String kind) {
        return kind.equals(DISTANCE) || kind.equals(LENGTH) || kind.equals(CLOSURE);
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    /** The digits of a number word ("7", "4,500" as "4500", "seven"), else null. */
    private static String number(String key) {
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) return key;
        return Meaning.number(key);
    }
}
