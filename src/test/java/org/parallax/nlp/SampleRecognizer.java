package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Block;
import org.parallax.model.EntityType;
import org.parallax.model.Sentence;

/**
 * A test stand-in for the CoreNLP recogniser, which another part of the project provides and which gets its own
 * end-to-end test: a dictionary of the sample pair's names, and date pieces shaped as CoreNLP 4.5.10 with the app
 * configuration gave them on these texts (checked by hand): "March 6-7" as [March 6: 2023-03-06] + [7: NUMBER], a bare
 * weekday placed by the whole sentence's tense. The other shape CoreNLP gives, [March: 2023-03] + [6-7: NUMBER], is
 * covered in DateResolverTest.
 * Sentences are lines, split further after sentence-final punctuation. Boilerplate blocks are skipped, as the
 * engine does.
 */
public final class SampleRecognizer implements Recognizer {
    private static final Map<String, EntityType> NAMES = Map.ofEntries(
            Map.entry("Wajid Ali Syed", EntityType.PERSON), Map.entry("Christopher A. Landberg", EntityType.PERSON),
            Map.entry("Christopher Landberg", EntityType.PERSON), Map.entry("Derek Chollet", EntityType.PERSON),
            Map.entry("Chollet", EntityType.PERSON), Map.entry("Clinton White", EntityType.PERSON),
            Map.entry("Elizabeth Horst", EntityType.PERSON), Map.entry("Bilawal Bhutto Zardari", EntityType.PERSON),
            Map.entry("Asim Munir", EntityType.PERSON),
            Map.entry("US Department of State", EntityType.ORGANIZATION), Map.entry("US State Department", EntityType.ORGANIZATION),
            Map.entry("State Department", EntityType.ORGANIZATION),
            Map.entry("US Agency for International Development", EntityType.ORGANIZATION),
            Map.entry("USAID", EntityType.ORGANIZATION), Map.entry("US Embassy", EntityType.ORGANIZATION),
            Map.entry("ISIS", EntityType.ORGANIZATION), Map.entry("Reuters", EntityType.ORGANIZATION),
            Map.entry("Pakistan", EntityType.LOCATION), Map.entry("US", EntityType.LOCATION),
            Map.entry("Washington", EntityType.LOCATION), Map.entry("WASHINGTON", EntityType.LOCATION),
            Map.entry("Islamabad", EntityType.LOCATION), Map.entry("Lahore", EntityType.LOCATION));
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern HEADER_DATE = Pattern.compile(
            "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (Mar) (\\d{2}),? (\\d{4})");
    private static final Pattern RELATIVE = Pattern.compile("\\b([Ll]ast|[Nn]ext) (month|week|year)\\b");
    private static final Pattern MONTH_DAYS = Pattern.compile("\\b(" + MONTHS + ")\\b(?:\\s+(\\d{1,2})(\\s*[-–]\\s*\\d{1,2})?)?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[A-Z\"“])");

    @Override
    public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
        List<Sentence> sentences = new ArrayList<>();
        List<RawMention> mentions = new ArrayList<>();
        for (Block b : blocks) {
            if (b.type().isBoilerplate()) continue;
            int from = b.start();
            Matcher br = SENTENCE_BREAK.matcher(text).region(b.start(), b.end());
            while (br.find()) {
                sentences.add(new Sentence(from, br.start()));
                from = br.end();
            }
            sentences.add(new Sentence(from, b.end()));
            names(text, b, mentions);
            dates(text, b, docDate, mentions);
        }
        mentions.sort(Comparator.comparingInt(RawMention::start));
        return new Recognition(sentences, mentions);
    }

    private static void names(String text, Block b, List<RawMention> out) {
        List<String> byLength = NAMES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean[] taken = new boolean[b.length()];
        for (String name : byLength) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text).region(b.start(), b.end());
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) free &= !taken[i - b.start()];
                if (!free) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i - b.start()] = true;
                EntityType t = NAMES.get(name);
                out.add(new RawMention(m.start(), m.end(), name, t, t.name(), null, null));
            }
        }
    }

    private static void dates(String text, Block b, LocalDate docDate, List<RawMention> out) {
        String year = docDate == null ? "XXXX" : String.valueOf(docDate.getYear());
        List<int[]> used = new ArrayList<>();
        Matcher h = HEADER_DATE.matcher(text).region(b.start(), b.end());
        while (h.find()) {
            out.add(date(text, h.start(), h.end(), h.group(4) + "-03-" + h.group(3)));
            used.add(new int[] {h.start(), h.end()});
        }
        Matcher r = RELATIVE.matcher(text).region(b.start(), b.end());
        while (r.find() && docDate != null) {
            int dir = r.group(1).equalsIgnoreCase("last") ? -1 : 1;
            String value = switch (r.group(2)) {
                case "month" -> docDate.plusMonths(dir).toString().substring(0, 7);
                case "week" -> {
                    LocalDate d = docDate.plusWeeks(dir);
                    yield String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                }
                default -> String.valueOf(docDate.getYear() + dir);
            };
            out.add(date(text, r.start(), r.end(), value));
        }
        Matcher m = MONTH_DAYS.matcher(text).region(b.start(), b.end());
        while (m.find()) {
            if (overlaps(used, m.start())) continue;
            int month = List.of(MONTHS.split("\\|")).indexOf(m.group(1)) + 1;
            String ym = year + String.format(Locale.ROOT, "-%02d", month);
            if (m.group(2) != null && m.group(3) != null) {
                // CoreNLP 4.5.10 in these sentences: [March 6 → 2023-03-06] + [7 → NUMBER]
                out.add(date(text, m.start(), m.end(2), ym + String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(2)))));
                Matcher second = Pattern.compile("\\d+").matcher(text).region(m.start(3), m.end(3));
                second.find();
                out.add(new RawMention(second.start(), second.end(), second.group(), null, "NUMBER", null, null));
            } else if (m.group(2) != null) {
                out.add(date(text, m.start(), m.end(), ym + String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(2)))));
            } else {
                out.add(date(text, m.start(1), m.end(1), ym));
            }
        }
        Matcher w = WEEKDAY.matcher(text).region(b.start(), b.end());
        while (w.find()) {
            if (overlaps(used, w.start()) || docDate == null) continue;
            // SUTime takes the tense from the whole sentence, so "said on Friday that they will go" is next Friday
            DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
            boolean future = text.substring(b.start(), b.end()).contains(" will ");
            LocalDate d = docDate.with(future ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day));
            out.add(date(text, w.start(), w.end(), d.toString()));
        }
    }

    private static boolean overlaps(List<int[]> used, int at) {
        return used.stream().anyMatch(u -> u[0] <= at && at < u[1]);
    }

    private static RawMention date(String text, int start, int end, String value) {
        return new RawMention(start, end, text.substring(start, end), EntityType.DATE, "DATE", "DATE", value);
    }

    @Override
    public String version() {
        return "sample-1";
    }
}
