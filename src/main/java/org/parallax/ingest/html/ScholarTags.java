package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The library-catalogue tags of reports and papers: Google Scholar's (Highwire's) {@code citation_author}, one tag per
 * writer in "Surname, Given" order, and {@code citation_publication_date} as "2037/03/05". The tags count only when
 * they describe the page itself. Only reads the document.
 */
final class ScholarTags {
    /** "Okonjo, Ruth", "van der Berg, Anna M.", "Baptiste, J. Marc": one surname (with particles), then given names. */
    private static final Pattern SURNAME_FIRST = Pattern.compile("^((?:(?:van|von|der|den|de|del|della|da|du|di|le|la|bin|al)\\s+)*"
            + "\\p{Lu}[\\p{L}'’\\-]+),\\s*(\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’\\-]*\\.?){0,2})$");
    private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})\\s*$");

    private ScholarTags() {
    }

    /**
     * The writers of the page's {@code citation_author} tags, each "Given Surname", joined by ", "; null when none or when
     * the tags describe another document (see {@link #describesPage}).
     */
    static String authors(Document doc) {
        if (!describesPage(doc)) return null;
        Set<String> names = new LinkedHashSet<>();
        for (Element m : doc.select("meta[name=citation_author][content]")) {
            String name = given(m.attr("content"));
            if (!name.isEmpty() && !name.matches("(?i)https?://.*")) names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * A name written "Surname, Given" turned to "Given Surname"; any other text unchanged (stripped). A list of people
     * ("Anna Smith, Tom Jones") has more than one word before its comma and stays as it is.
     */
    static String given(String name) {
        if (name == null) return null;
        String s = name.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        var m = SURNAME_FIRST.matcher(s);
        if (!m.matches() || PageBylines.organisation(s)) return s;
        return m.group(2) + " " + m.group(1);
    }

    /**
     * Whether the tags describe this page: their {@code citation_title} is the page's headline (its h1, or its tab's title
     * before the site's name). A news story about a paper may carry the paper's authors and day without its title.
     */
    static boolean describesPage(Document doc) {
        Element t = doc.selectFirst("meta[name=citation_title][content]");
        String title = t == null ? "" : key(t.attr("content"));
        if (title.isEmpty()) return false;
        Element h1 = doc.selectFirst("h1");
        return h1 != null && key(h1.text()).equals(title) || key(doc.title()).startsWith(title);
    }

    private static String key(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The day of a {@code citation_publication_date} or {@code citation_date} tag ("2037/03/05") as "2037-03-05"; else null. */
    static String publicationDate(Document doc) {
        if (!describesPage(doc)) return null;
        for (String key : new String[] {"citation_publication_date", "citation_date", "citation_online_date"}) {
            Element m = doc.selectFirst("meta[name=" + key + "][content]");
            if (m == null) continue;
            var slashed = SLASHED.matcher(m.attr("content"));
            LocalDate d = slashed.matches() ? HtmlDates.parse(slashed.group(1) + "-" + slashed.group(2) + "-" + slashed.group(3))
                    : HtmlDates.parse(m.attr("content"));
            if (d != null) return d.toString();
        }
        return null;
    }
}
