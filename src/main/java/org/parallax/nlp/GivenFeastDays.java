package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * A feast of a lunar calendar whose day the text itself gives: "Chinese New Year falls on 28 January", "Diwali is on 19
 * October", "Rosh Hashanah begins on 21 September and Yom Kippur ten days later, on 1 October", "Vaisakhi, on 14 April,".
 * The Gregorian calendar alone cannot place such a feast, so it stays no date unless the text says; when it does, the
 * feast is added as a date mention (over whatever SUTime made of its words, such as "New Year") and every naming of the
 * same feast in the text, the headline's too, takes the day as the resolver places it. Stateless.
 */
final class GivenFeastDays {

    private GivenFeastDays() {
    }

    /** The value these mentions carry, followed by the offset of the day mention that gives the feast's day. */
    static final String VALUE = "GIVEN_FEAST@";
    private static final Pattern FEAST = Pattern.compile("\\b(?:(?:Chinese|Lunar)\\s+New\\s+Year|Diwali|Deepavali|Yom\\s+Kippur"
            + "|Rosh\\s+Hashanah|Eid\\s+al-(?:Fitr|Adha)|Holi|Vaisakhi|Baisakhi)\\b");
    /** Between the feast's name and its day: "falls on", "is on", "ten days later, on", ", on". */
    private static final Pattern GIVES = Pattern.compile("^(?:\\s+(?:is|falls|fell|was|will\\s+(?:be|fall))(?:\\s+on)?\\s+"
            + "|\\s+[^,.;:\\d]{1,30},\\s+on\\s+|,\\s+on\\s+)$");
    private static final Pattern DAY_VALUE = Pattern.compile("^(?:\\d{4}|XXXX)-\\d{2}-\\d{2}$");

    /** The mentions with each feast whose day the text gives added, over the date mentions inside its words. */
    static List<RawMention> added(String text, List<RawMention> dates) {
        Map<String, RawMention> given = new HashMap<>();
        Matcher f = FEAST.matcher(text);
        while (f.find()) {
            for (RawMention d : dates) {
                if (d.start() < f.end() || d.start() - f.end() > 40) continue;
                if (d.timexValue() != null && DAY_VALUE.matcher(d.timexValue()).matches()
                        && GIVES.matcher(text.substring(f.end(), d.start())).matches()) {
                    given.putIfAbsent(key(f.group()), d);
                    break;
                }
            }
        }
        if (given.isEmpty()) return dates;
        List<RawMention> out = new ArrayList<>(dates);
        f = FEAST.matcher(text);
        while (f.find()) {
            RawMention day = given.get(key(f.group()));
            int start = f.start(), end = f.end();
            // a mention that reaches outside the feast's words is left to itself
            if (day == null || out.stream().anyMatch(m -> m.start() < end && start < m.end() && (m.start() < start || m.end() > end))) continue;
            out.removeIf(m -> m.start() >= start && m.end() <= end);
            out.add(new RawMention(start, end, f.group(), EntityType.DATE, "DATE", "DATE", VALUE + day.start()));
        }
        out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    private static String key(String name) {
        return name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Each added feast with the range of the resolved day that gives it; the rest as they are. */
    static List<ResolvedDate> placed(List<RawMention> mentions, List<ResolvedDate> dates) {
        Map<Integer, Integer> dayAt = new HashMap<>();
        for (RawMention m : mentions) {
            if (m.timexValue() != null && m.timexValue().startsWith(VALUE)) {
                dayAt.put(m.start(), Integer.parseInt(m.timexValue().substring(VALUE.length())));
            }
        }
        if (dayAt.isEmpty()) return dates;
        List<ResolvedDate> out = new ArrayList<>(dates);
        for (int i = 0; i < out.size(); i++) {
            ResolvedDate feast = out.get(i);
            Integer at = dayAt.get(feast.start());
            if (at == null) continue;
            for (ResolvedDate d : dates) {
                if (d.start() <= at && at < d.end() && d.range() != null) {
                    out.set(i, new ResolvedDate(feast.start(), feast.end(), feast.text(), d.range(), false));
                    break;
                }
            }
        }
        return out;
    }
}
