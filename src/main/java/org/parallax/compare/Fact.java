package org.parallax.compare;

/**
 * One fact as one sentence states it: its kind ("killed", "magnitude", "age of Simpson"), the range of values a careful
 * reader takes the words to allow ({@code [lo, hi]}: "at least seven" is 7 to 9, "dozens" 24 to 99), the words, a
 * normalised form for display ("&gt;=7"), and the {@code [start, end)} ranges of the words and of their sentence.
 */
public record Fact(String kind, double lo, double hi, String text, String normalised, int start, int end, int sentenceStart, int sentenceEnd) {

    /**
     * Whether a reader takes the two values to be compatible: their ranges meet. Dates agree only when one range holds
     * the other ("2023" and "February 2023"), since two day ranges that merely overlap name different days, or when
     * both are written with the same words. Two lower
     * bounds ("at least three" / "at least one") agree only when equal: each is the toll its outlet confirmed, so
     * different bounds are different confirmed figures even where the ranges meet; a bound of a length of time told in another
     * unit is the same bound within a tenth.
     */
    public boolean agreesWith(Fact o) {
        if (kind.equals("date")) return lo <= o.lo && o.hi <= hi || o.lo <= lo && hi <= o.hi || sameWords(o);
        if (normalised.startsWith(">=") && o.normalised.startsWith(">=")) {
            // "at least six weeks" / "at least a month and a half": one bound told in two units, a tenth either way the same
            if (kind.equals(FactExtractor.DURATION) && !unitWord().equals(o.unitWord())) return lo * 0.9 <= o.lo * 1.1 && o.lo * 0.9 <= lo * 1.1;
            return Math.abs(lo - o.lo) <= 1e-9 * Math.max(1, Math.abs(lo));
        }
        // a length written in two units ("11 weeks" / "nearly three months"): a tenth either way is the same length
        if (kind.equals(FactExtractor.DURATION) && !unitWord().equals(o.unitWord())) return lo * 0.9 <= o.hi * 1.1 && o.lo * 0.9 <= hi * 1.1;
        // a length or a speed converted to another unit ("35 kilometres" / "the 22-mile mark", "185 km/h" / "115 mph"): rounded
        // to a whole number in the other unit, so a few hundredths either way are the same length; a round number ("up to 60
        // km/h" / "up to 40 mph", "6 km" / "four miles") was rounded to its tens, so up to half of them, a tenth at most
        if ((kind.startsWith("distance") || kind.equals(FactExtractor.LENGTH) || kind.equals("speed")) && !lengthUnit().equals(o.lengthUnit())) {
            double t = roundedBy(), u = o.roundedBy();
            return lo * (1 - t) <= o.hi * (1 + u) && o.lo * (1 - u) <= hi * (1 + t);
        }
        // "6 per cent" / "6.1%": a whole rate against one with a decimal may be the same rate rounded, so it reaches half a point
        if ((kind.equals("percent") || kind.equals(Turnouts.KIND)) && (wholeRate() && o.decimalRate() || o.wholeRate() && decimalRate())) {
            double whole = wholeRate() ? lo : o.lo, written = wholeRate() ? (o.lo + o.hi) / 2 : (lo + hi) / 2;
            return Math.abs(written - whole) < 0.5 - 1e-9;
        }
        return lo <= o.hi && o.lo <= hi;
    }

    private static final java.util.regex.Pattern WHOLE_RATE = java.util.regex.Pattern.compile("(?i)\\d{1,3}\\s?(?:%|percent|per cent)");
    private static final java.util.regex.Pattern DECIMAL_RATE = java.util.regex.Pattern.compile("(?i)\\d{1,3}\\.\\d\\s?(?:%|percent|per cent)");

    /** A rate written as a bare whole number ("6 per cent", "12%"), no hedge before it. */
    private boolean wholeRate() {
        return WHOLE_RATE.matcher(text).matches();
    }

    /** A rate written bare with one decimal ("6.1%"). */
    private boolean decimalRate() {
        return DECIMAL_RATE.matcher(text).matches();
    }

    /**
     * The same words ("April 1" / "April 1"): the outlets wrote one value, whatever year or week each resolver then
     * guessed for it from the tense around it.
     */
    private boolean sameWords(Fact o) {
        return Tokens.key(text, 0, text.length()).equals(Tokens.key(o.text, 0, o.text.length())) && !text.isBlank();
    }

    /** Five years in days: dates further apart than this are two facts ({@link #couldBeSame}). */
    private static final double DATES_APART = 5 * 365.25;

