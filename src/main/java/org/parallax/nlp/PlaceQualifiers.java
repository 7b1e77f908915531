package org.parallax.nlp;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A place written with the region it is in ("Paris, Texas", "Perth, in Scotland", "Washington state"): which region a
 * place mention gives, which of two regions of one place name each mention of an article means, and whether a known
 * place fits the regions a cluster gives. Split from {@link EntityLinker}, which keys and attaches places by them.
 */
final class PlaceQualifiers {
    private PlaceQualifiers() {
    }

    /** The article's place mentions by where they start: the region after a place is looked up there. */
    static Map<Integer, Mention> placesByStart(List<Mention> mentions) {
        Map<Integer, Mention> placeAt = new HashMap<>();
        for (Mention m : mentions) if (m.type() == EntityType.LOCATION) placeAt.put(m.start(), m);
        return placeAt;
    }

    /** The regions a cluster's place mentions are written with ("Paris, Texas"), in the order first written. */
    static Set<String> ofMembers(String text, List<Mention> mentions, List<Integer> members, Map<Integer, Mention> placeAt) {
        Set<String> qualified = new LinkedHashSet<>();
        for (int i : members) {
            String q = qualified(text, mentions.get(i), placeAt);
            if (q != null) qualified.add(q);
        }
        return qualified;
    }

    /**
     * A place written with the region it is in, "Paris, Texas", "Birmingham, England, in the 1990s", as that form; else
     * null. Not a list ("Paris, London and Rome", "in Paris, London, Rome"): the region ends a phrase and the place
     * does not follow a comma.
     */
    static String qualified(String text, Mention m, Map<Integer, Mention> placeAt) {
        return qualified(text, m, placeAt, false);
    }

    /**
     * After a place and its region, a list going on: ", and Rome", ", and the Hague", ", or other towns", ", and
     * twenty-two other countries", ", the Cook Islands" (issue 15, real saved pages: "comprises New Zealand, Tokelau, the
     * Ross Dependency" made Tokelau New Zealand's region, and the country of that page another place). Not a clause
     * that leaves the place: "a restaurant in Paris, Texas, and another in Austin" writes Paris with its state (issue 15,
     * entities3: read as a list, that Paris was the French capital of another article).
     */
    private static final Pattern LIST_GOES_ON = Pattern.compile("^,\\s+(?:(?:and|or)\\s+(?:[^\\p{Ll}]|(?:the|a|an|other|others|several"
            + "|many|some|more|most|all|both|elsewhere|nearby|neighbouring|neighboring|surrounding)(?![\\p{L}])|[\\p{Ll}\\-]+\\s+other(?![\\p{L}]))"
            + "|the\\s+\\p{Lu})");

