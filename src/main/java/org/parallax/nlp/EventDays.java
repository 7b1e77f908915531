package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * A day named after the event held on it, where the text gives the event's day: "polling day is 16 April", "The country
 * will go to the polls on Thursday 25 May", "due to launch on 14 July", "on Thursday, deadline day,", "Opening night, on 12
 * June". Every later naming of that day ("polling day", "launch day") takes it; "the eve of polling day" and "the day
 * before polling day" take the day before, "the day after polling day" the day after. Without a given day, or where the
 * text gives the same kind of event two different days, nothing changes. Stateless.
 */
final class EventDays {

    private EventDays() {
    }

    /** The value these mentions carry: the offset of the day mention that gives the event's day, then the shift in days. */
    static final String VALUE = "EVENT_DAY@";
    /** A day named after its event, with "the eve of" / "the day before" / "the day after" before it. */
    private static final Pattern NAMED = Pattern.compile("(?:\\b(the\\s+(?:eve\\s+of|day\\s+before|day\\s+after))\\s+)?"
            + "\\b(?:(polling|election|voting)\\s+day|(launch)\\s+day|(?:transfer\\s+)?(deadline)\\s+day"
            + "|(?:(?:A-level|GCSE|exam)\\s+)?(results)\\s+day|(opening)\\s+(?:night|day)"
            + "|the\\s+day\\s+of\\s+the\\s+(?:(vote|election|poll|ballot)|(launch)))\\b", Pattern.CASE_INSENSITIVE);
    /** Between the event's name and its day: "is", "falls on", "is fixed for", ", on", "next summer falls on". */
    private static final Pattern GIVES_AFTER = Pattern.compile("^(?:\\s+(?:is|was|falls|fell|will\\s+(?:be|fall))"
            + "(?:\\s+(?:on|(?:fixed|set|scheduled|due)\\s+(?:for|on)))?\\s+|\\s+(?:is\\s+|was\\s+)?(?:fixed|set|scheduled)\\s+for\\s+"
            + "|,\\s+(?:on\\s+)?|\\s+[^,.;:\\d]{1,30}\\s+(?:falls|fell|is|was)\\s+on\\s+)$", Pattern.CASE_INSENSITIVE);
    /** Between a day and the event's name after it: "on Thursday, deadline day," (the name then ends its clause). */
    private static final Pattern GIVES_BEFORE = Pattern.compile("^,\\s+$");
    private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:[,.;:)!?]|$)");
    /** Words that give an event's day without its name, keyed as the names are: "go to the polls on". */
    private static final Map<String, Pattern> VERBS = Map.of(
            "poll", Pattern.compile("\\b(?:(?:go|goes|went|will\\s+go|going)\\s+to\\s+the\\s+polls|(?:election|vote|poll|referendum|ballot)"
                    + "\\s+(?:will\\s+be|is\\s+to\\s+be|is\\s+being|was|is)\\s+held)\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE),
            "launch", Pattern.compile("\\b(?:(?:due|set|scheduled|planned|expected)\\s+to\\s+launch|will\\s+launch|the\\s+launch,?\\s+"
                    + "(?:is\\s+)?(?:set|scheduled|planned|due)(?:\\s+for)?)\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE));
    private static final Pattern DAY_VALUE = Pattern.compile("^(?:(?:\\d{4}|XXXX)-\\d{2}-\\d{2}|(?:\\d{4}|XXXX)-W(?:\\d{2}|XX)-\\d)(?:T.*)?$");

    /** The mentions with each event's day the text gives added, over the date mentions inside its words. */
    static List<RawMention> added(String text, List<RawMention> dates) {
        Map<String, RawMention> given = new HashMap<>();
        Set<String> torn = new HashSet<>();
        Matcher n = NAMED.matcher(text);
        while (n.find()) {
            if (n.group(1) != null) continue; // "the eve of polling day" names another day
            for (RawMention d : dates) {
                if (!isDay(d)) continue;
                boolean after = d.start() >= n.end() && d.start() - n.end() <= 40 && GIVES_AFTER.matcher(text.substring(n.end(), d.start())).matches();
                boolean before = d.end() <= n.start() && GIVES_BEFORE.matcher(text.substring(d.end(), n.start())).matches()
                        && CLAUSE_END.matcher(text.substring(n.end())).find();
                if (after || before) {
                    give(given, torn, key(n), d);
                    break;
                }
            }
        }
        for (RawMention d : dates) {
            if (!isDay(d)) continue;
            String lead = text.substring(Math.max(0, d.start() - 60), d.start());
            for (Map.Entry<String, Pattern> v : VERBS.entrySet()) {
                if (v.getValue().matcher(lead).find()) give(given, torn, v.getKey(), d);
            }
        }
        given.keySet().removeAll(torn);
        if (given.isEmpty()) return dates;
        List<RawMention> out = new ArrayList<>(dates);
        n = NAMED.matcher(text);
        while (n.find()) {
            RawMention day = given.get(key(n));
            if (day == null) continue;
            int end = n.end();
            int start = clockBefore(text, out, n.start(), end); // "5pm on the day before polling day": the clock joins the day
            // a mention that reaches outside the day's words is left to itself
            if (out.stream().anyMatch(m -> m.start() < end && start < m.end() && (m.start() < start || m.end() > end))) continue;
            out.removeIf(m -> m.start() >= start && m.end() <= end);
            int shift = n.group(1) == null ? 0 : n.group(1).toLowerCase(Locale.ROOT).endsWith("after") ? 1 : -1;
            out.add(new RawMention(start, end, text.substring(start, end), EntityType.DATE, "DATE", "DATE", VALUE + day.start() + "@" + shift));
        }
        out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    /** A day given as written: a weekday or a month in its words, not a clock alone ("set for 10.05pm local time"). */
    private static final Pattern WRITTEN_DAY = Pattern.compile("\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?"
            + "|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b");
    /** A clock SUTime joined to the first words of a named day ("5pm on the day before" polling day), or just before it. */
    private static final Pattern CLOCK_ON = Pattern.compile("^(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|noon|midnight)"
            + "\\s+on\\s+$", Pattern.CASE_INSENSITIVE);

    private static boolean isDay(RawMention d) {
        return d.type() == EntityType.DATE && d.timexValue() != null && DAY_VALUE.matcher(d.timexValue()).matches()
                && WRITTEN_DAY.matcher(d.text()).find();
    }

    /** The start of a clock put on the named day ("at midnight on the eve of polling day"), or the named day's own start. */
    private static int clockBefore(String text, List<RawMention> out, int start, int end) {
        for (RawMention m : out) {
            if (m.start() < start && m.end() >= start - 4 && m.end() <= end && CLOCK_ON.matcher(text.substring(m.start(), start)).matches()) {
                return m.start();
            }
        }
        return start;
    }

    /** Records the day given to an event; a second, different day makes the event's day unknown. */
    private static void give(Map<String, RawMention> given, Set<String> torn, String key, RawMention day) {
        RawMention had = given.putIfAbsent(key, day);
        if (had != null && had.start() != day.start() && !dayOf(had).equals(dayOf(day))) torn.add(key);
    }

    /** The day a value names without its year or clock: "2037-04-16T10:00" and "XXXX-04-16" name the same day. */
    private static String dayOf(RawMention d) {
        return d.timexValue().replaceFirst("T.*$", "").replaceFirst("^(?:\\d{4}|XXXX)-", "");
    }

    private static String key(Matcher n) {
        if (n.group(2) != null || n.group(7) != null) return "poll";
        if (n.group(3) != null || n.group(8) != null) return "launch";
        if (n.group(4) != null) return "deadline";
        if (n.group(5) != null) return "results";
        return "opening";
    }

    /**
     * Each added day with the resolved day that gives it, shifted; the rest as they are. Not where its sentence writes a
     * date of another year: "The last time Rovers bought a striker on deadline day was in 2031" is another deadline day.
     */
    static List<ResolvedDate> placed(String text, List<RawMention> mentions, List<ResolvedDate> dates) {
        Map<Integer, String> dayAt = new HashMap<>();
        for (RawMention m : mentions) {
            if (m.timexValue() != null && m.timexValue().startsWith(VALUE)) dayAt.put(m.start(), m.timexValue().substring(VALUE.length()));
        }
        if (dayAt.isEmpty()) return dates;
        List<ResolvedDate> out = new ArrayList<>(dates);
        for (int i = 0; i < out.size(); i++) {
            ResolvedDate named = out.get(i);
            String spec = dayAt.get(named.start());
            if (spec == null) continue;
            int at = Integer.parseInt(spec.substring(0, spec.indexOf('@')));
            int shift = Integer.parseInt(spec.substring(spec.indexOf('@') + 1));
            for (ResolvedDate d : dates) {
                DateRange r = d.range();
                if (d.start() <= at && at < d.end() && r != null && r.precision() == DatePrecision.DAY && r.start().equals(r.end())
                        && !otherYearInSentence(text, named, r.start().getYear(), dates)) {
                    out.set(i, new ResolvedDate(named.start(), named.end(), named.text(), DateRange.day(r.start().plusDays(shift)), false));
                    break;
                }
            }
        }
        return out;
    }

    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b");

    /** Whether the named day's sentence holds a date written with its year, wholly in another year than the given day's. */
    private static boolean otherYearInSentence(String text, ResolvedDate named, int year, List<ResolvedDate> dates) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", named.start()), text.lastIndexOf('\n', named.start())), 0);
        int to = text.indexOf(". ", named.end());
        int line = text.indexOf('\n', named.end());
        if (to < 0 || line >= 0 && line < to) to = line < 0 ? text.length() : line;
        for (ResolvedDate d : dates) {
            DateRange r = d.range();
            if (d.start() >= from && d.end() <= to && r != null && WRITTEN_YEAR.matcher(d.text()).find()
                    && (r.end().getYear() < year || r.start().getYear() > year)) {
                return true;
            }
        }
        return false;
    }
}
