package org.parallax.ingest.html;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writers a news agency credits at the end of its story, in brackets: "(Reporting by Karim Haddad in Beirut; Writing
 * by Leila Nassar; Editing by Susan Fenwick)". Reporting and writing credits name the authors; editing, additional
 * reporting and graphics credits do not.
 */
final class EndCredits {
    /** A bracketed credit line that opens with a reporting or writing credit and has a second credit after a semicolon. */
    private static final Pattern LINE = Pattern.compile("(?iU)^\\(\\s*(?:reporting|writing|reported|written) by\\s[^()]*;[^()]*\\)$");
    private static final Pattern AUTHOR_CREDIT = Pattern.compile("(?iU)^(?:reporting|writing|reported|written) by\\s+(.+)$");
    /** "in Beirut", "from Lagos": where the reporter worked. */
    private static final Pattern PLACE = Pattern.compile("(?U)\\s+(?:in|from)\\s+\\p{Lu}[\\p{L} .'-]*$");
    private static final Pattern NAME = Pattern.compile("(?U)\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|van|von|der|den|al|el|da|di)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’-]*){1,3}");

    private EndCredits() {
    }

    /** The people the page's one bracketed credit line names as reporters and writers, joined by ", "; else null. */
    static String authors(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element p : doc.body().select("p, div:not(:has(p, div))")) {
            String text = p.text().strip();
            if (!LINE.matcher(text).matches()) continue;
            Set<String> names = new LinkedHashSet<>();
            for (String part : text.substring(1, text.length() - 1).split(";")) {
                Matcher m = AUTHOR_CREDIT.matcher(part.strip());
                if (!m.matches()) continue;
                for (String n : AuthorNames.CO_AUTHOR_SPLIT.split(m.group(1))) {
                    String name = PLACE.matcher(n.strip()).replaceFirst("");
                    if (NAME.matcher(name).matches()) names.add(name);
                }
            }
            if (names.isEmpty()) continue;
            String joined = String.join(", ", names);
            if (found != null && !found.equals(joined)) return null;
            found = joined;
        }
        return found;
    }
}
