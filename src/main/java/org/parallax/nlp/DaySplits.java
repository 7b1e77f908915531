package org.parallax.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;

/**
 * The per-day split of one sentence telling a programme ({@link EventExtractor}): two stops on two days, or two guests
 * or hosts on two days in one place, become one event a day, each party and place on the day it goes with.
 */
final class DaySplits {
    private DaySplits() {
    }

    /**
     * One sentence telling two stops on two days ("will visit Warsaw on Thursday and Vilnius on Friday", "tour X on
     * Thursday before flying to Y, where he meets Z on Friday"): one event per day, each place and each named party on
     * the day nearest it, the subject (named before any day or place, or told before) in every one. Empty unless every
     * day gets a place.
     */
    static List<EventCandidate> stops(EventKind kind, String sentenceText, List<ResolvedDate> eventDates,
                                      Map<Long, String> who, Map<Long, String> where, List<Mention> named,
                                      EventSource source) {
        List<ResolvedDate> days = new ArrayList<>();
        for (ResolvedDate d : eventDates) {
            if (d.range().precision() == DatePrecision.DAY && d.range().start().equals(d.range().end())
                    && days.stream().noneMatch(x -> x.range().equals(d.range()))) {
                days.add(d);
            }
        }
        if (days.size() < 2) return List.of();
        if (where.size() < 2) return guests(kind, sentenceText, days, who, where, named, source);
        Map<Long, Mention> first = firstMentions(named);
        int opening = days.stream().mapToInt(ResolvedDate::start).min().orElseThrow();
        // the subject comes before the verb: "He met X in Beirut on Monday and flew to Y" has X on Monday only
        Matcher cue = kind == EventKind.VISIT ? EventExtractor.VISIT.matcher(sentenceText) : EventExtractor.MEETING.matcher(sentenceText);
        Matcher anyCue = EventExtractor.MEETING.matcher(sentenceText);
        int firstCue = Math.min(cue.find() ? cue.start() : Integer.MAX_VALUE, anyCue.find() ? anyCue.start() : Integer.MAX_VALUE);
        if (firstCue != Integer.MAX_VALUE) opening = Math.min(opening, source.sentenceStart() + firstCue);
        for (Long id : where.keySet()) {
            if (first.containsKey(id)) opening = Math.min(opening, first.get(id).start());
        }
        List<Map<Long, String>> partWho = partiesByDay(who, first, opening, days, new boolean[days.size()],
                m -> dayOf(m, days, sentenceText, source));
        List<Map<Long, String>> partWhere = emptyByDay(days.size());
        boolean[] stopOfItsOwn = new boolean[days.size()];
        for (Map.Entry<Long, String> w : where.entrySet()) {
            Mention m = first.get(w.getKey());
            if (m == null) return List.of();
            int at = dayOf(m, days, sentenceText, source);
            // "before flying to Kessel, where he meets X on Friday": a place one moves on to is the next day's
            String before = sentenceText.substring(0, Math.max(0, m.start() - source.sentenceStart()));
            if (ONWARD.matcher(before).find()) {
                for (int i = 0; i < days.size(); i++) {
                    if (days.get(i).start() >= m.end() && (days.get(at).start() < m.end() || days.get(i).start() < days.get(at).start())) at = i;
                }
            }
            partWhere.get(at).put(w.getKey(), w.getValue());
            // "held talks with X at the Elysee on Tuesday": a venue is where in the stop one is, not a stop of its own
            if (!VENUE.matcher(sentenceText.substring(0, Math.max(0, m.start() - source.sentenceStart()))).find()) stopOfItsOwn[at] = true;
        }
        List<EventCandidate> parts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (partWhere.get(i).isEmpty() || !stopOfItsOwn[i]) return guests(kind, sentenceText, days, who, where, named, source);
            parts.add(EventExtractor.candidate(kind, days.get(i).range(), partWho.get(i), partWhere.get(i), source));
        }
        return parts;
    }

    /** Each entity's first mention among {@code named}. */
    private static Map<Long, Mention> firstMentions(List<Mention> named) {
        Map<Long, Mention> first = new java.util.HashMap<>();
        for (Mention m : named) first.merge(m.entityId(), m, (a, b) -> a.start() <= b.start() ? a : b);
        return first;
    }

    /** One empty map per day. */
    private static List<Map<Long, String>> emptyByDay(int days) {
        List<Map<Long, String>> out = new ArrayList<>();
        for (int i = 0; i < days; i++) out.add(new LinkedHashMap<>());
        return out;
    }

    /**
     * The parties of each day: one named before {@code opening} (the subject) in every day, any other in the day nearest
     * its first mention, which is then marked in {@code own}.
     */
    private static List<Map<Long, String>> partiesByDay(Map<Long, String> who, Map<Long, Mention> first, int opening,
                                                        List<ResolvedDate> days, boolean[] own,
                                                        java.util.function.Function<Mention, Integer> fronted) {
        List<Map<Long, String>> partWho = emptyByDay(days.size());
        for (Map.Entry<Long, String> w : who.entrySet()) {
            Mention m = first.get(w.getKey());
            if (m == null || m.start() < opening) {
                partWho.forEach(p -> p.put(w.getKey(), w.getValue()));
            } else {
                int at = fronted == null ? nearest(m, days) : fronted.apply(m);
                partWho.get(at).put(w.getKey(), w.getValue());
                own[at] = true;
            }
        }
        return partWho;
    }

    /** Right before a venue: "talks at the Elysee", "a dinner at Windsor Castle". */
    static final Pattern VENUE = Pattern.compile("\\bat\\s+the\\s+$", Pattern.CASE_INSENSITIVE);

    /** Right before a place one moves on to: "before flying to", "travels on to", "then heads to". */
    private static final Pattern ONWARD = Pattern.compile("\\b(fl(y|ies|ying|ew)|travel(s|led|ed|ling|ing)?|head(s|ed|ing)?"
            + "|mov(e|es|ed|ing)|go(es|ing)?|leav(e|es|ing))(\\s+on)?\\s+(on\\s+)?to\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * One sentence telling two guests or hosts on two days in one place ("will host X in P on Thursday and Y on
     * Friday", "will be received by X on Tuesday, then by Y on Wednesday"): one event per day, each party named after
     * the cue on the day nearest it, the subject in every one, and every place in every one but a venue ("at the
     * palace"), which is the nearest day's. Empty unless every day gets a party of its own.
     */
    private static List<EventCandidate> guests(EventKind kind, String sentenceText, List<ResolvedDate> days, Map<Long, String> who,
                                               Map<Long, String> where, List<Mention> named, EventSource source) {
        Matcher cue = (kind == EventKind.VISIT ? EventExtractor.VISIT : EventExtractor.MEETING).matcher(sentenceText);
        if (!cue.find()) return List.of();
        int opening = source.sentenceStart() + cue.start();
        // "On Tuesday she called on X, and on Wednesday she bade farewell to Y at City Hall": every day opens a clause
        // of its own, so each name and place is the day told before it, and the subject is named before the first day
        boolean fronted = everyDayFronted(days, sentenceText, source);
        if (fronted) opening = Math.min(opening, days.stream().mapToInt(ResolvedDate::start).min().orElseThrow());
        Map<Long, Mention> first = firstMentions(named);
        // "would hold talks with X on Tuesday, and would then fly on to Maputo on Thursday for a meeting with Y": a
        // place one moves on to opens the next leg, so the subject is who is named before the first cue of either kind
        Map<Long, Integer> onward = onwardDays(where, first, days, sentenceText, source);
        if (!onward.isEmpty()) {
            Matcher other = (kind == EventKind.VISIT ? EventExtractor.MEETING : EventExtractor.VISIT).matcher(sentenceText);
            if (other.find()) opening = Math.min(opening, source.sentenceStart() + other.start());
        }
        boolean[] own = new boolean[days.size()];
        List<Map<Long, String>> partWho = partiesByDay(who, first, opening, days, own,
                fronted ? m -> dayOf(m, days, sentenceText, source) : null);
        List<Map<Long, String>> partWhere = emptyByDay(days.size());
        for (Map.Entry<Long, String> w : where.entrySet()) {
            Mention m = first.get(w.getKey());
            if (onward.containsKey(w.getKey())) {
                partWhere.get(onward.get(w.getKey())).put(w.getKey(), w.getValue());
            } else if (m != null && fronted && m.start() >= opening) {
                partWhere.get(dayOf(m, days, sentenceText, source)).put(w.getKey(), w.getValue());
            } else if (m != null && VENUE.matcher(sentenceText.substring(0, Math.max(0, m.start() - source.sentenceStart()))).find()) {
                partWhere.get(nearest(m, days)).put(w.getKey(), w.getValue());
            } else {
                partWhere.forEach(p -> p.put(w.getKey(), w.getValue()));
            }
        }
        List<EventCandidate> parts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (!own[i]) return List.of();
            parts.add(EventExtractor.candidate(kind, days.get(i).range(), partWho.get(i), partWhere.get(i), source));
        }
        return parts;
    }

    /** A day that opens its clause: "On Tuesday the frigate ...", ", and on Wednesday she ...", "; on Friday". */
    private static final Pattern FRONTING = Pattern.compile("(^\\W*|[,;]\\s*((and|then|while|but)\\s+)?)on\\s+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Right before a place one moves on to after the sentence's first event: "then fly to", "fly on to", "before flying
     * to"; not the trip's own "travels to".
     */
    private static final Pattern NEXT_LEG = Pattern.compile("\\b((then|before|after)\\s+(fl(y|ies|ying|ew)|travel\\w*|head\\w*"
            + "|mov(e|es|ed|ing)|go(es|ing)?|leav(e|es|ing))(\\s+on)?|(fl(y|ies|ying|ew)|travel\\w*|head\\w*|mov(e|es|ed|ing)"
            + "|go(es|ing)?)\\s+on)\\s+to\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** The places one moves on to ("fly on to P on Thursday"), each with the first day told after it. */
    private static Map<Long, Integer> onwardDays(Map<Long, String> where, Map<Long, Mention> first, List<ResolvedDate> days,
                                                 String sentenceText, EventSource source) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        for (Long id : where.keySet()) {
            Mention m = first.get(id);
            if (m == null || !NEXT_LEG.matcher(sentenceText.substring(0, Math.max(0, m.start() - source.sentenceStart()))).find()) continue;
            int at = -1;
            for (int i = 0; i < days.size(); i++) {
                if (days.get(i).start() >= m.end() && (at < 0 || days.get(i).start() < days.get(at).start())) at = i;
            }
            if (at >= 0) out.put(id, at);
        }
        return out;
    }

    /** Whether every day opens its own clause ("On Tuesday ..., and on Wednesday ..."). */
    private static boolean everyDayFronted(List<ResolvedDate> days, String sentenceText, EventSource source) {
        for (ResolvedDate d : days) {
            int at = d.start() - source.sentenceStart();
            if (at < 0 || at > sentenceText.length() || !FRONTING.matcher(sentenceText.substring(0, at)).find()) return false;
        }
        return true;
    }

    /**
     * The day a place or party goes with. When every day opens its own clause ("On Tuesday the frigate put in at
     * Gibraltar for fuel, and on Wednesday she docked in Cadiz"), the last day told before it; else the nearest day.
     */
    private static int dayOf(Mention m, List<ResolvedDate> days, String sentenceText, EventSource source) {
        int last = -1;
        for (int i = 0; i < days.size(); i++) {
            int at = days.get(i).start() - source.sentenceStart();
            if (at < 0 || at > sentenceText.length() || !FRONTING.matcher(sentenceText.substring(0, at)).find()) return nearest(m, days);
            if (days.get(i).start() < m.start() && (last < 0 || days.get(i).start() > days.get(last).start())) last = i;
        }
        return last < 0 ? nearest(m, days) : last;
    }

    /** The index of the date nearest the mention, by characters between them. */
    private static int nearest(Mention m, List<ResolvedDate> days) {
        int best = 0;
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < days.size(); i++) {
            ResolvedDate d = days.get(i);
            int gap = m.end() <= d.start() ? d.start() - m.end() : Math.max(0, m.start() - d.end());
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }
}
