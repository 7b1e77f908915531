package org.parallax.ingest.html;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Author tags that name a part of the paper, not a writer: the section the page is in ({@code <meta name="author"
 * content="Opinion">}, the word of its menu link and its section label), and a role with no name ("Corrections and
 * clarifications column editor", "Readers' editor"). Only reads the document.
 */
public final class SectionCredits {
    /** Elements that print the section's name over a story. */
    private static final Pattern SECTION_MARK = Pattern.compile("(?i)section|kicker|category|rubric|eyebrow|breadcrumb");
    /** A role noun in lower case closing a credit after other words: a name never ends so. */
    private static final Pattern ROLE = Pattern.compile("(?U)^\\S.*\\s(?:editor|editors|team|staff|desk|office|correspondent"
            + "|reporter|writer|columnist|producer)$");
    private static final Pattern CREDIT = Pattern.compile("(?i)author|byline|writer");
    /** More words than this, a credit is no section's name. */
    private static final int MAX_WORDS = 2;

    private SectionCredits() {
    }

    /**
     * A test of credits against the page's section names and roles, read now: the body's extraction later removes the
     * menu. It says whether a credit names a part of the paper rather than a writer.
     */
    public static Predicate<String> noWriter(Document doc) {
        Set<String> sections = sections(doc);
        return a -> a != null && (role(a) || a.strip().split("\\s+").length <= MAX_WORDS && sections.contains(TitleChooser.alnum(a)));
    }

    /** Whether {@code author} is the page's section: a menu link's or a section label's whole text, or the section tag. */
    static boolean section(Document doc, String author) {
        if (author == null || author.strip().split("\\s+").length > MAX_WORDS) return false;
        return sections(doc).contains(TitleChooser.alnum(author));
    }

    /** Whether {@code author} is a role with no name: words that end in a role noun written in lower case. */
    static boolean role(String author) {
        return author != null && ROLE.matcher(author.strip()).matches();
    }

    /** Whether {@code e} is or holds a writer's credit, or sits in one: a byline, an author's link or element. */
    private static boolean credit(Element e) {
        if (e.selectFirst("a[href*=author], a[rel~=author], [class~=(?i)author|byline|writer]") != null) return true;
        for (Element a = e; a != null; a = a.parent()) {
            if (CREDIT.matcher(a.className() + " " + a.id() + " " + a.attr("rel") + " " + a.attr("href")).find()) return true;
            if (a.tagName().equals("article")) return true;
        }
        return false;
    }

    /**
     * The page's section names, in {@link TitleChooser#alnum} form: the section tags, the menu's links (not the link home
     * nor one naming the site, which on a personal site is its owner) and the labels marked as a section or kicker.
     */
    private static Set<String> sections(Document doc) {
        Set<String> out = new HashSet<>();
        for (Element m : doc.select("meta[property=article:section][content], meta[name=parsely-section][content]")) {
            out.add(TitleChooser.alnum(m.attr("content")));
        }
        if (doc.body() != null) {
            for (Element a : doc.body().select("nav a[href]")) {
                String href = a.attr("href").strip();
                if (href.equals("/") || href.matches("(?i)https?://[^/]+/?") || credit(a)) continue;
                out.add(TitleChooser.alnum(a.text()));
            }
            for (Element e : doc.body().select("[class]")) {
                if (SECTION_MARK.matcher(e.className()).find() && e.text().length() < 40 && !credit(e)) {
                    out.add(TitleChooser.alnum(e.text()));
                }
            }
        }
        Element site = doc.selectFirst("meta[property=og:site_name][content]");
        if (site != null) out.remove(TitleChooser.alnum(site.attr("content")));
        out.remove("");
        return out;
    }
}
