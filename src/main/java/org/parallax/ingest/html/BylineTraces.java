package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.text.Accents;

/**
 * The writer of a page that prints no labelled byline, from traces a reader still takes for one: a link to the writer's
 * page whose address spells the name it shows ({@code <a href="/staff/tomas-arguello">Tomás Argüello</a>}, beside a head
 * shot, with no "By"), or the name in bold that closes the article, set to the right as Vietnamese and other papers
 * sign their reports. Also drops a translator ("Translated from the Spanish by X") from a list of authors. Only reads
 * the document.
 */
final class BylineTraces {
    /** A folder of a site's writer pages: "/staff/", "/authors/", "/opinion/columnists/", "/people/", "/profile/"; "/@handle". */
    private static final Pattern PROFILE_FOLDER = Pattern.compile("(?i)/(?:authors?|autor(?:en|es|i)?|auteurs?|staff|people"
            + "|columnists?|journalists?|reporters?|writers?|contributors?|redacteurs?|team|profiles?)/(?:[^/?#]+/)*?([^/?#]+)/?"
            + "(?:[?#].*)?$"
            // a blogging platform's writer page, the handle after an at sign ("/@nadiafernhill?source=post_page")
            + "|/@([^/?#@]+)/?(?:[?#].*)?$");
    /** A name of two to four capitalized words. */
    private static final Pattern NAME = Pattern.compile("(?U)\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:von|van|de|der|den|di|da|du|le|la)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’\\-]*){1,3}");
    private static final Pattern SKIP = Pattern.compile("(?i)comment|kommentar|respond|reply|disqus|footer|related|sidebar|more|recirc"
            + "|newsletter|share|social|menu|nav");
    /**
     * In a menu, an aside, a form, the page's footer, a comment thread or a box of other stories; a box so named that
     * holds most of the page is its layout ("sidebar-1" as a news site's main column), not such a box.
     */
    private static final FurnitureBoxes FURNITURE = FurnitureBoxes.of(SKIP, FurnitureBoxes.HALF_PAGE).keepingArticleFooters();
    /** A right-aligned paragraph: its style, its align attribute or its class says so. */
    private static final Pattern RIGHT = Pattern.compile("(?i)text-align\\s*:\\s*right");
    private static final Pattern RIGHT_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:right|author|tac-?gia)(?:$|[\\s_-])");
    /** The label of a translator's credit, then the name: "Translated from the Spanish by", "Übersetzt von", "Traducido por". */
    private static final Pattern TRANSLATED = Pattern.compile("(?iU)^(?:translated(?:\\s+from\\s+(?:the\\s+)?\\p{L}+)?\\s+by"
            + "|translation\\s*(?:by|:)|translator\\s*:|übersetzt(?:\\s+aus\\s+dem\\s+\\p{L}+)?\\s+von|übersetzung\\s*:"
            + "|traducido\\s+(?:del\\s+\\p{L}+\\s+)?por|traducción\\s*(?:de|:)|traduit(?:\\s+de\\s+l['’]\\p{L}+)?\\s+par"
            + "|traduction\\s*:|tradotto\\s+da|traduzione\\s*(?:di|:)|traduzido\\s+por|tradução\\s*(?:de|:)|vertaald\\s+door"
            + "|vertaling\\s*:)\\s*((?-i:" + NAME.pattern().substring(4) + "))");
    /** A paragraph this long or longer is the article's prose. */
    private static final int MIN_PROSE = 150;
    /** Longer than this, a line is text that mentions someone, not a credit. */
    private static final int MAX_LINE = 90;

    private BylineTraces() {
    }

    /**
     * The name a link to the writer's page shows, when the link's last folder spells that name ("tomas-arguello" for
     * "Tomás Argüello") under a folder of writers' pages, before the article's first paragraph of prose; outside menus,
     * asides, footers, comments and boxes of other stories. Null when no link reads so or such links name different
     * people.
     */
    static String profileLink(Document doc) {
        Element root = doc.selectFirst("article, main, [role=main]");
        if (root == null) root = doc.body();
        if (root == null) return null;
        String found = null;
        // only links before the article's first paragraph of prose: after it, cards of other stories credit their writers
        for (Element a : root.getAllElements()) {
            if (a.tagName().equals("p") && a.text().length() >= MIN_PROSE) break;
            if (!a.tagName().equals("a") || !a.hasAttr("href")) continue;
            String text = a.text().replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
            if (text.length() > MAX_LINE || !NAME.matcher(text).matches()) continue;
            Matcher m = PROFILE_FOLDER.matcher(a.attr("href").strip());
            if (!m.find() || !slug(text).equals(slug(m.group(1) != null ? m.group(1) : m.group(2))) || FURNITURE.holds(a)) continue;
            String name = AuthorNames.clean(text);
            if (name == null) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    /**
     * The name that closes the article: its last paragraph holds only a name of two to four capitalized words, all in
     * bold, and is set to the right (or its class says author); null otherwise.
     */
    static String closingName(Document doc) {
        Element root = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        if (root == null) return null;
        Element last = null;
        for (Element p : root.select("p")) {
            if (!p.text().isBlank() && !FURNITURE.holds(p)) last = p;
        }
        if (last == null) return null;
        String text = last.text().replace('\u00A0', ' ').strip();
        String bold = String.join(" ", last.select("strong, b").eachText()).strip();
        boolean right = RIGHT.matcher(last.attr("style")).find() || last.attr("align").equalsIgnoreCase("right")
                || RIGHT_CLASS.matcher(last.className()).find();
        if (!right || !text.equals(bold) || !NAME.matcher(text).matches()) return null;
        return AuthorNames.clean(text);
    }

    /**
     * {@code author} without the people the page credits as translators ("Translated from the Spanish by Mark
     * Ellison"), when at least one writer is left; {@code author} itself otherwise.
     */
    static String withoutTranslators(Document doc, String author) {
        if (author == null || doc.body() == null) return author;
        String[] names = AuthorNames.CO_AUTHOR_SPLIT.split(author);
        if (names.length < 2) return author;
        List<String> translators = new ArrayList<>();
        for (Element e : doc.body().select("p, div, span, em, i, small, li")) {
            String text = PageBylines.shown(e);
            if (text.length() > MAX_LINE) continue;
            Matcher m = TRANSLATED.matcher(text);
            if (m.find()) translators.add(m.group(1).strip());
        }
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            if (translators.stream().noneMatch(t -> t.equalsIgnoreCase(n.strip()))) kept.add(n.strip());
        }
        return kept.isEmpty() || kept.size() == names.length ? author : String.join(", ", kept);
    }

    /** The letters and digits of {@code s} without accents, lower case: "Tomás Argüello" and "tomas-arguello" agree. */
    private static String slug(String s) {
        return Accents.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
