package org.parallax.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.EventKind;

/**
 * A meeting told with no place of its own while its person is on a trip: "X arrived in Riyadh on Monday. X met the
 * deputy minister on Tuesday" happens in Riyadh. The place is that of the last event before it (in the article's
 * order) that names a place and shares a participant with it, when the meeting's day falls in that event's days or
 * within {@link #DAYS_AFTER} days after them. Only the towns and countries go over: a venue ("at State House") is the
 * earlier event's own. A meeting held by video, phone or online has no place, and keeps none.
 */
final class TripPlaces {

    /** How many days after the earlier event's last day a place-less meeting may fall and still be on that trip. */
    static final int DAYS_AFTER = 2;

    private static final Pattern REMOTE = Pattern.compile("\\b(video|videoconference|phone|telephone|virtual(ly)?|online"
            + "|remotely|by\\s+link)\\b", Pattern.CASE_INSENSITIVE);

    private TripPlaces() {
    }

    /** "On the margins of the summit", "on the sidelines of the conference": the gathering told before, by its noun. */
    private static final Pattern MARGINS = Pattern.compile("\\b(on|at)\\s+the\\s+(margins?|sidelines?)\\s+of\\s+the\\s+"
            + "(summit|conference|assembly|forum|meeting|talks|fair|games)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A meeting "on the margins of the summit" naming no town (a venue alone, "at the Belem Palace", or nothing) is in the
     * town of the last earlier event whose sentence names that gathering and whose days hold the meeting's day.
     */
    static List<EventCandidate> placesOfGatherings(List<EventCandidate> body) {
        List<EventCandidate> out = new ArrayList<>(body);
        for (int i = 0; i < out.size(); i++) {
            EventCandidate c = out.get(i);
            java.util.regex.Matcher m = MARGINS.matcher(c.source().sentenceText());
            if (c.kind() == EventKind.STATEMENT || !m.find() || !venuesOnly(c)) continue;
            Pattern noun = Pattern.compile("\\b" + m.group(3) + "\\b", Pattern.CASE_INSENSITIVE);
            for (int j = i - 1; j >= 0; j--) {
                EventCandidate t = out.get(j);
                if (t.kind() == EventKind.STATEMENT || t.whereIds().isEmpty() || t.source().equals(c.source())
                        || !noun.matcher(t.source().sentenceText()).find() || MARGINS.matcher(t.source().sentenceText()).find()) {
                    continue;
                }
                if (c.when().start().isBefore(t.when().start()) || c.when().start().isAfter(t.when().end())) break;
                Map<Long, String> where = new LinkedHashMap<>();
                for (int k = 0; k < c.whereIds().size(); k++) where.put(c.whereIds().get(k), c.where().get(k));
                for (int k = 0; k < t.whereIds().size(); k++) where.putIfAbsent(t.whereIds().get(k), t.where().get(k));
                Map<Long, String> who = new LinkedHashMap<>();
                for (int k = 0; k < c.whoIds().size(); k++) who.putIfAbsent(c.whoIds().get(k), c.who().get(k));
                out.set(i, EventExtractor.candidate(c.kind(), c.when(), who, where, c.source()));
                break;
            }
        }
        return out;
    }

    /** Whether every place of the event is a venue its sentence puts it "at" (or it has none). */
    private static boolean venuesOnly(EventCandidate c) {
        String told = c.source().sentenceText();
        return c.where().stream().allMatch(w -> Pattern.compile("\\bat\\s+(the\\s+)?" + Pattern.quote(w)).matcher(told).find());
    }

    static List<EventCandidate> placesOfTrips(List<EventCandidate> body) {
        List<EventCandidate> out = new ArrayList<>(body);
        for (int i = 0; i < out.size(); i++) {
            EventCandidate c = out.get(i);
            if (c.kind() == EventKind.STATEMENT || !c.whereIds().isEmpty() || c.whoIds().isEmpty()
                    || c.when().precision() != DatePrecision.DAY || REMOTE.matcher(c.source().sentenceText()).find()) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                EventCandidate t = out.get(j);
                if (t.kind() == EventKind.STATEMENT || t.whereIds().isEmpty() || t.source().equals(c.source())) continue;
                if (t.whoIds().stream().noneMatch(c.whoIds()::contains)) continue;
                // the last place the person was at before this: it is the trip's, or the meeting is not on it
                if (t.when().precision() == DatePrecision.DAY && !c.when().start().isBefore(t.when().start())
                        && !c.when().start().isAfter(t.when().end().plusDays(DAYS_AFTER))) {
                    Map<Long, String> where = new LinkedHashMap<>();
                    String told = t.source().sentenceText();
                    for (int k = 0; k < t.whereIds().size(); k++) {
                        String w = t.where().get(k);
                        if (!Pattern.compile("\\bat\\s+(the\\s+)?" + Pattern.quote(w)).matcher(told).find()) {
                            where.putIfAbsent(t.whereIds().get(k), w);
                        }
                    }
                    if (!where.isEmpty()) {
                        Map<Long, String> who = new LinkedHashMap<>();
                        for (int k = 0; k < c.whoIds().size(); k++) who.putIfAbsent(c.whoIds().get(k), c.who().get(k));
                        out.set(i, EventExtractor.candidate(c.kind(), c.when(), who, where, c.source()));
                    }
                }
                break;
            }
        }
        return out;
    }
}
