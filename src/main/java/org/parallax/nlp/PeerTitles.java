package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A title of a place standing alone for its holder after one full mention: "The Duke of Arden opened the library ...
 * The Duke, 58, laid the stone", "the Duchess's charity", "the Earl". The lone title joins the article's one person of
 * that title; typed an organisation, it was an entity called "Duke". Not when the article has two holders of one title
 * word ("the Duke of Arden and the Duke of Kent"). Stateless.
 */
final class PeerTitles {
    /** A lone title word. */
    private static final Pattern TITLE = Pattern.compile("(Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess)");
    /** A person's title of a place, its title word in group 1: "Duke of Arden", "the Countess of Wessex". */
    private static final Pattern TITLE_OF = Pattern.compile("(?i)^(?:the\\s+)?" + TITLE.pattern() + "\\s+of\\s+\\p{Lu}.*");
    /** Right before the lone title: "the" or "The". */
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+$");

    private PeerTitles() {
    }

    /** The index of the one person whose title of a place the mention is alone ("The Duke" of the Duke of Arden), or -1. */
    static int holderOf(String text, List<Mention> mentions, Mention m) {
        if (m.type() == EntityType.DATE || m.start() < 0 || m.end() > text.length()) return -1;
        String form = EntityLinker.bare(m.text());
        if (!TITLE.matcher(form).matches() || !THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) return -1;
        int found = -1;
        String name = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention o = mentions.get(i);
            if (o.type() != EntityType.PERSON) continue;
            Matcher t = TITLE_OF.matcher(EntityLinker.bare(o.text()));
            if (!t.matches() || !t.group(1).equalsIgnoreCase(form)) continue;
            String n = EntityLinker.clean(o.text()).replaceAll("^(?i)the\\s+", "").replaceAll("[’']s$", "").toLowerCase(Locale.ROOT);
            if (name != null && !name.equals(n)) return -1;
            if (found < 0) {
                found = i;
                name = n;
            }
        }
        return found;
    }

    /** Joins each lone title to its holder. */
    static void join(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        for (int i : linkable) {
            int h = holderOf(text, mentions, mentions.get(i));
            if (h >= 0 && linkable.contains(h)) EntityLinker.union(parent, i, h);
        }
    }
}
