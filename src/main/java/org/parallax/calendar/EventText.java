package org.parallax.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.ArticleSummary;
import org.parallax.model.DatePrecision;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/**
 * The words an event is shown and exported with, so that the calendar, the .ics and the CSV say the same: the kind,
 * the long summary naming everyone, and the short title of kind and main participant (see {@link #mainParticipant}).
 */
public final class EventText {
    /** The longest short title, so that a calendar program's list shows it whole. */
    public static final int SHORT_TITLE_MAX = 59;
    /** Words that say someone goes somewhere (the same cues as the visit rule of nlp.EventExtractor). */
    private static final Pattern TRAVEL = Pattern.compile("\\b(visit(s|ed|ing)?|trips?|travel(s|led|ed|ling|ing)?"
            + "|delegations?|arriv(e|es|ed|ing|al)|tour(s|ed|ing)?|went|flew|fly|flies)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What comes right before a destination: "to", "in", "visited" (a direct object), and an optional "the". */
    private static final Pattern TOWARDS = Pattern.compile("\\b(to|into|in|at|visit(s|ed|ing)?|tour(s|ed|ing)?)\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private EventText() {
    }

    public static String kindLabel(EventKind kind) {
        return switch (kind) {
            case VISIT -> "Visit";
            case MEETING -> "Meeting";
            case STATEMENT -> "Statement";
        };
    }

    /** "Visit: Christopher A. Landberg, Derek Chollet — Pakistan", with "(month)" and the like for coarse dates. */
    public static String summary(Event e) {
        StringBuilder s = new StringBuilder(kindLabel(e.kind()));
        if (!e.who().isEmpty()) s.append(": ").append(String.join(", ", e.who()));
        if (!e.where().isEmpty()) s.append(e.who().isEmpty() ? ": " : " — ").append(String.join(", ", e.where()));
        if (e.who().isEmpty() && e.where().isEmpty() && e.note() != null) s.append(": ").append(e.note());
        String p = precisionTag(e.when().precision());
        if (!p.isEmpty()) s.append(' ').append(p);
        return s.toString();
    }

    /**
     * "Visit: Derek Chollet": the kind and the main participant, else the destination, else the user's note, with
     * "(month)" and the like for coarse dates; at most {@link #SHORT_TITLE_MAX} characters, a long name cut with "…".
     * {@code entities} are the event's entities by id (their types and aliases); a missing one counts as untyped.
     */
    public static String shortTitle(Event e, Map<Long, Entity> entities) {
        String label = kindLabel(e.kind());
        String tag = precisionTag(e.when().precision());
        String what = mainParticipant(e, entities).or(() -> destination(e, entities))
                .orElse(e.note() == null ? "" : oneLine(e.note()));
        int room = SHORT_TITLE_MAX - label.length() - 2 - (tag.isEmpty() ? 0 : tag.length() + 1);
        if (what.length() > room) {
            int cut = room - 1;
            if (Character.isLowSurrogate(what.charAt(cut))) cut--;
            what = what.substring(0, cut).stripTrailing() + "\u2026";
        }
        return label + (what.isEmpty() ? "" : ": " + what) + (tag.isEmpty() ? "" : " " + tag);
    }

    /**
     * The person the event is mainly about, by one rule: the first-mentioned person who travels (the person named
     * last before a word of travel, "visited", "delegation", in a source sentence), else the first-mentioned person,
     * else the first-mentioned organisation, else the first participant of unknown type. "First-mentioned" is by
     * place in the sources, in their order; participants the sources do not name come after, in the event's order.
     */
    public static Optional<String> mainParticipant(Event e, Map<Long, Entity> entities) {
        List<Integer> persons = new ArrayList<>();
        List<Integer> organisations = new ArrayList<>();
        List<Integer> untyped = new ArrayList<>();
        for (int i : byFirstMention(e, e.whoIds(), e.who(), entities)) {
            Entity en = entities.get(e.whoIds().get(i));
            if (en == null) untyped.add(i);
            else if (en.type() == EntityType.PERSON) persons.add(i);
            else if (en.type() == EntityType.ORGANIZATION) organisations.add(i);
            else untyped.add(i);
        }
        Set<Integer> travellers = travellers(e, persons, entities);
        for (int i : persons) {
            if (travellers.contains(i)) return Optional.of(e.who().get(i));
        }
        for (List<Integer> group : List.of(persons, organisations, untyped)) {
            if (!group.isEmpty()) return Optional.of(e.who().get(group.get(0)));
        }
        return Optional.empty();
    }

    /**
     * Where the event takes place: after a word of travel in a source sentence, the first place named right after
     * "to", "in", "at" or as the object of "visited" ("a delegation to Pakistan"), else the first place named after
     * that word; else the first-mentioned place.
     */
    public static Optional<String> destination(Event e, Map<Long, Entity> entities) {
        if (e.where().isEmpty()) return Optional.empty();
        for (boolean directed : List.of(true, false)) {
            for (var s : e.sources()) {
                Matcher m = TRAVEL.matcher(s.sentenceText());
                if (!m.find()) continue;
                int best = -1;
                int bestAt = Integer.MAX_VALUE;
                for (int i = 0; i < e.where().size(); i++) {
                    List<String> names = names(e.whereIds().get(i), e.where().get(i), entities);
                    for (int from = m.start(); ; ) {
                        OptionalInt at = firstAt(s.sentenceText(), names, from);
                        if (at.isEmpty()) break;
                        int pos = at.getAsInt();
                        if (!directed || TOWARDS.matcher(s.sentenceText().substring(0, pos)).find()) {
                            if (pos < bestAt) {
                                best = i;
                                bestAt = pos;
                            }
                            break;
                        }
                        from = pos + 1;
                    }
                }
                if (best >= 0) return Optional.of(e.where().get(best));
            }
        }
        return Optional.of(e.where().get(byFirstMention(e, e.whereIds(), e.where(), entities).get(0)));
    }

    /** Indexes into {@code ids} in order of first mention in the sources; the unnamed ones after, in their order. */
    private static List<Integer> byFirstMention(Event e, List<Long> ids, List<String> shown, Map<Long, Entity> entities) {
        List<long[]> keyed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            List<String> names = names(ids.get(i), shown.get(i), entities);
            long key = Long.MAX_VALUE;
            for (int s = 0; s < e.sources().size() && key == Long.MAX_VALUE; s++) {
                OptionalInt at = firstAt(e.sources().get(s).sentenceText(), names, 0);
                if (at.isPresent()) key = (long) s << 32 | at.getAsInt();
            }
            keyed.add(new long[] {key, i});
        }
        keyed.sort(Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]));
        return keyed.stream().map(k -> (int) k[1]).toList();
    }

    /** The persons who travel: for each word of travel in a source sentence, the person named last before it. */
    private static Set<Integer> travellers(Event e, List<Integer> persons, Map<Long, Entity> entities) {
        Set<Integer> out = new HashSet<>();
        for (var s : e.sources()) {
            String text = s.sentenceText();
            Matcher m = TRAVEL.matcher(text);
            while (m.find()) {
                int nearest = -1;
                int nearestAt = -1;
                for (int i : persons) {
                    List<String> names = names(e.whoIds().get(i), e.who().get(i), entities);
                    for (OptionalInt at = firstAt(text, names, 0); at.isPresent() && at.getAsInt() < m.start();
                         at = firstAt(text, names, at.getAsInt() + 1)) {
                        if (at.getAsInt() > nearestAt) {
                            nearest = i;
                            nearestAt = at.getAsInt();
                        }
                    }
                }
                if (nearest >= 0) out.add(nearest);
            }
        }
        return out;
    }

    /** The entity's name, its aliases and its surname-like last word: the ways a sentence may name it. */
    private static List<String> names(long id, String shown, Map<Long, Entity> entities) {
        List<String> out = new ArrayList<>(List.of(shown));
        Entity en = entities.get(id);
        if (en != null) {
            out.add(en.name());
            out.addAll(en.aliases());
            if (en.type() == EntityType.PERSON) {
                String[] words = en.name().split("\\s+");
                if (words.length > 1 && words[words.length - 1].length() > 2) out.add(words[words.length - 1]);
            }
        }
        return out;
    }

    /** The earliest whole-word, case-blind occurrence at or after {@code from} of any of the names. */
    private static OptionalInt firstAt(String sentence, List<String> names, int from) {
        int best = -1;
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n.strip()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence);
            if (m.find(from) && (best < 0 || m.start() < best)) best = m.start();
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** "(week)", "(month)", "(year)", or empty for a day-precision date. */
    public static String precisionTag(DatePrecision p) {
        return p == DatePrecision.DAY ? "" : "(" + p.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** "Outlet — Title", falling back to the article id when the article is gone. */
    public static String articleLabel(long articleId, Map<Long, ArticleSummary> articles) {
        ArticleSummary a = articles.get(articleId);
        if (a == null) return "article " + articleId;
        return a.outlet() == null || a.outlet().isBlank() ? a.title() : a.outlet() + " — " + a.title();
    }

    /** One line per source: {@code Outlet — Title: "sentence"}. */
    public static List<String> sourceLines(Event e, Map<Long, ArticleSummary> articles) {
        List<String> out = new ArrayList<>();
        for (EventSource s : e.sources()) {
            out.add(articleLabel(s.articleId(), articles) + ": \u201c" + oneLine(s.sentenceText()) + "\u201d");
        }
        return out;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
