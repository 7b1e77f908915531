package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ages of people in one sentence, for {@link FactExtractor}: named people ("Simpson, 27," / "26-year-old Christopher
 * Kenyon Simpson" / "Peterson, a 32-year-old salesman"), unnamed people by their noun ("a 27-year-old man", "a man of 64") and
 * people the story named before ("the 58-year-old"). Pure and stateless.
 */
final class AgeFacts {
    private static final String NOUNS = String.join("|", FactExtractor.unnamedAgeNouns());
    private static final String UNNAMED_AGE = FactExtractor.UNNAMED_AGE;
    private static final String DEFINITE_AGE = FactExtractor.DEFINITE_AGE;
    private static final String NAME = "((?:[A-Z][\\w'’.-]*\\s+){0,3}[A-Z][\\w'’-]+)";
    /** An age in digits or words ("27", "Sixty", "sixty-one") before "-year-old". */
    private static final String YEARS = "\\d{1,3}|(?i:" + FactExtractor.WORDNUM + ")";
    private static final Pattern AGE_BEFORE = Pattern.compile("(?<!then-\\s?)(?<!then\\s)\\b(" + YEARS + ")-year-old\\s+(?:(?:[a-z]+\\s+){0,2})?" + NAME
            + "(?=\\s*([,.;)]|$|\\s[a-z]))");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Pattern AGE_AFTER = Pattern.compile("\\b" + NAME + ",\\s+(?:aged?\\s+|who\\s+(?:is|was)\\s+)?(\\d{1,3})(?:,|(?=\\.?\\s*$))");
    /** "one man, aged 71,", "A woman, aged 67,", "The suspect, 35,": the age of an unnamed person after the noun. */
    private static final Pattern AGE_UNNAMED_AFTER = Pattern.compile("(?i)(?<![\\w-])(?:an?|one|the)\\s+("
            + NOUNS + "),\\s+(?:aged?\\s+)?(\\d{1,3})(?:,|(?=\\.?\\s*$))");
    /** "a man of 81", "a woman aged 67": the age of an unnamed person after the noun, with no comma. */
    static final Pattern AGE_UNNAMED_OF = Pattern.compile("(?i)(?<![\\w-])(?:an?|one|the)\\s+(?:(?-i:[A-Z][a-z]+)\\s+)?("
            + NOUNS + ")\\s+(aged?|of)\\s+(\\d{1,3}|" + FactExtractor.WORDNUM + ")\\b(?![.,]\\d|\\s*-|\\s*(?:%|percent|per\\s+cent"
            + "|(?:year|month|week|day)s?\\b"
            + "|kg\\b"
            + "|kilo|pounds?\\b|lbs?\\b|st\\b|stone\\b|cm\\b|feet\\b|ft\\b|metres?\\b"
            + "|meters?\\b|km\\b|miles?\\b|tonnes?\\b|tons?\\b|million|billion))");
    /** "the 58-year-old", "The 23-year-old Norway forward": a person the story has named, told again by age. */
    private static final Pattern AGE_DEFINITE = Pattern.compile("(?<![\\w-])[Tt]he\\s+(" + YEARS + ")-year-old\\b");
    /** "Peterson, a 32-year-old fertilizer salesman": the age of the named person before the comma. */
    private static final Pattern AGE_APPOSITION = Pattern.compile("\\b" + NAME + ",\\s+an?\\s+(" + YEARS + ")-year-old\\b");
    /** "a 27-year-old man", "a 60-year-old, terminally ill woman": the age of a person the sentence does not name. */
    private static final Pattern AGE_UNNAMED = Pattern.compile("(?i)(?<![\\w-])an?\\s+(" + YEARS + ")-year-old,?\\s+(?:[\\w-]+,?\\s+){0,3}?("
            + NOUNS + ")\\b");
    /**
     * "The last to emerge, a 24-year-old, reached the surface": an age with no noun, in apposition or before a verb, the age of
     * a person the sentence does not name (kind "age of a person", which {@link PersonAges} lets meet any one noun).
     */
    private static final Pattern AGE_BARE = Pattern.compile("(?i)(?<![\\w-])an?\\s+(" + YEARS + ")-year-old(?=\\s*,|\\s+(?:was|is|had|has|who|died)\\b)");
    /** A person noun right after "the 51-year-old" ("driver", "local man"), not followed by a name. */
    private static final Pattern ROLE_AFTER_AGE = Pattern.compile("\\s+(?:[a-z]+\\s+)?(" + NOUNS + ")\\b(?!\\s+[A-Z])");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s*[,\u2013\u2014-]\\s*" + NAME + "\\s*(?=[,\u2013\u2014-])");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "from", "near", "of", "outside", "inside", "across",
            "to", "into", "by", "after", "before", "since", "during");
    private static final Set<String> OPENING_ADVERBS = Set.of("meanwhile", "yesterday", "today", "tonight", "earlier", "later", "however",
            "also", "separately", "now", "then", "still", "overnight", "elsewhere", "instead", "first", "finally", "afterwards", "nearby",
            "there", "here", "again", "too", "police", "officials", "authorities");


    private AgeFacts() {
    }

    static void ages(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = AGE_BEFORE.matcher(s);
        while (m.find()) age(s, m.group(2), m.group(1), m.start(), m.end(2), true, base, sentEnd, out);
        Matcher a = AGE_AFTER.matcher(s);
        while (a.find()) age(s, a.group(1), a.group(2), a.start(), a.end(), false, base, sentEnd, out);
        Matcher p = AGE_APPOSITION.matcher(s);
        while (p.find()) {
            // "In Boston, a 27-year-old man", "Meanwhile, a ...": a place or an adverb before the comma, not the person
            String before = FactExtractor.wordBefore(s, p.start());
            String name = p.group(1).strip().toLowerCase(Locale.ROOT), first = name.split("\\s+")[0];
            if (before != null && PLACE_PREPOSITIONS.contains(before) || PLACE_PREPOSITIONS.contains(first) || OPENING_ADVERBS.contains(name)
                    || name.matches("[a-z]+ly")) {
                continue;
            }
            age(s, p.group(1), p.group(2), p.start(), p.end(), false, base, sentEnd, out);
        }
        Matcher u = AGE_UNNAMED.matcher(s);
        while (u.find()) {
            int start = base + u.start(), end = base + u.end();
            if (out.stream().anyMatch(f -> f.kind().startsWith("age of ") && f.start() < end && start < f.end())) continue;
            double v = years(u.group(1));
            if (v < 0) continue;
            String noun = AgeAppositions.noun(s, u.start(), u.group(2).toLowerCase(Locale.ROOT));
            // "a 15-year-old boy, Alexandros Grigoropoulos," / "a 61-year-old man - Eric Kirkpatrick -": named after all
            Matcher named = NAME_AFTER.matcher(s).region(u.end(), s.length());
            if (named.lookingAt()) {
                String[] parts = named.group(1).strip().split("\\s+");
                String last = parts[parts.length - 1];
                if (parts.length >= 2 && !NOT_NAMES.contains(last.toLowerCase(Locale.ROOT))) {
                    out.add(new Fact("age of " + last, v, v, s.substring(u.start(), u.end() + named.end(1) - u.end()).strip(), u.group(1),
                            start, base + named.end(1), base, sentEnd));
                    continue;
                }
            }
            out.add(new Fact(UNNAMED_AGE + (noun.matches("[aeiou].*") ? "n " : " ") + noun, v, v, u.group().strip(), u.group(1), start, end,
                    base, sentEnd));
        }
        Matcher ua = AGE_UNNAMED_AFTER.matcher(s);
        while (ua.find()) {
            int start = base + ua.start(), end = base + ua.end();
            if (out.stream().anyMatch(f -> f.kind().startsWith("age of ") && f.start() < end && start < f.end())) continue;
            String noun = ua.group(1).toLowerCase(Locale.ROOT);
            double v = years(ua.group(2));
            out.add(new Fact(UNNAMED_AGE + (noun.matches("[aeiou].*") ? "n " : " ") + noun, v, v, ua.group().replaceFirst(",$", "").strip(),
                    ua.group(2), start, end, base, sentEnd));
        }
        Matcher bare = AGE_BARE.matcher(s);
        while (bare.find()) {
            int start = base + bare.start(), end = base + bare.end();
            double v = years(bare.group(1));
            if (v < 0 || out.stream().anyMatch(f -> f.kind().startsWith("age of ") && f.start() < end && start < f.end())) continue;
            out.add(new Fact(PersonAges.BARE, v, v, bare.group().strip(), bare.group(1), start, end, base, sentEnd));
        }
        agesOf(s, base, sentEnd, out);
        agesDefinite(s, base, sentEnd, out, AGE_DEFINITE.matcher(s));
        // "Roos died in 1937, aged 61." / "The artist died at the age of 62": the age of the person the sentence is about
        Matcher c = AGE_CLAUSE.matcher(s);
        while (c.find()) {
            int start = base + c.start(), end = base + c.end();
            double v = years(c.group(1));
            if (v < 0 || out.stream().anyMatch(f -> f.kind().startsWith("age of ") && f.start() < end && start < f.end())) continue;
            String kind = DEFINITE_AGE;
            if (c.group().startsWith(",")) {
                // "The driver of the truck, aged 56,": the noun's; "One of them, aged 19," tells no one the sentence is about
                Matcher noun = NOUN_BEFORE_AGE.matcher(s.substring(0, c.start()));
                if (noun.find()) kind = UNNAMED_AGE + (noun.group(1).toLowerCase(Locale.ROOT).matches("[aeiou].*") ? "n " : " ")
                        + noun.group(1).toLowerCase(Locale.ROOT);
                // "One of them, aged 19," is one person with no noun, as "The youngest of the survivors, a 19-year-old,"
                else if (ONE_OF_THEM.matcher(s.substring(0, c.start())).find()) kind = PersonAges.BARE;
                else if (!CLAUSE_VERB.matcher(s.substring(0, c.start())).find()) continue;
            }
            out.add(new Fact(kind, v, v, c.group().replaceFirst("^,\\s*", "").strip(), c.group(1), start, end, base, sentEnd));
        }
    }

    private static final Pattern NOUN_BEFORE_AGE = Pattern.compile("(?i)\\b(?:the|an?|one)\\s+(?:[a-z-]+\\s+)?(" + NOUNS
            + ")(?:\\s+of\\s+(?:the|an?)\\s+[a-z]+)?$");
    private static final Pattern ONE_OF_THEM = Pattern.compile("(?i)(?:^|[,;:]\\s*)(?:just\\s+|only\\s+)?one\\s+of\\s+them$");
    private static final Pattern CLAUSE_VERB = Pattern.compile("\\b(?:died|dies|was|is|were|had|has|[a-z]{3,}ed)\\b");
    /** ", aged 61" after a clause, or "at the age of 62": one person's age, not a list ("aged 41 and 38") or a span. */
    private static final Pattern AGE_CLAUSE = Pattern.compile("(?i)(?:,\\s+aged|\\bat\\s+the\\s+age\\s+of)\\s+(\\d{1,3}|" + FactExtractor.WORDNUM + ")\\b"
            + "(?![.,]\\d|\\s*-|\\s+(?:and|to|or|years?|months?)\\b)");

    /** "a man of 64", "a boy of eight": an unnamed person's age after the noun, in digits or words. */
    static void agesOf(String s, int base, int sentEnd, List<Fact> out) {
        Matcher uo = AGE_UNNAMED_OF.matcher(s);
        while (uo.find()) {
            int start = base + uo.start(), end = base + uo.end();
            if (!PeopleCounts.isAgeOf(uo) || out.stream().anyMatch(f -> f.kind().startsWith("age of ") && f.start() < end && start < f.end())) continue;
            String noun = uo.group(1).toLowerCase(Locale.ROOT);
            out.add(new Fact(UNNAMED_AGE + (noun.matches("[aeiou].*") ? "n " : " ") + noun, years(uo.group(3)), years(uo.group(3)), uo.group().strip(),
                    NumberWords.format(years(uo.group(3))), start, end, base, sentEnd));
        }
    }

    private static void agesDefinite(String s, int base, int sentEnd, List<Fact> out, Matcher d) {
        while (d.find()) {
            int start = base + d.start(), end = base + d.end();
            if (out.stream().anyMatch(f -> f.kind().startsWith("age of ") && f.start() < end && start < f.end())) continue;
            double v = years(d.group(1));
            if (v < 0) continue;
            if (ThingAges.thing(s, d.end(), v)) {
                // "the nine-year-old gelding": the unnamed age of the thing, no named person's
                String thing = ThingAges.noun(s, d.end());
                if (thing != null) out.add(new Fact(UNNAMED_AGE + (thing.matches("[aeiou].*") ? "n " : " ") + thing, v, v, d.group().strip(),
                        d.group(1), start, end, base, sentEnd));
                continue;
            }
            // "the 51-year-old driver": a person told by a role noun, as "a 51-year-old driver" or "The driver, aged 52,"
            Matcher noun = ROLE_AFTER_AGE.matcher(s).region(d.end(), s.length());
            if (noun.lookingAt()) {
                String n = noun.group(1).toLowerCase(Locale.ROOT);
                out.add(new Fact(UNNAMED_AGE + (n.matches("[aeiou].*") ? "n " : " ") + n, v, v, s.substring(d.start(), noun.end()).strip(), d.group(1),
                        start, base + noun.end(), base, sentEnd));
                continue;
            }
            out.add(new Fact(DEFINITE_AGE, v, v, d.group().strip(), d.group(1), start, end, base, sentEnd));
        }
    }

    /** What follows a lone name that is a name and not an adjective: the end of the clause or of the sentence. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("(?s)\\s*[,.;)].*|\\s*");
    /** Text that ends with "a" or "an": the word after it takes an article, so it is no name. */
    private static final Pattern ARTICLE_ENDS = Pattern.compile("(?i)(?:^|\\W)an?\\s+$");

    private static void age(String s, String name, String years, int start, int end, boolean before, int base, int sentEnd, List<Fact> out) {
        String[] parts = name.strip().split("\\s+");
        String last = parts[parts.length - 1].replaceAll("['’]s?$", "");
        if (NOT_NAMES.contains(last.toLowerCase(Locale.ROOT)) || before && AgeAppositions.placeBefore(s, name, end)) return;
        // a lone capitalised word before a noun is an adjective ("36-year-old Australian climber"), not a name
        if (before && parts.length < 2 && !CLAUSE_ENDS.matcher(s.substring(end)).matches()) return;
        // "The captain, a 52-year-old Dallian,": a name takes no article, so the word is what the person is (a nationality)
        if (before && parts.length < 2 && ARTICLE_ENDS.matcher(s.substring(0, start)).find()) {
            double v = years(years);
            String noun = last.toLowerCase(Locale.ROOT);
            if (v >= 0) out.add(new Fact(UNNAMED_AGE + (noun.matches("[aeiou].*") ? "n " : " ") + noun, v, v, s.substring(start, end).strip(), years,
                    base + start, base + end, base, sentEnd));
            return;
        }
        if (!Character.isUpperCase(last.charAt(0)) || last.length() < 2) return;
        double v = years(years);
        // "160-year-old Hollin Head lighthouse": a thing's age
        if (v < 0 || before && ThingAges.thing(s, end, v)) return;
        out.add(new Fact("age of " + last, v, v, s.substring(start, end).strip(), years, base + start, base + end, base, sentEnd));
    }

    static double years(String written) {
        return NumberWords.parse(written.replace('-', ' ')).orElse(-1);
    }
}
