package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writers a byline prints as links of their own joined by commas or "and" ({@code <a>Priya Raman</a> and <a>Tom
 * Adeyemi</a>}), where the author tag names only the first of them: a newsletter platform's or a blog's post by two
 * or more people. Only reads the document.
 */
final class LinkedCoAuthors {
    /** What joins two linked names in a byline: a comma, "and", "&" (and the same word in a few other languages). */
    private static final String JOIN = "\\s*(?:,\\s*(?:(?i:and|und|en|et|y|e)\\s+)?|\\s+(?i:and|und|en|et|y|e|&)\\s+|\\s*&\\s*)";
    private static final Pattern SKIP = Pattern.compile("(?i)comment|kommentar|respond|reply|disqus|footer|related|sidebar|recirc"
            + "|more-|newsletter|share|menu|nav");
    /** Menus, asides, forms, footers and boxes so named under 2,000 characters. */
    private static final FurnitureBoxes FURNITURE = FurnitureBoxes.of(SKIP, 2000);
    private static final int MAX_NAMES = 4;

    private LinkedCoAuthors() {
    }

    /**
     * The names of the first element of the article whose text opens (after an optional "By") with two to four links
     * that each show a whole name, joined by commas or "and"; joined by ", ". Null when no element reads so.
     */
    static String joined(Document doc) {
        Element root = doc.selectFirst("article, main, [role=main]");
        if (root == null) root = doc.body();
        if (root == null) return null;
        for (Element e : root.select("div, p, span, li, h3, h4, h5, h6")) {
            List<String> names = new ArrayList<>();
            for (Element a : e.select("a[href]")) {
                String name = PageBylines.wholeName(PageBylines.shown(a));
                if (name != null && !names.contains(name)) names.add(name);
            }
            if (names.size() < 2 || names.size() > MAX_NAMES || FURNITURE.holds(e)) continue;
            StringBuilder re = new StringBuilder("^(?:(?i:by)\\s+)?");
            for (int i = 0; i < names.size(); i++) re.append(i == 0 ? "" : JOIN).append(Pattern.quote(names.get(i)));
            re.append("(?=$|[\\s|·•,])");
            if (Pattern.compile(re.toString()).matcher(PageBylines.spaced(e)).find()) {
                return String.join(", ", names);
            }
        }
        return null;
    }
}