    /** As {@link #qualified(String, Mention, Map)}; {@code listToo} takes "Paris, Texas, and" too (else read as a list). */
    private static String qualified(String text, Mention m, Map<Integer, Mention> placeAt, boolean listToo) {
        if (EntityNames.STATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 9))).find()) {
            return EntityLinker.bare(m.text()) + " state";
        }
        // "Perth, in Scotland, lost", "Perth in Western Australia sent": the region after "in" is no list
        int in = text.startsWith(", in ", m.end()) ? m.end() + 5 : text.startsWith(" in ", m.end()) ? m.end() + 4 : -1;
        if (!text.startsWith(", ", m.end()) && in < 0) return null;
        Mention region = placeAt.get(in >= 0 ? in : m.end() + 2);
        if (region == null || region.text().contains(",")) return null;
        String before = text.substring(Math.max(0, m.start() - 2), m.start());
        if (in < 0 && (before.endsWith(", ") || before.endsWith(","))) return null;
        String after = text.substring(region.end(), Math.min(text.length(), region.end() + 24));
        if (!after.isEmpty() && !after.matches("(?s)^(?:[.;:)]|,\\s+\\p{Ll}|\\s*\\n|\\s+(?:in|on|at|by|last|this|next|where|when|was|is|has|had)\\b).*")
                && !(listToo && after.matches("(?s)^,\\s+(?:and|or)\\b.*"))
                || !listToo && LIST_GOES_ON.matcher(after).find()) return null;
        return EntityLinker.bare(m.text()) + ", " + EntityLinker.clean(region.text());
    }

    /**
     * For an article that writes one place name with two regions ("Springfield, Illinois" and "Springfield,
     * Massachusetts"; "Perth, in Scotland" and "Perth in Western Australia"), each mention of that name's qualifier:
     * its own, or for a bare one the region written first. Left to one key, the two places were one entity. A pair that
     * reads as a list ("Springfield, Illinois, and ...") counts when the article writes that pair elsewhere too.
     */
    static Map<Integer, String> twoPlaceQualifiers(String text, List<Mention> mentions, List<Integer> linkable) {
        Map<Integer, Mention> placeAt = placesByStart(mentions);
        Map<String, Set<String>> byKey = new HashMap<>();
        for (int i : linkable) {
            Mention m = mentions.get(i);
            String q = m.type() == EntityType.LOCATION && m.end() <= text.length() ? qualified(text, m, placeAt) : null;
            if (q != null) byKey.computeIfAbsent(EntityLinker.key(m.type(), m.text()), k -> new LinkedHashSet<>()).add(q.toLowerCase(Locale.ROOT));
        }
        Map<Integer, String> out = new HashMap<>();
        for (int i : linkable) {
            Mention m = mentions.get(i);
            Set<String> qs = m.type() == EntityType.LOCATION ? byKey.getOrDefault(EntityLinker.key(m.type(), m.text()), Set.of()) : Set.of();
            if (qs.size() < 2) continue;
            String q = qualified(text, m, placeAt, true);
            q = q == null || !qs.contains(q.toLowerCase(Locale.ROOT)) ? null : q.toLowerCase(Locale.ROOT);
            out.put(i, "|" + (q != null ? q : firstQualifier(text, mentions, linkable, placeAt, qs)));
        }
        return out;
    }

    /** US states whose name is also the federal capital's: Washington (the state) and Washington, DC. */
    private static final Map<String, String> STATE_NAMED_LIKE_CAPITAL = Map.of("washington", "washington dc");
    /** Words that make a place name a state: "governor of Washington", "the state of Washington". */
    private static final Pattern STATE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:governor|state|legislature|attorney general)"
            + "\\s+of\\s+$");
    /** ... or after it: "Washington state", "Washington governor", "Washington's governor". */
    private static final Pattern STATE_AFTER = Pattern.compile("^(?:[’']s)?\\s+(?:state|governor|legislature)(?![\\p{L}])");
    /** Where a story goes to or is in the capital: "flew to Washington", "officials in Washington". */
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|to|into|at|from)\\s+$");
    /** A list of places after the name: "from Washington and Oregon". */
    private static final Pattern PAIRED_AFTER = Pattern.compile("^(?:,\\s+|\\s+(?:and|or)\\s+)\\p{Lu}");

    /**
     * For an article that writes a state named like the federal capital as the state ("Washington state sued",
     * "the governor of Washington"), each mention of that name's qualifier: the capital's for a bare one the story goes
     * to or is in ("flew to Washington", "officials in Washington"), unless a list of places follows; the state's for
     * the others. Left to one key, the state and the capital in one story were one entity (issue 15: entities3
     * a03, entities8 a11). Nothing for an article that never marks the name as the state.
     */
    static Map<Integer, String> stateOrCapital(String text, List<Mention> mentions, List<Integer> linkable) {
        Map<Integer, String> out = new HashMap<>();
        Map<String, Boolean> marked = new HashMap<>();
        for (int i : linkable) {
            Mention m = mentions.get(i);
            String k = m.type() == EntityType.LOCATION && m.end() <= text.length() ? EntityLinker.key(m.type(), m.text()) : "";
            if (STATE_NAMED_LIKE_CAPITAL.containsKey(k) && isState(text, m)) marked.put(k, true);
        }
        if (marked.isEmpty()) return out;
        for (int i : linkable) {
            Mention m = mentions.get(i);
            String k = m.type() == EntityType.LOCATION && m.end() <= text.length() ? EntityLinker.key(m.type(), m.text()) : "";
            if (!marked.containsKey(k)) continue;
            boolean capital = !isState(text, m) && CAPITAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                    && !PAIRED_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find();
            out.put(i, "|" + (capital ? STATE_NAMED_LIKE_CAPITAL.get(k) : k + " state"));
        }
        return out;
    }

    private static boolean isState(String text, Mention m) {
        return STATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()
                || STATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 14))).find();
    }

    /** Of these qualifiers of one place name, the one written first in the article. */
    private static String firstQualifier(String text, List<Mention> mentions, List<Integer> linkable, Map<Integer, Mention> placeAt,
            Set<String> qs) {
        for (int i : linkable) {
            String q = mentions.get(i).type() == EntityType.LOCATION ? qualified(text, mentions.get(i), placeAt, true) : null;
            if (q != null && qs.contains(q.toLowerCase(Locale.ROOT))) return q.toLowerCase(Locale.ROOT);
        }
        return qs.iterator().next();
    }

    /**
     * Whether a place cluster written with these regions ("Paris, Texas") may be a known place: one written with the
     * same region, or neither written with any. "Birmingham, England" is not the "Birmingham" of an Alabama story,
     * nor "Paris" in a story about France the "Paris, Texas" of another.
     */
    static boolean sameQualifier(Set<String> qualified, Entity e) {
        Set<String> theirs = new LinkedHashSet<>();
        for (String n : EntityLinker.names(e)) if (EntityNames.isQualifiedPlace(n)) theirs.add(n.toLowerCase(Locale.ROOT));
        if (qualified.isEmpty() && theirs.isEmpty()) return true;
        for (String q : qualified) if (theirs.contains(q.toLowerCase(Locale.ROOT))) return true;
        return false;
    }
}
