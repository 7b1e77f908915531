package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link FactExtractor} needs around a number of people besides the state words: ages told after the noun ("a man
 * of 64 remains missing": one man, aged 64, not 64 missing), ages between commas after the noun counted ("Five men, aged
 * between 29 and 54, were arrested") and people a rescuer brings out ("Rescuers pulled 205 people from the water"). Pure.
 */
final class PeopleCounts {
    private PeopleCounts() {
    }

    /** ", aged 41 and 38,", ", aged between 29 and 54,", ", 35,": ages between commas after the noun of people counted. */
    static final Pattern APPOSITION_AGES = Pattern.compile("(?i)\\s+((?:[a-z][\\w-]*\\s+)?[a-z][\\w-]*),\\s+(?:aged?\\s+)?(?:between\\s+)?"
            + "\\d{1,3}(?:\\s*(?:,|and|to|-)\\s*\\d{1,3})*,");
    private static final String QUAL = "at least|more than|over|nearly|almost|about|around|some|an estimated|up to|as many as";
    /**
     * Rescuers, then a verb of bringing out, right before the number: "Rescuers pulled 168 survivors from the sea", "Rescue
     * teams plucked 57 people from rooftops", "Rescuers on Wednesday brought 23 miners to the surface", "Rescue teams have so far
     * brought out 11 survivors", "Firefighters freed 120 people from lifts" (not "Rescuers found
     * 12 bodies", "are still looking for three workers").
     */
    private static final Pattern RESCUER_BEFORE = Pattern.compile("(?i)(?:^|[,;:]\\s+|\\band\\s+)(?:the\\s+)?(?:rescuers|rescue\\s+(?:teams|workers"
            + "|crews|services|boats|divers)|coast\\s?guards?|lifeboats?(?:\\s+crews)?|(?:fire|emergency|lifeboat)\\s+crews|divers|helicopters"
            + "|firefighters|firemen)\\s+(?:[\\w-]+\\s+){0,3}?(?:pulled|plucked|brought|lifted|airlifted|winched|freed|saved|hauled|carried|dragged|took"
            + "|led|guided|got)\\s+(?:(?:out|up|free|back)\\s+)?"
            + "(?:(?:" + QUAL + ")\\s+)?$");
    /** The people a rescuer brings out, named right after the number ("57 people", "168 survivors", "23 trapped miners"). */
    private static final Pattern RESCUED_PEOPLE = Pattern.compile("(?i)\\s+(?:[a-z][\\w-]*\\s+)?(?:(?:" + String.join("|", FactExtractor.personNouns())
            + ")s?|people|men|women|children|survivors|miners|fishermen|crew|tourists|patients|residents)\\b");

    /**
     * A noun of people, a participle and a few words, then the state: "miners trapped underground for 42 hours were
     * rescued", "passengers stranded on the roof were evacuated". No comma in between, so no other clause.
     */
    static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)\\s+(?:[a-z][\\w-]*\\s+)?(?:(?:" + String.join("|", FactExtractor.personNouns())
            + ")s?|people|men|women|children|survivors|miners|fishermen|crew|tourists|patients|residents)\\s+[a-z]+ed\\s+(?:[\\w-]+\\s+){0,5}?"
            + "(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+(rescued|evacuated|arrested|detained|killed|injured|hospitalised|hospitalized)\\b");

    /**
     * A state verb in the active voice with a number of people as its object, within a few words after a number: "two merchant
     * ships rescued 96 people", "Three gunmen killed 14 villagers". The number before is its subject, not people in that state.
     */
    private static final Pattern ACTIVE_STATE = Pattern.compile("(?i)\\s+(?:[a-z][\\w-]*\\s+){0,3}?(?:rescued|saved|killed|injured|wounded|evacuated"
            + "|arrested|detained)\\s+(?:(?:" + QUAL + ")\\s+)?(?:\\d[\\d,]*|" + FactExtractor.WORDNUM + ")" + "(?:\\s+(?:[a-z][\\w-]*\\s+)?(?:(?:"
            + String.join("|", FactExtractor.personNouns()) + ")s?|people|men|women|children|survivors|villagers|migrants|passengers))\\b");

    /** Whether the number ending at {@code end} is the subject of a state verb whose object is a number of people. */
    /** "forced the evacuation of about 2,000 residents": the people an evacuation moved are evacuated. */
    private static final Pattern EVACUATION_OF = Pattern.compile("(?i)\\bevacuations?\\s+of\\s+(?:(?:" + FactExtractor.QUAL + ")\\s+)?$");

    /** Whether "the evacuation of" stands right before the number that starts at {@code start}. */
    static boolean evacuationOf(String s, int start) {
        return EVACUATION_OF.matcher(s.substring(0, start)).find();
    }

    /** A unit of measure right after a number ("40 tonnes of dead fish", "3,000 litres of"): a measure, not a count of the dead. */
    private static final Pattern MEASURE_AFTER = Pattern.compile("(?i)\\s*-?\\s*(?:tonnes?|tons?|kilo(?:gram(?:me)?)?s?|kg|pounds|lbs?|litres?|liters?"
            + "|gallons?|barrels?|hectares?|acres?|cubic"
            // a length: "living within 400 metres were told to leave" counts no one (issue 16, set 17)
            + "|metres?|meters?|kilomet(?:re|er)s?|km|miles?|feet|foot|ft|yards?)\\b");

    /**
     * People and where they live before their state: " residents living within 400 metres", " people who live near the site"; the
     * place is up to four words before a verb of the state's clause.
     */
    static final Pattern PEOPLE_LIVING = Pattern.compile("\\s+((?:[a-z][\\w-]*\\s+)?[a-z]+)\\s+(?:living|who\\s+live|who\\s+lived)\\s+"
            + "(?:within|near|close\\s+to|next\\s+to|around|beside|in)\\s+(?:[\\w,.'’-]+\\s+){0,3}?[\\w'’-]+(?=\\s+(?:were|was|had|have|has|are))");

    /** Whether a unit of measure follows the number that ends at {@code end}: what the number counts is no people. */
    static boolean measure(String s, int end) {
        return MEASURE_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    static boolean subjectOfActiveState(String s, int end) {
        return ACTIVE_STATE.matcher(s).region(end, s.length()).lookingAt();
    }

    /** Whether the number at {@code s[start, end)} counts people a rescuer brought out. */
    static boolean rescued(String s, int start, int end) {
        String before = s.substring(0, start).toLowerCase(java.util.Locale.ROOT);
        // a cheap word check first: most sentences name no rescuer
        if (!before.contains("rescue") && !before.contains("guard") && !before.contains("lifeboat") && !before.contains("crews")
                && !before.contains("divers") && !before.contains("helicopters") && !before.contains("fire")) {
            return false;
        }
        return RESCUER_BEFORE.matcher(s.substring(0, start)).find() && RESCUED_PEOPLE.matcher(s).region(end, s.length()).lookingAt();
    }

    /**
     * Whether a match of FactExtractor's unnamed age after the noun (group 1 the noun, 2 "aged" or "of", 3 the number) is an
     * age, 1 to 120: "a boy of eight", "a man of 64", not "a mother of two" or "a member of three boards".
     */
    static boolean isAgeOf(Matcher m) {
        double v = AgeFacts.years(m.group(3));
        return v >= 1 && v <= 120 && !(m.group(2).equalsIgnoreCase("of") && m.group(1).matches("(?i)mother|father|member|son|daughter|wife|husband"));
    }

    /** The spans of the unnamed ages told after the noun ("a man of 64", "a boy of eight", "one woman aged 67"). */
    static List<int[]> agesOf(String s, Pattern ageOf) {
        List<int[]> out = new ArrayList<>();
        if (!s.contains(" of ") && !s.contains(" age")) return out;
        Matcher m = ageOf.matcher(s);
        while (m.find()) if (isAgeOf(m)) out.add(new int[] {m.start(), m.end()});
        return out;
    }
}
