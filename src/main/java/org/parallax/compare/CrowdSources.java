package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a crowd as one source gives it: "Police put the crowd at 8,000 people", "Organisers said 25,000 had taken
 * part", "Organisers claimed 30,000 protesters, while police said there were 8,000". Each source's figure is a fact of its
 * own, kind {@link #KIND} and the source ("crowd according to the police"): two sources' figures are no conflict between two
 * outlets that each give one source, while the same source's figures that differ are one. A number is a crowd when its
 * clause (the words between commas, semicolons, "and", "while" or "but") names the source and the sentence speaks of a crowd
 * or of people taking part. Each article gives a source's figure once as a rule, so two are compared however the sentences
 * are worded. Pure.
 */
final class CrowdSources {
    /** The kind prefix: "crowd according to the police". */
    static final String KIND = "crowd according to the ";

    private static final Pattern SOURCE = Pattern.compile("(?i)\\b(?:the\\s+)?(police|organi[sz]ers|unions?|authorities|city\\s+hall)\\b");
    private static final Pattern CROWD_HINT = Pattern.compile("(?i)\\bcrowds?\\b|\\b(?:took|taken|taking|take)\\s+part\\b|\\bprotesters\\b"
            + "|\\bdemonstrators\\b|\\bmarchers\\b|\\bturned\\s+out\\b|\\bturnout\\b|\\bparticipants\\b|\\battended\\b|\\bmarched\\b|\\brall(?:y|ied)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]|\\s(?:and|while|whereas|but)\\s");
    /** A number of a hundred or more in digits, with its hedge; not a sum, a rate, a decimal or a year. */
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:(" + FactExtractor.QUAL + ")\\s+)?(?<![\\w.,$€£-])(\\d{1,3}(?:,\\d{3})+|\\d{3,})"
            + "(?![\\w%-]|[.,]\\d)");
    /** A plural noun right after the number: only people make a crowd ("1,100 tractors" is none). */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?:[a-z-]+\\s+)?([a-z]+s)\\b");
    private static final Pattern PEOPLE = Pattern.compile("people|persons|protesters|demonstrators|marchers|participants|supporters|farmers"
            + "|workers|fans|spectators|students|residents|citizens|teachers|nurses|doctors|pensioners|women|men");

    private CrowdSources() {
    }

    /** Whether {@code low} (a lower-cased sentence) may give a crowd by its source: a cheap check before {@link #find}. */
    static boolean mayHold(String low) {
        return (low.contains("police") || low.contains("organi") || low.contains("union") || low.contains("authorities") || low.contains("city hall"))
                && CROWD_HINT.matcher(low).find();
    }

    /** Adds the crowds of {@code s} (which starts at {@code base}) told by a source, over facts already found there. */
    static void find(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String digits = m.group(2).replace(",", "");
            if (digits.length() == 4 && m.group(2).indexOf(',') < 0 && (digits.startsWith("19") || digits.startsWith("20"))) continue;
            Matcher noun = NOUN_AFTER.matcher(s).region(m.end(), s.length());
            if (noun.lookingAt() && !PEOPLE.matcher(noun.group(1).toLowerCase(Locale.ROOT)).matches()) continue;
            int from = 0;
            Matcher before = CLAUSE_END.matcher(s.substring(0, m.start(2)));
            while (before.find()) from = before.end();
            Matcher after = CLAUSE_END.matcher(s);
            int to = after.find(m.end()) ? after.start() : s.length();
            Matcher src = SOURCE.matcher(s.substring(from, to));
            if (!src.find()) continue;
            String source = src.group(1).toLowerCase(Locale.ROOT).replace("organizers", "organisers").replaceAll("\\s+", " ");
            if (source.equals("union")) source = "unions";
            OptionalDouble v = NumberWords.parse(m.group(2));
            if (v.isEmpty()) continue;
            FactExtractor.Range r = FactExtractor.range(m.group(1), v.getAsDouble(), 1, 1);
            int start = base + m.start(), end = base + m.end();
            // the crowd takes the number's place: a count of people or things on the same words is the same figure
            out.removeIf(f -> f.start() < end && start < f.end());
            out.add(new Fact(KIND + source, r.lo(), r.hi(), m.group().strip(), r.norm(), start, end, base, sentEnd));
        }
    }

    /** Whether {@code f} is a crowd told by its source. */
    static boolean is(Fact f) {
        return f.kind().startsWith(KIND);
    }
}
