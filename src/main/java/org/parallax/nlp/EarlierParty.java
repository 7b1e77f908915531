package org.parallax.nlp;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.text.ClosedClass;

/**
 * The party of the events an article told before, for {@link EventExtractor}: whom "he", "they", "the delegation" or
 * "both negotiators" stands for.
 */
final class EarlierParty {
    private EarlierParty() {
    }

    /**
     * The first person taking part in the article's last visit or meeting: whom "he" or "the delegation" stands for;
     * with no visit or meeting told before, "he" or "she" ("X, the diplomat who ..., has died. In March 1998 she
     * travelled to Y") is the first person the article names before the sentence.
     */
    static Optional<Long> subjectOfLast(List<EventCandidate> out, List<Mention> mentions, int sentenceStart,
                                        boolean pronoun) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            if (e.kind() == EventKind.STATEMENT) continue;
            for (Long id : e.whoIds()) {
                if (mentions.stream().anyMatch(m -> id.equals(m.entityId()) && m.type() == EntityType.PERSON)) {
                    return Optional.of(id);
                }
            }
            return Optional.empty();
        }
        if (!pronoun) return Optional.empty();
        return mentions.stream().filter(m -> m.entityId() != null && m.type() == EntityType.PERSON && m.end() <= sentenceStart
                && !ClosedClass.isClosedClass(m.text())).min(Comparator.comparingInt(Mention::start)).map(Mention::entityId);
    }

    /**
     * The first person of the article's last visit: whom "the delegation" or "the mission" stands for when meetings of
     * its members were told since ("A mission led by X arrived in Riyadh. ... Y, a chief executive, met buyers. ... the
     * delegation flew on to Dubai": X, not Y).
     */
    static Optional<Long> visitorOfLastVisit(List<EventCandidate> out, List<Mention> mentions) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            if (e.kind() != EventKind.VISIT) continue;
            return e.whoIds().stream().filter(id -> mentions.stream().anyMatch(m -> id.equals(m.entityId())
                    && m.type() == EntityType.PERSON)).findFirst();
        }
        return Optional.empty();
    }

    /** Everyone taking part in the article's last visit or meeting. */
    static Map<Long, String> partyOfLast(List<EventCandidate> out) {
        Map<Long, String> party = new LinkedHashMap<>();
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            if (e.kind() == EventKind.STATEMENT) continue;
            for (int j = 0; j < e.whoIds().size(); j++) party.putIfAbsent(e.whoIds().get(j), e.who().get(j));
            break;
        }
        return party;
    }

    /**
     * The two people named first in the article's last visit or meeting that has two besides those the sentence names:
     * whom "met both negotiators" or "received the two leaders" stands for. Empty when no such event is told.
     */
    static Map<Long, String> pairOfLast(List<EventCandidate> out, List<Mention> mentions, Map<Long, String> named) {
        return firstOfLast(out, mentions, named, 2);
    }

    /**
     * The {@code n} people named first in the article's last visit or meeting that has {@code n} besides those the
     * sentence names: whom "the three" stands for. Empty when no such event is told.
     */
    static Map<Long, String> firstOfLast(List<EventCandidate> out, List<Mention> mentions, Map<Long, String> named, int n) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            Map<Long, String> pair = new LinkedHashMap<>();
            for (int j = 0; j < e.whoIds().size() && pair.size() < n; j++) {
                Long id = e.whoIds().get(j);
                if (!named.containsKey(id) && mentions.stream().anyMatch(m -> id.equals(m.entityId()) && m.type() == EntityType.PERSON)) {
                    pair.put(id, e.who().get(j));
                }
            }
            if (e.kind() != EventKind.STATEMENT && pair.size() == n) return pair;
        }
        return Map.of();
    }

    /**
     * A few people told before as the subject, by their number: "On Wednesday the three joined a video call", "the
     * three leaders walked together to the mosque", "The four flew on to Oslo". "the two" is {@link EventExtractor}'s.
     */
    private static final Pattern THE_FEW = Pattern.compile("(?:^|;)\\W*" + EventExtractor.FRONTED + "the\\s+(three|four|five)"
            + "(\\s+(men|women|leaders|ministers|visitors|of\\s+them))?\\s+(also\\s+|then\\s+)?(\\p{Ll}+ed|met|meet|flew|went|held|were|are|will|sat|spent|took|made)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How many people the sentence's subject "the three" or "the four" stands for; 0 when it has no such subject. */
    static int few(String sentenceText) {
        Matcher m = THE_FEW.matcher(sentenceText);
        if (!m.find()) return 0;
        return List.of("three", "four", "five").indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 3;
    }

    static String lastName(List<EventCandidate> out, long id) {
        for (EventCandidate e : out) {
            int at = e.whoIds().indexOf(id);
            if (at >= 0) return e.who().get(at);
        }
        return "";
    }
}