    /**
     * Whether two values that do not agree can still be one fact that the outlets report differently, so that their
     * difference is a conflict. Not so for sums, lengths or durations more than three times apart ("a market value of $115 billion"
     * and "will buy it for $13.9 billion": two sums, not one reported twice; a 60-metre fall and a 600-metre one:
     * two falls), for magnitudes more than one apart (a 2.0 foreshock and the 4.2 quake; outlets' readings of one quake
     * differ by tenths), for dates more than five years apart (a background year beside the news's day), nor for the ages
     * of two people who share a family name but not a given name ("John Jenkin, 23," and "Kathryn Jenkin, 20,"). Both are
     * taken to be of one kind.
     */
    public boolean couldBeSame(Fact o) {
        if (kind.startsWith("amount") || kind.startsWith("distance") || kind.equals(FactExtractor.LENGTH) || kind.startsWith(FactExtractor.COUNTED)
                || kind.equals("speed") || kind.equals(FactExtractor.DURATION) || kind.equals(FactExtractor.WEIGHT)) {
            double a = (lo + hi) / 2, b = (o.lo + o.hi) / 2;
            return a > 0 && b > 0 && Math.max(a, b) <= 3 * Math.min(a, b);
        }
        if (kind.equals("magnitude")) return Math.abs((lo + hi) / 2 - (o.lo + o.hi) / 2) <= 1.0;
        // two dates more than five years apart ("The last increase was in 2004" / "From 2030, the age will rise"): a
        // background date beside the news's, not one date the outlets give differently (those differ by a year or a day)
        if (kind.equals("date")) return Math.abs((lo + hi) / 2 - (o.lo + o.hi) / 2) <= DATES_APART && !dayThenMonth(o) && !o.dayThenMonth(this);
        if (kind.startsWith("age of ")) {
            String mine = givenName(), theirs = o.givenName();
            return mine == null || theirs == null || mine.equalsIgnoreCase(theirs);
        }
        return true;
    }

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)(?:(?:on|last|this|late|early)\\s+)*(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s+(?:morning|afternoon|evening|night))?");

    /**
     * Whether this date is a weekday (the story's day, "on Wednesday") and {@code o} a whole month that begins after it ("from
     * May", "starting in May"): the day something was agreed or announced and the month it starts are two facts, not one date
     * the outlets give differently ("agreed on Wednesday to cut output from May" / "starting in May").
     */
    private boolean dayThenMonth(Fact o) {
        if (lo != hi || !WEEKDAY.matcher(text.strip()).matches()) return false;
        java.time.LocalDate first = java.time.LocalDate.ofEpochDay((long) o.lo), last = java.time.LocalDate.ofEpochDay((long) o.hi);
        return first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth())) && o.lo > hi;
    }

    /**
     * How far a written value may be from the one converted: 3% for a whole number rounded in the other unit, up to half
     * the rounding of a round number ("40" is 35 to 45), at most a tenth.
     */
    private static final java.util.regex.Pattern WRITTEN_NUMBER = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    double roundedBy() {
        java.util.regex.Matcher m = WRITTEN_NUMBER.matcher(normalised);
        if (!m.find()) return 0.03;
        String n = m.group().replace(",", "");
        if (n.contains(".") || n.matches("0+")) return 0.03;
        int zeros = n.length() - n.replaceFirst("0+$", "").length();
        if (zeros == 0) return 0.03;
        double v = Double.parseDouble(n);
        return Math.max(0.03, Math.min(0.10, Math.pow(10, zeros) / 2 / v));
    }

    /** A length's or speed's unit whatever its spelling: "km" for "km", "kilometres" and "km/h", "mi" for "miles" and "mph". */
    private String lengthUnit() {
        String u = unitWord().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("k") ? "km" : u.startsWith("mi") || u.equals("mph") ? "mi" : u.startsWith("f") ? "ft" : u.startsWith("m") ? "m" : u;
    }

    /** The last word of the normalised value: a duration's unit ("hours" in "~2 hours"). */
    private String unitWord() {
        String u = normalised.substring(normalised.lastIndexOf(' ') + 1);
        return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
    }

    /** The given name before the family name the kind names ("John" in "John Jenkin, 23,"), or null when none is written. */
    String givenName() {
        if (!kind.startsWith("age of ")) return null;
        String family = kind.substring(7);
        int at = text.indexOf(family);
        if (at < 0) return null;
        String[] before = text.substring(0, at).strip().split("\\s+");
        // the word just before the family name ("Ana" in "Commander Ana Brisk"), unless it is a title ("Commander Brisk")
        String w = before[before.length - 1];
        if (!w.matches("\\p{Lu}[\\p{L}'’]*") || TITLES.contains(w.toLowerCase(java.util.Locale.ROOT).replace(".", ""))) return null;
        return w;
    }

    /** Words before a family name that are a title or rank, not a given name. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
            "lord", "lady", "president", "minister", "commander", "captain", "capt", "general", "gen", "colonel", "col", "major", "maj",
            "lieutenant", "lt", "sergeant", "sgt", "officer", "detective", "judge", "justice", "senator", "sen", "governor", "gov", "mayor",
            "chief", "inspector", "constable", "father", "sister", "brother", "rev", "reverend", "king", "queen", "prince", "princess",
            "coach", "manager", "director", "chairman", "secretary", "ambassador", "admiral", "pilot", "astronaut");

    Comparison.FactValue value() {
        return new Comparison.FactValue(text, normalised, start, end, sentenceStart, sentenceEnd);
    }
}
