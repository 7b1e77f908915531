package org.parallax.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writer a one-person publication names in its colophon: a newsletter archive or a blog whose footer or tagline says
 * "The Ledger Line is written by Oren Blackwood", where the issue itself is signed with a first name only. Only the
 * sentence that names the site itself (its {@code og:site_name}) counts, so a line about another publication or a book
 * is not read. Only reads the document.
 */
final class SiteWriters {
    /** Longer than this, an element is running text. */
    private static final int MAX_LINE = 160;
    private static final String NAME = "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:van|von|de|der|da|di|le|la)\\s+)?\\p{Lu}[\\p{L}.'’\\-]*){1,3}";

    private SiteWriters() {
    }

    /** The name after "{@code site} is written by"; null when the page has no such sentence or the site has no name. */
    static String named(Document doc, String site) {
        if (site == null || site.isBlank() || doc.body() == null) return null;
        Pattern written = Pattern.compile("(?U)(?:^|[.!?]\\s+)(?i:" + Pattern.quote(site.strip())
                + ")\\s+is\\s+(?:written|edited and written|written and edited)\\s+by\\s+(" + NAME + ")(?=\\s*(?:[.,;]|$))");
        String found = null;
        for (Element e : doc.body().select("p, div, span, small, li")) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > MAX_LINE) continue;
            Matcher m = written.matcher(text);
            if (!m.find()) continue;
            String name = AuthorNames.clean(m.group(1));
            if (name == null) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }
}
