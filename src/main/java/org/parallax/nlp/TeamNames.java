package org.parallax.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A team called by its town alone and typed a person: "Hullport beat Dunmore 2-0", "Hullport travel to Carlisle next
 * week", "Hullport have named a manager". A lone name with a team's plural verb after it (British style) or on either
 * side of a result with its score is the team; not after a word of where ("Residents in Chelsea have launched"). Not
 * a name the article gives a person's given name or title ("Carlos Alcaraz ... Alcaraz beat Sinner 6-4" stays a
 * person). Stateless.
 */
final class TeamNames {
    /** Right after a lone name, a team's plural verb: "have named", "are top", "were relegated", "travel to". */
    private static final Pattern PLURAL_VERB_AFTER = Pattern.compile("^\\s+(?:have|are|were|travel|host|face|play)\\s");
    /** Right after a lone name, a result and the other side and its score: "beat Dunmore 2-0". */
    private static final Pattern RESULT_AFTER = Pattern.compile("^\\s+(?:beat|defeated|thrashed|edged|drew\\s+with|lost\\s+to)\\s+"
            + "\\p{Lu}[\\p{L}’'-]*(?:\\s\\p{Lu}[\\p{L}’'-]*)?\\s+\\d{1,3}-\\d{1,3}(?![\\d-])");
    /** Right before a lone name, a result: "beat Dunmore", then its score. */
    private static final Pattern RESULT_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:beat|defeated|thrashed|edged|drew\\s+with|lost\\s+to)\\s+$");
    /** Right before a lone name, a word of where: "Residents in Chelsea have launched" is the district. */
    private static final Pattern WHERE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|at|near|from|to|into|across|around|outside)\\s+$");
    private static final Pattern SCORE_AFTER = Pattern.compile("^\\s+\\d{1,3}-\\d{1,3}(?![\\d-])");

    private TeamNames() {
    }

    /** The lone names, lower case, that the article uses as a team's and never as a person's. */
    static Set<String> of(String text, List<Mention> mentions) {
        Set<String> teams = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATE || m.start() < 0 || m.end() > text.length()) continue;
            String form = EntityLinker.bare(m.text());
            List<String> words = List.of(form.split(" "));
            if (m.type() == EntityType.PERSON && words.size() > 1) people.add(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
            if (words.size() > 1) continue;
            if (PersonCues.titleGender(text, m) != '-') {
                people.add(form.toLowerCase(Locale.ROOT));
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 48));
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (PLURAL_VERB_AFTER.matcher(after).find() && !WHERE_BEFORE.matcher(before).find() || RESULT_AFTER.matcher(after).find()
                    || RESULT_BEFORE.matcher(before).find() && SCORE_AFTER.matcher(after).find()) {
                teams.add(form.toLowerCase(Locale.ROOT));
            }
        }
        teams.removeAll(people);
        return teams;
    }
}
