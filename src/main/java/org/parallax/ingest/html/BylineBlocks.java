package org.parallax.ingest.html;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Bylines that a page built from generated class names marks only with a test or component attribute
 * ({@code data-testid="byline-new-contributors"}, {@code data-component="byline-block"}) and prints without "By": the
 * writer's name in an element of its own, next to a role ("Wales transport correspondent"), a date and buttons.
 */
final class BylineBlocks {
    /** A byline's or a contributor's block, named in a test or component attribute. */
    private static final String BLOCKS = "[data-testid*=byline], [data-component*=byline], [data-testid*=contributor],"
            + " [data-component*=contributor]";
    /** A role, a desk or a place that a block prints in capitals beside the name ("Political Reporter", "BNC Wales"). */
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?iU)\\b(?:correspondent|reporter|editor|writer|columnist"
            + "|contributor|producer|presenter|analyst|journalist|staff|desk|team|news|bureau|service|media|share|save"
            + "|follow|updated|published|minutes?|read)\\b");
    private static final int MAX_NAMES = 4;

    private BylineBlocks() {
    }

    /**
     * The names printed in elements of their own inside the page's byline blocks, joined by ", " (one to four
     * people); null when there is no such block or when it holds no name or more than four. The site's name and its
     * desks (a word of the site's name and a place: "WBC Scotland" on WBC News) are no writers.
     */
    static String named(Document doc, Predicate<String> site, String siteName) {
        Set<String> siteWords = words(siteName);
        Set<String> names = new LinkedHashSet<>();
        for (Element block : doc.select(BLOCKS)) {
            if (block.closest("aside, nav, footer, form") != null) continue;
            for (Element e : block.getAllElements()) {
                if (e.childrenSize() > 0 || e.tagName().equals("time") || e.tagName().equals("button")) continue;
                String text = PageBylines.shown(e);
                if (text.isEmpty() || NOT_A_PERSON.matcher(text).find()) continue;
                String name = PageBylines.wholeName(AuthorNames.clean(text));
                if (name == null || !name.equals(text) || PageBylines.organisation(name)) continue;
                if (site.test(name) || words(name).stream().anyMatch(siteWords::contains)) continue;
                names.add(name);
            }
        }
        return names.isEmpty() || names.size() > MAX_NAMES ? null : String.join(", ", names);
    }

    /** The words of three letters or more of {@code s}, in lower case, without "the". */
    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null) return out;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !w.equals("the")) out.add(w);
        }
        return out;
    }
}
