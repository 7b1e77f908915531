package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.text.Months;

/**
 * The author a page prints in a short labelled line of its own ("von Claudia Lindner", "Ein Artikel von Pamela Sladky
 * | 27.01.2022", "Autorin: Uta Staschewski, Projektleiterin ..."), in a signature closing the article or in a copyright
 * line naming a person, for pages whose metadata names no person; failing those, a credits box's label/name pair, a
 * press release's contact or the login WordPress marks the post author's comments with. Lines in comment threads,
 * forms, headings and footers are skipped (footers only hold the copyright line). Only reads the document.
 */
final class PageBylines {
    /** Longer than this, an element is text that mentions someone, not a byline. */
    private static final int MAX_LINE = 90;
    /** Up to two name particles before a name's last word ("Jose de la Cruz", "Ludwig van der Rohe"). */
    private static final String PARTICLES = "(?:(?:von|van|de|der|den|di|da|du|le|la|zu)\\s+){0,2}";
    /** A weekday's name, which opens the date a byline's line goes on to ("Story by Carl Jensen Tuesday, July 11, 2034"). */
    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /** A capitalized word that is no month name ("By Nathan Willis March 25, 2015" ends the name before "March"). */
    private static final String NAME_WORD = "(?!(?i:" + Months.NAME + "|" + WEEKDAY + ")\\b)\\p{Lu}[\\p{L}.'’\\-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+" + PARTICLES + NAME_WORD + "){0,2}";
    /**
     * A date line before the label ("09:30 ", "Posted on September 21, 2020 ", "Datum: 03.11.2021 "): a date, with the
     * words that label it as a post's day, and a separator.
     */
    private static final String DATE_FIRST = "(?:(?i:posted|published|veröffentlicht|erschienen|datum)(?:\\s+(?i:on|am))?\\s*:?\\s*)?"
            // a day, a month's name in any language and a year ("12. května 2036 14:20 Autor: ...")
            + "(?:\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4})?"
            + "(?:[\\d.:,/\\s]|(?i:" + Months.NAME + ")\\b\\.?)+(?:(?i:uhr)\\s+)?(?:[|\\p{Pd}]\\s*)?";
    /** The credit of an editor, a translator or a photographer that follows a writer's byline: "Edited by", "Übersetzt von". */
    private static final String SECOND_ROLE = "(?i:(?:edited|reviewed|translated|illustrated|photographed|fact[- ]checked) by"
            + "|(?:redigiert|bearbeitet|übersetzt|illustriert|lektoriert) von)\\s";
    /** A label, the name (or two joined by "und"/"and"), then the end of the line, a separator, a date or a credit. */
    private static final Pattern LABELLED = Pattern.compile("(?U)^(?:" + DATE_FIRST + ")?"
            + "(?i:(?:eine?\\s+|blog[\\s-]?(?=[ab])|gast(?=a))(?:artikel|beitrag|gastbeitrag|interview|kommentar|kolumne|glosse|reportage) von|text(?:\\s*(?:&|und|and)\\s*(?:fotos?|bilder?|photos?))?(?: von)?:?|von|by|autor(?:in|en)?:?|author:"
            // French prints a space before the colon ("Auteur : Kossivi Tiassou")
            + "|auteur\\s?:"
            // Russian and Serbian Cyrillic "author" with its colon ("Аутор: Милан Петровић")
            + "|(?:автор|аутор)\\s?:"
            // a two-word label may take a colon ("Written by: Julie Mollins")
            + "|(?:written by|posted by|submitted by|erstellt von|geschrieben von|verfasst von|publié par)(?:\\s*:)?|par|por"
            // a label naming what the writer made ("Story by Carl Jensen", "Words by Hannah Lisle | Photos by ...")
            + "|(?:story|words|compiled) by"
            // a match report's writer ("Report by Gavin Thorne at Hullport Park")
            + "|(?-i:Report) by"
            // a fact-checking site's writer ("Fact check by Alondra Pruitt"); "Fact-checked by" credits a reviewer
            + "|fact[- ]check by"
            // an opinion page's label ("Guest column by Miriam Osei, a professor of ...", "Commentary by", "Op-ed by")
            + "|(?:guest\\s+)?(?:column|commentary|op-ed|essay) by|interview(?:ed)? by"
            // Dutch papers' "from our reporter" ("Van onze verslaggever Sanne de Wit", "Door onze correspondent ...")
            + "|(?:van|door) onze (?:verslaggeve(?:r|ster)|correspondente?|redacteur|redactrice|medewerk(?:er|ster))"
            // Dutch "Door" (by) before a name of two words at least ("Door Sanne de Vries en Joost Bakker"), and "text" with
            // its colon in Spanish, Portuguese, Italian, French and Dutch ("Texto: Lucía Herrera · Fotos: Andrés Molina")
            + "|(?-i:[Dd]oor)(?=\\s+" + NAME_WORD + "\\s+" + PARTICLES + NAME_WORD + ")|(?:texto|testo|texte|tekst)\\s?:"
            // Romanian "de" (by) in lower case before a name of two words at least ("de Andreea Mureșan"); a capital
            // "De" opens a surname, and one word after "de" is as often a place ("de Madrid")
            + "|(?-i:de)(?=\\s+" + NAME_WORD + "\\s+" + NAME_WORD + ")"
            // Swedish "Av", Indonesian "Oleh" (by) and "Penulis:" (writer), Turkish "Haber:" (news) and "Muhabir:" (reporter)
            // ("Oleh" with a capital and no colon is also a Ukrainian first name)
            + "|(?-i:[Aa]v|oleh)|oleh\\s?:|penulis\\s?:|haber\\s?:|muhabir\\s?:"
            // Italian "di" in lower case ("di Giulia Ferraresi"), since "Di" opens a surname ("Di Maio") and a German weekday
            // Italian "a cura di" and "text by" in Portuguese, Spanish and French ("Texto de Ana Sofia Carvalho")
            + "|a cura di|(?:texto|texte) de|(?-i:di))\\s+"
            // a list of three or more writers ("By Ana Ruiz, Tom Becker and Lena Okafor"), else one or two
            + "(" + NAME + "(?:\\s*,\\s*" + NAME + ")+,?\\s+(?i:und|and|&|en)\\s+" + NAME
            + "|" + NAME + "(?:\\s+(?i:und|and|&|en)\\s+" + NAME + ")?)"
            + "(?:\\s*:?\\s*$|\\s*[|,•·/\\p{Pd}]|\\s+(?i:am|on|le|el|um|at|illustration|fotos?|bilder?|" + Months.NAME + "|" + WEEKDAY + ")\\b|\\s+\\d"
            // a second role's credit ends the writer's name ("Written by Ann Feld Edited by Ole Brandt")
            + "|\\s+" + SECOND_ROLE + ")");
    /**
     * An author's label with its colon, the name, then a bracketed note ("Autor: Ole Brandt (Gastbeitrag), Redner bei
     * ..."); without the colon, "von ... (" opens running text ("von Open Source Software (OSS)").
     */
    private static final Pattern NOTED = Pattern.compile("(?U)^(?i:autor(?:in|en)?|author|auteur|text)\\s?:\\s+(" + NAME
            + ")\\s*\\(");
    /** A line that credits a piece of writing to someone in so many words: "Ein Interview von", "Eine Kolumne von". */
    private static final Pattern CREDITED = Pattern.compile("(?U)^(?i:eine?\\s+(?:artikel|beitrag|gastbeitrag|interview|kommentar"
            + "|kolumne|glosse|reportage)\\s+von)\\s+(" + NAME + "(?:\\s+(?i:und|and|&)\\s+" + NAME + ")?)"
            + "(?:\\s*$|\\s*[|,.•·/\\p{Pd}]|\\s+(?i:mit|with|am|on)\\b)");
    private static final Pattern WHOLE_NAME = Pattern.compile("(?U)" + NAME_WORD + "(?:\\s+" + PARTICLES
            + NAME_WORD + "){1,3}(?:\\s+i\\s+" + NAME_WORD + ")?"); // Catalan "i" before a last surname
    /** A city after a whole name and a comma: one capitalized word ("..., Chattogram"). */
    private static final Pattern CITY_AFTER = Pattern.compile("(?U)(?<=\\p{L}\\s[\\p{L}'’\\-]{1,40}),\\s*\\p{Lu}\\p{Ll}+$");
    /** A newsroom role on a line of its own ("Senior Transport Writer", "Business Reporter"). */
    private static final Pattern ROLE_LINE = Pattern.compile("(?iU)^(?:[\\p{L}&\\-]+\\s+){0,3}(?:reporter|correspondent"
            + "|editor|writer|journalist|columnist)s?$");
    /** A description opening with a byline: the label, a name, then a gap, a separator or the end. */
    private static final Pattern DESCRIPTION_BYLINE = Pattern.compile("(?U)^(?:[\\p{Pd}\\s]+)?(?i:by|von|par|por)\\s+(" + NAME
            + ")(?:\\s{2,}|\\s*[|:,.•·\\p{Pd}]\\s|\\s*$)");
    /** A first name alone, as a blogger signs: one capitalized word that is no month's name. */
    private static final Pattern ONE_NAME = Pattern.compile("(?U)" + NAME_WORD);
    /** A name alone on its line, where a first name may be a month's ("Jan Koch"). */
    private static final Pattern PLAIN_NAME = Pattern.compile("(?U)\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:von|van|de|der|den|di|da|du|le|la|zu)"
            + "\\s+)?\\p{Lu}[\\p{L}.'’\\-]*){1,3}");
    /** A copyright line naming its holder: "(c) Johannes Wolf • ...", "Copyright (c) 2012- Gregory Szorc.", "2006-2008 by Ann Lee". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?U)(?:(?i:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*"
            + "(?:\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?\\s*,?\\s*)?(?i:by\\s+)?|\\b\\d{4}\\s*[-–]\\s*\\d{4}\\s+(?i:by)\\s+)"
            + "(" + NAME + ")(?:\\s*$|\\.?\\s*[•|,·]|\\.?\\s+(?i:all rights|alle rechte|weitere rechte|tous droits)|\\.\\s*$)");
    private static final Pattern COPYRIGHT_MARK = Pattern.compile("(?i)©|\\(c\\)|copyright|\\d{4}\\s*[-–]\\s*\\d{4}\\s+by\\b");
    /** Words that make a copyright holder a company or an institution, not a person. */
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:gmbh|ag|kg|inc|ltd|llc|e\\.?\\s?v|verlag|media|medien"
            + "|group|gruppe|holdings?|press|news|rundfunk|foundation|stiftung|verein|verband|institut|university|universität"
            + "|company|corporation|co|copyright|post|times|journal|zeitung|magazine?|tribune|herald)\\b"
            // a German institution's compound name ("Landesanstalt", "Bundesministerium", "Fachverband")
            + "|\\p{L}{3,}(?:anstalt|ministerium|verband|institut)\\b"
            + "|^(?:the|der|die|das|le|la|les|el|il)\\s|\\.(?:com|de|org|net|at|ch|fr)\\b");
    /** A press release's contact box label, alone on its line. */
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?iU)^\\s*(?:presse|medien)?kontakt(?:\\s+für\\s+(?:die\\s+)?"
            + "(?:presse|medien))?\\s*:?\\s*$|^\\s*(?:press|media)\\s+contacts?\\s*:?\\s*$");
    /**
     * A forum's or a CMS's author line naming a login with digits ("Author: Bo2man am 29.12.2010", "Posted by delta201
     * on ..."): an explicit author's label with its colon, or "posted by", then one word holding a digit.
     */
    private static final Pattern LOGIN_LABELLED = Pattern.compile("(?U)^(?i:autor(?:in)?\\s?:|author\\s?:|posted by|submitted by"
            + "|gespeichert von)\\s+(\\p{L}[\\p{L}._\\-]*\\d[\\p{L}\\d._\\-]*)(?:\\s*$|\\s*[|,•·]|\\s+(?i:am|on|um|at)\\b)");
    /** A credits box's label for the writer, alone in its element. */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?iU)^\\s*(?:text|interview|autor|autorin|author|words|texte|"
            + "redaktion)\\s*:?\\s*$");
    /**
     * A post's date line that goes on to its writer, with no label ("11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10
     * Uhr | Uta Helkenberg", "05.02.2020 - Redaktion: Ann Lee (Pressesprecherin)"): a date in digits or with a month's
     * name, an optional time, a separator, an optional label, then a name of two to four capitalized words and at most a
     * bracketed role.
     */
    private static final String DATE_LEAD = "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}\\.?\\s+(?i:" + Months.NAME + ")\\.?\\s+\\d{4}|(?i:" + Months.NAME + ")\\.?\\s+\\d{1,2},?\\s+\\d{4})"
            + "(?:\\s*[,|\\p{Pd}]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?i:uhr|h))?)?\\s*[|\\p{Pd}•·]\\s*";
    /** A line that opens with a date and a separator: a post's date line, or an entry of a dated list. */
    private static final Pattern DATE_LEAD_LINE = Pattern.compile("(?U)^" + DATE_LEAD);
    private static final Pattern DATED = Pattern.compile("(?U)^" + DATE_LEAD
            + "(?:(?i:redaktion|autor(?:in)?|text|von|by)\\s*:?\\s+)?"
            + "(" + NAME_WORD + "(?:\\s+" + PARTICLES + NAME_WORD + "){1,3})"
            + "(?:\\s*\\([^()]{0,60}\\))?\\s*$");
    /** An office that signs a statement: "Bundesvorsitzender", "Geschäftsführerin", "Director of Research". */
    private static final Pattern ROLE = Pattern.compile("(?iU)vorsitzende|präsident|geschäftsführ|direktor|leiter(?:in)?\\b"
            + "|sprecher|bischof|minister|bürgermeister|\\b(?:ceo|chair(?:man|woman)?|president|director|founder|gründer(?:in)?)\\b");
    /** A login of two or three initials ("DT"). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}");
    /** A byline's label alone on its line, the name on the next. */
    private static final Pattern LABEL_LINE = Pattern.compile("(?iU)(?:von|by|autor(?:in)?|author|text)\\s*:");
    /** A login in lower case: "sarah-indra", "wordpressadmin". */
    static final Pattern LOWER_LOGIN = Pattern.compile("[\\p{Ll}\\d._\\-]+");
    /** A login of letters with a digit among them: "CC7567", "Bo2man". */
    static final Pattern DIGIT_LOGIN = Pattern.compile("(?U)(?=.*\\p{L})[\\p{L}\\d._\\-]*\\d[\\p{L}\\d._\\-]*");
    /** A login made of a first and a last name: "christian.stadtfeld", "robert_stitz". */
    private static final Pattern LOGIN = Pattern.compile("([a-zäöü]{3,})[._]([a-zäöü]{3,})");
    /** A wiki's last-change label. */
    private static final Pattern LAST_EDITED = Pattern.compile("(?iU)\\blast (?:edited|modified|changed)\\b|\\bzuletzt (?:geändert|bearbeitet)\\b");
    /** A wiki's last-change line that names the editor: "(last edited 2019-11-10 13:28:18 by MatsWichmann)". */
    private static final Pattern LAST_EDITED_BY = Pattern.compile("(?iU)\\b(?:last (?:edited|modified|changed)|zuletzt (?:geändert"
            + "|bearbeitet))\\b[^()|]{0,60}?\\b(?:by|von)\\s+(\\p{L}[\\p{L}\\d._\\-]*(?: \\p{Lu}[\\p{L}.\\-]*){0,2})\\s*(?:\\)|$|[,;|]|\\.\\s)");
    /** A phone number or an e-mail address in a contact box. */
    private static final Pattern CONTACT_DETAIL = Pattern.compile("(?i)\\b(?:tel|telefon|phone|fon|mobil)\\b|@|\\+?\\d[\\d\\s/()-]{6,}\\d");
    private static final Pattern FOOTER = Pattern.compile("(?i)footer|copyright|bottom|impressum|colophon|(?:^|\\s)credits(?:\\s|$)");
    /** Classes that hide an element from readers ("rich-snippet-hidden", "sr-only", "screen-reader-text"). */
    private static final Pattern HIDDEN = Pattern.compile("(?i)hidden|sr-only|screen-reader|visually-?hidden");
    private static final Pattern SKIP = Pattern.compile("(?i)comment|kommentar|respond|reply|disqus|footer|related|sidebar|avatar");
    /**
     * Page furniture; an article's own footer holds its credits, and a wrapper holding most of the page or its headline
     * is its layout ("layoutTwoColumnsRightSidebar"), not a box beside the article.
     */
    private static final FurnitureBoxes FURNITURE = FurnitureBoxes.of(SKIP, FurnitureBoxes.HALF_PAGE).keepingArticleFooters()
            .ignoringFooterNamesInArticles().sparingHeadline();

    private PageBylines() {
    }

    /** The name in the first labelled byline line of the article (or the page), cleaned; null when there is none. */
    static String labelled(Document doc) {
        return labelled(doc, n -> false);
    }

    /**
     * As {@link #labelled(Document)}, passing over lines that name the site itself: a theme's post line credits the
     * account that posted ("By The Planetary Press - January 17, 2020") where the article's own line names the writer.
     */
    static String labelled(Document doc, Predicate<String> site) {
        Element body = doc.body();
        if (body == null) return null;
        Element article = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        // an article element bounds the search: outside it, "By ..." lines belong to other stories' teasers; an empty
        // one (a CMS's articleBody left blank, the text in sibling boxes) bounds nothing
        return find(article == null || article.text().isBlank() ? body : article, site);
    }

    /**
     * The writer a line of the article credits in so many words ("Ein Interview von Eugen Zentner mit ...", "Eine
     * Kolumne von Nils Pickert"), which names the writer where the metadata names whoever put the post online; null when
     * no such line is in the article or such lines name different people.
     */
    static String credited(Document doc) {
        Element article = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        Element root = article == null || article.text().isBlank() ? doc.body() : article;
        if (root == null) return null;
        String found = null;
        for (Element e : root.select("p, div, span, em, strong, b, i, small")) {
            String text = shown(e);
            Matcher m = CREDITED.matcher(text);
            if (text.length() > MAX_LINE || !m.find() || FURNITURE.holds(e)) continue;
            String name = AuthorNames.clean(m.group(1));
            if (name == null) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    /** The one name the labelled lines give; null when none does or when they name different people (a list of teasers). */
    /**
     * The name an element whose class says author prints ("node__author", "article_authors"), when all its text up to a
     * date is a name of two to four capitalized words; null when none does or they name different people.
     */
    static String classed(Document doc) {
        String found = null;
        // also a class that shortens author to "auth" ("auth-nm", "auth_name")
        // and Joomla's "createdby", the article's writer; a BEM element named "by" ("wo-article__by", "story-by")
        for (Element e : doc.select("[class*=author], [class*=autor], [class~=(?:^|\\s)auth[-_]], [class~=^createdby$], [class~=(?:__|-)by(?:\\s|$)]")) {
            String text = shown(e);
            if (text.length() > MAX_LINE || FURNITURE.holds(e)) continue;
            // a date ends the name, a digit inside a word ("Bo2man") does not
            String name = AuthorNames.clean(text.replaceFirst("(?:^|\\s+)\\d.*$", ""));
            // the writer's city after a comma ("Rezaul Karim Chowdhury, Chattogram"): one word, not a second writer's name
            if (name != null) name = CITY_AFTER.matcher(name).replaceFirst("");
            // a role printed on a line of its own beside the name ("Senior Transport Writer") names nobody
            if (name == null || !WHOLE_NAME.matcher(name).matches() || ROLE_LINE.matcher(name).matches()) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    /**
     * The person a site is named after when its domain spells the same name ("Dr. Ann Feld" on ann-feld.net or
     * annfeld.de): a personal site; null otherwise.
     */
    static String siteOwner(String site, String hostLabel) {
        if (site == null || hostLabel == null) return null;
        // an academic title makes the name a person's ("Dr. Ann Feld"); a brand's name may spell its domain too
        String name = site.strip().replaceFirst("^(?:(?:Dr|Prof)\\.\\s*)+", "");
        if (name.equals(site.strip()) || !WHOLE_NAME.matcher(name).matches() || ORGANISATION.matcher(name).find()
                || !TitleChooser.alnum(name).equals(hostLabel)) {
            return null;
        }
        return AuthorNames.clean(name);
    }

    /** A site named with an initial and a surname: "C.Habermueller", "A. Feldmann". */
    private static final Pattern INITIAL_SURNAME = Pattern.compile("(?U)(\\p{Lu})\\.\\s?(\\p{Lu}\\p{Ll}{3,})");

    /**
     * The owner of a blog titled with an initial and a surname when a label of its host spells the initial and the
     * surname or its first five letters or more ("C.Habermueller" on chabermu.example.com); null otherwise.
     */
    static String initialOwner(String site, String url) {
        if (site == null || url == null) return null;
        Matcher m = INITIAL_SURNAME.matcher(site.strip());
        if (!m.matches()) return null;
        String initial = m.group(1).toLowerCase(Locale.ROOT);
        String surname = TitleChooser.alnum(m.group(2));
        for (String label : TitleChooser.hostLabels(url)) {
            if (label.length() >= 6 && label.startsWith(initial) && surname.startsWith(label.substring(1))) return site.strip();
        }
        return null;
    }

    /** An author's archive heading: "Mehr von Ann Feld", "More from Ann Feld", "Alle Beiträge von Ann Feld". */
    private static final Pattern MORE_FROM = Pattern.compile("(?iU)^(?:mehr|more|alle beiträge|alle artikel|all posts|all articles)"
            + "\\s+(?:von|from|by)\\s+(\\S+(?:\\s+\\S+){1,2})$");

    /**
     * The whole name an author's archive heading prints for a byline's first name ("Ann" and "MEHR VON ANN FELD"), in
     * any case; {@code first} itself when no heading or more than one name does.
     */
    static String moreFrom(Document doc, String first) {
        if (first == null || first.contains(" ") || doc.body() == null) return first;
        String found = null;
        for (Element e : doc.body().getElementsMatchingOwnText(MORE_FROM)) {
            Matcher m = MORE_FROM.matcher(e.ownText().replace('\u00A0', ' ').strip().replaceAll("\\s+", " "));
            if (!m.matches() || AuthorNames.fuller(first, m.group(1)) == null) continue;
            if (found != null && !found.equalsIgnoreCase(m.group(1))) return first;
            found = m.group(1);
        }
        return found == null ? first : found;
    }

    /** {@code name} when it is a name of two to four capitalized words; else null. */
    static String wholeName(String name) {
        return name != null && WHOLE_NAME.matcher(name).matches() ? name : null;
    }

    private static String find(Element root, Predicate<String> site) {
        String found = find(root, false, site);
        // failing a line of its own, a line of a long element that <br>s break ("Symbolgrafik: ...<br>Autor: ..."); read
        // second, since such boxes also credit the authors of books and photos
        return found != null ? found : find(root, true, site);
    }

    private static String find(Element root, boolean broken, Predicate<String> site) {
        String found = null;
        for (Element e : root.select("p, div, span, em, strong, b, i, small, li, address, h4, h5, h6, td, dd")) {
            String whole = spaced(e);
            // only elements whose own children are the <br>s: their parents would walk the same text again
            // a meta line's parts ("yas! | By Cara Stiles | April 13, 2020") are read one by one
            List<String> lines = !broken ? parts(whole, !e.tagName().equals("p")) : whole.length() > MAX_LINE
                    && e.children().stream().anyMatch(c -> c.tagName().equals("br")) ? brokenLines(e) : List.of();
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                // a label alone on its line, the name on the next ("<b>Von:</b><br><br>Götz Warnke")
                if (broken && LABEL_LINE.matcher(text).matches() && i + 1 < lines.size()
                        && WHOLE_NAME.matcher(lines.get(i + 1)).matches() && !ORGANISATION.matcher(lines.get(i + 1)).find()) {
                    text = text.replaceFirst("\\s*:$", "") + " " + lines.get(i + 1);
                }
                if (text.length() > MAX_LINE || text.length() < 5) continue;
                Matcher m = LABELLED.matcher(text);
                if (!m.find()) m = NOTED.matcher(text);
                if (!m.find(0)) m = LOGIN_LABELLED.matcher(text);
                if (!m.find(0) || FURNITURE.holds(e)) continue;
                String name = AuthorNames.clean(lineEnded(e, broken, m.group(1)));
                if (name == null || site.test(name)) continue;
                if (found != null && !found.equalsIgnoreCase(name)) return null;
                found = name;
            }
        }
        return found;
    }

    /**
     * {@code name} ended where the byline's line ends: a {@code <br>} in a short byline separates the name from what
     * follows ("Von Anna Weber und Ole Brandt<br>Kakuma /Kenia" names "Ole Brandt", not "Ole Brandt Kakuma").
     */
    private static String lineEnded(Element e, boolean broken, String name) {
        if (broken || e.children().stream().noneMatch(c -> c.tagName().equals("br"))) return name;
        for (String line : brokenLines(e)) {
            Matcher m = LABELLED.matcher(line);
            if (m.find() && name.startsWith(m.group(1)) && m.group(1).length() < name.length()) return m.group(1);
        }
        return name;
    }

    /**
     * A short line, then each of its parts between " | " separators when it has any; outside a paragraph, also a credits
     * line of up to twice that length whose parts a dash or a dot separates ("Medically reviewed by Samuel Ochoa, MD —
     * Written by Laura Pinsky, RN — Updated on April 2, 2037").
     */
    private static List<String> parts(String line, boolean credits) {
        if (credits && line.length() <= 2 * MAX_LINE && CREDIT_SEPARATOR.matcher(line).find()) {
            List<String> out = new ArrayList<>();
            if (line.length() <= MAX_LINE) out.add(line);
            for (String p : CREDIT_SEPARATOR.split(line)) out.add(p.strip());
            return out;
        }
        if (line.length() > MAX_LINE || !line.contains(" | ")) return List.of(line);
        List<String> out = new ArrayList<>();
        out.add(line);
        for (String p : line.split("\\s+\\|\\s+")) out.add(p.strip());
        return out;
    }

    /** What separates the parts of a credits line: a bar, a long dash or a dot between spaces. */
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s+[|—·•]\\s+");

    /** The lines of {@code e}'s text that {@code <br>} elements and blocks separate; empty when it holds no {@code <br>}. */
    static List<String> brokenLines(Element e) {
        if (e.selectFirst("br") == null) return List.of();
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(e, out, line);
        addLine(out, line);
        return out;
    }

    /** Collects the lines of {@code e}'s text; iterative (jsoup's traversor), so a deeply nested page cannot overflow the stack. */
    private static void walk(Element e, List<String> out, StringBuilder line) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node n, int depth) {
                if (n == e) return;
                if (n instanceof TextNode t) {
                    line.append(t.text());
                } else if (n instanceof Element c && c.tagName().equals("br")) {
                    addLine(out, line);
                } else if (n instanceof Element c) {
                    // a block inside ends the line before it and after it
                    if (c.isBlock()) addLine(out, line);
                    line.append(' ');
                }
            }

            @Override
            public void tail(Node n, int depth) {
                if (n == e || !(n instanceof Element c) || c.tagName().equals("br")) return;
                line.append(' ');
                if (c.isBlock()) addLine(out, line);
            }
        }, e);
    }

    /**
     * An element's text as a reader sees it: no-break spaces as spaces and no soft hyphens (U+00AD, an invisible hint
     * where a word may break: "Von Mat&shy;thi&shy;as Lauerer" prints "Von Matthias Lauerer").
     */
    static String shown(Element e) {
        return e.text().replace('\u00A0', ' ').replace("\u00AD", "").strip();
    }

    /**
     * As {@link #shown(Element)}, with a space between two elements that touch ("<span>By Jane Roe</span><span>Updated
     * 2 hours ago</span>"): a page whose class names are generated lays such parts out apart, and their text must not
     * run one name into the next word ("RoeUpdated").
     */
    static String spaced(Element e) {
        if (e.children().size() < 2) return shown(e);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node n, int depth) {
                if (n instanceof TextNode t) out.append(t.text());
                else if (n != e && n instanceof Element c && c.tagName().equals("br")) out.append(' ');
                else if (n != e && n.previousSibling() instanceof Element) out.append(' ');
            }

            @Override
            public void tail(Node n, int depth) {
            }
        }, e);
        return out.toString().replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether the page's body holds {@code name} only in hidden elements (a class or a style that hides, or
     * {@code hidden}): a theme's hidden vcard of the account that posted.
     */
    static boolean onlyHidden(Document doc, String name) {
        if (doc.body() == null) return false;
        String key = name.toLowerCase(Locale.ROOT).strip();
        if (!doc.body().text().replace('\u00A0', ' ').toLowerCase(Locale.ROOT).contains(key)) return false;
        StringBuilder shown = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node n, int depth) {
                if (n instanceof TextNode t && !hidden(t.parent())) shown.append(t.text()).append(' ');
            }

            @Override
            public void tail(Node n, int depth) {
            }
        }, doc.body());
        String text = shown.toString().replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ");
        return !text.toLowerCase(Locale.ROOT).contains(key);
    }

    private static boolean hidden(Node n) {
        for (Node a = n; a instanceof Element e; a = a.parent()) {
            if (e.hasAttr("hidden") || HIDDEN.matcher(e.className()).find()
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
                return true;
            }
        }
        return false;
    }

    private static void addLine(List<String> out, StringBuilder line) {
        String s = line.toString().replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) out.add(s);
        line.setLength(0);
    }

    /** A paragraph right after a paragraph of prose: the line that closes an article. */
    private static boolean closesProse(Element e) {
        if (!e.tagName().equals("p")) return false;
        Element before = e.previousElementSibling();
        while (before != null && before.text().isBlank()) before = before.previousElementSibling();
        return before != null && before.tagName().equals("p") && before.text().length() >= 200;
    }

    /**
     * A paragraph after one short paragraph that follows the prose: a book's or a source's box between the article and
     * its writer's name ("Nikole Hannah-Jones (Hrsg.) 1619 ... Blessing, 816 Seiten").
     */
    private static boolean afterBox(Element e) {
        Element box = e.previousElementSibling();
        while (box != null && box.text().isBlank()) box = box.previousElementSibling();
        return box != null && box.tagName().equals("p") && box.text().length() < 200 && closesProse(box);
    }

    /** In the page's footer: a copyright line elsewhere is a photo's or a quoted work's credit. */
    private static boolean inFooter(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.tagName().equals("footer") || FOOTER.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }

    /**
     * The writer a post's date line names after the date without a label ("11.12.2019 - Amelie Loevenich"); null when no
     * short line reads so, such lines name different people, or three lines open with a date (a list of dated entries).
     */
    static String dated(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        Set<String> leads = new HashSet<>();
        for (Element e : doc.body().select("p, div, span, small, li, time")) {
            String text = shown(e);
            if (text.length() > 80 || text.length() < 12) continue;
            // three different lines opening with a date are a list of dated entries (events, teasers), not a byline
            if (DATE_LEAD_LINE.matcher(text).find() && leads.add(text) && leads.size() > 2) return null;
            Matcher m = DATED.matcher(text);
            if (!m.find() || HtmlDates.find(text) == null || ORGANISATION.matcher(m.group(1)).find() || FURNITURE.holds(e)) continue;
            String name = AuthorNames.clean(m.group(1));
            if (name == null) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    /**
     * The writer's signature closing the article: a short paragraph right after the prose whose whole text is a name
     * of two to four capitalized words, set apart in italics or bold or aligned right; null when there is none.
     */
    static String signature(Document doc) {
        if (doc.body() == null) return null;
        for (Element p : doc.body().select("p")) {
            String text = shown(p);
            if (text.length() > 50 || !WHOLE_NAME.matcher(text).matches() || ORGANISATION.matcher(text).find()) continue;
            // set right, as letters sign; or in italics or bold as the article's last line (elsewhere that is a subheading)
            boolean right = p.attr("align").equalsIgnoreCase("right") || p.attr("style").matches("(?i).*text-align\\s*:\\s*right.*");
            boolean emphasized = p.select("em, i, b, strong").stream().anyMatch(x -> x.text().strip().equals(text));
            Element after = p.nextElementSibling();
            while (after != null && after.text().isBlank()) after = after.nextElementSibling();
            if ((right && closesProse(p) || emphasized && after == null && (closesProse(p) || afterBox(p))) && !FURNITURE.holds(p)) {
                return AuthorNames.clean(text);
            }
        }
        String dated = signedAndDated(doc);
        return dated != null ? dated : signedWithRole(doc);
    }

    /** A Chinese news page's credit of its responsible editor: "责任编辑：焦鹏", "[责任编辑:肖春芳]", a name of two to four Han characters that ends the line. */
    private static final Pattern EDITOR_CREDIT = Pattern.compile("(?:^|\\s)[\\[【(（]?\\s*责任编辑\\s*[:：]\\s*(\\p{IsHan}{2,4})\\s*[\\]】)）]?$");

    /**
     * The responsible editor a Chinese news page credits under its article ("责任编辑：焦鹏"), the only person such pages
     * name; null when no line or more than one name is credited.
     */
    static String editorCredit(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element e : doc.body().getElementsContainingOwnText("责任编辑")) {
            Matcher m = EDITOR_CREDIT.matcher(e.text().replace('\u00A0', ' ').strip());
            // the credit ends its line; a link before it ("【纠错】", report an error) may share the element
            if (!m.find() || FURNITURE.holds(e)) continue;
            if (found != null && !found.equals(m.group(1))) return null;
            found = m.group(1);
        }
        return found;
    }

    /** Class or id of a box naming the page's contact person: "ansprechpartner", "contact-person", "kontaktperson". */
    private static final Pattern CONTACT_BOX = Pattern.compile("(?i)ansprechpartner|contact[-_]?person|kontakt[-_]?person");

    /**
     * The one person a contact box names with an office ("Ansprechpartner": "Ann Feld" over "Pressesprecherin"), for
     * an organisation's page whose author tag names the organisation or its web agency; null when no box or more than
     * one person is named.
     */
    static String contactPerson(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element box : doc.body().getAllElements()) {
            if (!CONTACT_BOX.matcher(box.className() + " " + box.id()).find() || FURNITURE.holds(box)) continue;
            for (Element e : box.getAllElements()) {
                String name = e.ownText().replace('\u00A0', ' ').strip();
                if (name.length() > 50 || !WHOLE_NAME.matcher(name).matches() || ORGANISATION.matcher(name).find()) continue;
                // the office follows the name within the same entry
                Element entry = e;
                while (entry.parent() != null && entry.parent() != box && entry.parent().text().length() <= name.length() + 2) {
                    entry = entry.parent();
                }
                Element next = entry.nextElementSibling();
                if (next == null || next.text().length() > 120 || !ROLE.matcher(next.text()).find()) continue;
                if (found != null && !found.equalsIgnoreCase(name)) return null;
                found = name;
            }
        }
        return AuthorNames.clean(found);
    }

    /**
     * A statement's sign-off closing it: the last paragraph is a name over the signer's office ("Ann Feld<br>
     * Bundesvorsitzende", "Jonas Lee<br>Director of Research"), right after another paragraph.
     */
    private static String signedWithRole(Document doc) {
        for (Element p : doc.body().select("p:has(br)")) {
            List<String> lines = brokenLines(p);
            if (lines.size() != 2 || lines.get(0).length() > 50 || lines.get(1).length() > 60) continue;
            String name = lines.get(0).strip();
            if (!WHOLE_NAME.matcher(name).matches() || ORGANISATION.matcher(name).find()
                    || !ROLE.matcher(lines.get(1)).find()) {
                continue;
            }
            Element after = p.nextElementSibling();
            while (after != null && after.text().isBlank()) after = after.nextElementSibling();
            Element before = p.previousElementSibling();
            if (after == null && before != null && before.tagName().equals("p") && !FURNITURE.holds(p)) return AuthorNames.clean(name);
        }
        return null;
    }

    /**
     * A letter's sign-off closing the article: its last paragraph is a name over a date ("Benni<br>10. September 2017"),
     * right after another paragraph. The date below makes a single first name a signature, as bloggers sign.
     */
    private static String signedAndDated(Document doc) {
        for (Element p : doc.body().select("p:has(br)")) {
            List<String> lines = brokenLines(p);
            if (lines.size() != 2 || lines.get(0).length() > 50) continue;
            String name = lines.get(0).strip();
            if (!(ONE_NAME.matcher(name).matches() || WHOLE_NAME.matcher(name).matches()) || ORGANISATION.matcher(name).find()) continue;
            LocalDate day = HtmlDates.find(lines.get(1));
            if (day == null || lines.get(1).length() > 30) continue;
            Element after = p.nextElementSibling();
            while (after != null && after.text().isBlank()) after = after.nextElementSibling();
            Element before = p.previousElementSibling();
            if (after == null && before != null && before.tagName().equals("p") && !FURNITURE.holds(p)) return AuthorNames.clean(name);
        }
        return null;
    }

    /**
     * The writer a page's description opens with ("by Kenneth Surin   Deleuze and Guattari ...", "Von Anna Weber: ..."),
     * for pages that print the byline nowhere else; null when the description opens otherwise.
     */
    static String inDescription(Document doc) {
        Element meta = doc.selectFirst("meta[name~=(?i)^description$][content], meta[property~=(?i)^og:description$][content]");
        if (meta == null) return null;
        Matcher m = DESCRIPTION_BYLINE.matcher(meta.attr("content").replace('\u00A0', ' ').strip());
        return m.find() && !ORGANISATION.matcher(m.group(1)).find() ? AuthorNames.clean(m.group(1)) : null;
    }

    /**
     * The person a short copyright line names as the holder ("(c) Johannes Wolf • Impressum"), for personal sites that
     * name their writer nowhere else; null when no line does or the holder reads as a company or institution.
     */
    static String copyright(Document doc) {
        if (doc.body() == null) return null;
        // only elements whose own text has the mark, and their parents: the text of every div would cost the square
        for (Element e : withParents(doc.body().getElementsMatchingOwnText(COPYRIGHT_MARK))) {
            String whole = shown(e);
            // "... 2006-2008 by Martin Weber<br>Hosted by ...": the line of the mark, not the box
            List<String> lines = brokenLines(e);
            for (String text : lines.isEmpty() ? List.of(whole) : lines) {
                if (text.length() > 120 || text.length() < 6) continue;
                Matcher m = COPYRIGHT.matcher(text);
                if (!m.find() || !inFooter(e) && !closesProse(e)) continue;
                String name = m.group(1).replaceFirst("\\.$", "").strip();
                // the holder's legal form may follow its name ("WWB Holdings, LLC")
                if (!WHOLE_NAME.matcher(name).matches() || ORGANISATION.matcher(text.substring(m.start(1))).find()) continue;
                return AuthorNames.clean(name);
            }
        }
        return null;
    }

    /** Whether an author string reads as a company, institution or publication ("Hanns-Seidel-Stiftung e.V."). */
    static boolean organisation(String author) {
        return author != null && ORGANISATION.matcher(author).find();
    }

    /**
     * The person a press release names as its contact ("Pressekontakt" / "Dr. Tim Loppe" / "Tel.: ..."): the first line
     * after a line that is only that label, when it is a name of two to four capitalized words (an academic title
     * kept) and a phone number or e-mail address follows within three lines; null when the page has no such box.
     */
    static String pressContact(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : withParents(doc.body().getElementsMatchingOwnText(CONTACT_LABEL))) {
            List<String> lines = brokenLines(e);
            if (lines.isEmpty()) lines = List.of(e.text().strip());
            for (int i = 0; i < lines.size(); i++) {
                if (!CONTACT_LABEL.matcher(lines.get(i)).matches() || FURNITURE.holds(e)) continue;
                List<String> after = i + 1 < lines.size() ? lines.subList(i + 1, lines.size()) : lines(nextWithText(e));
                if (after.isEmpty()) continue;
                String name = after.get(0).replaceFirst("^(?:(?:Dr|Prof)\\.\\s*)+", "");
                boolean reachable = after.stream().skip(1).limit(3).anyMatch(l -> CONTACT_DETAIL.matcher(l).find());
                if (reachable && PLAIN_NAME.matcher(name).matches() && !ORGANISATION.matcher(name).find()) {
                    return AuthorNames.clean(after.get(0));
                }
            }
        }
        return null;
    }

    private static Element nextWithText(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            Element n = a.nextElementSibling();
            while (n != null && n.text().isBlank()) n = n.nextElementSibling();
            if (n != null) return n;
        }
        return null;
    }

    /** The lines of an element: those its {@code <br>}s separate, or its text as one line. */
    private static List<String> lines(Element e) {
        if (e == null) return List.of();
        List<String> lines = brokenLines(e);
        return lines.isEmpty() ? List.of(e.text().strip()) : lines;
    }

    /**
     * The name a credits box gives its writer with the label in one element and the name in the next ("Interview" /
     * "SVEN MICHAELSEN", "Text" / "Anna Lee"); null when no such pair is on the page or pairs name different people.
     */
    static String creditPair(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element label : doc.body().getElementsMatchingOwnText(CREDIT_LABEL)) {
            if (!CREDIT_LABEL.matcher(label.text()).matches() || FURNITURE.holds(label)) continue;
            Element next = label.nextElementSibling();
            String text = next == null ? "" : shown(next);
            if (!PLAIN_NAME.matcher(text).matches() || ORGANISATION.matcher(text).find()) continue;
            String name = AuthorNames.clean(text);
            if (name == null) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    /**
     * The login of the post's author on a WordPress blog, which marks that author's own comments with
     * {@code comment-author-LOGIN bypostauthor}; null when no comment does or the login is a placeholder ("admin").
     */
    static String postAuthor(Document doc) {
        for (Element c : doc.select(".bypostauthor")) {
            for (String cls : c.classNames()) {
                if (cls.startsWith("comment-author-") && cls.length() > "comment-author-".length()) {
                    return AuthorNames.clean(cls.substring("comment-author-".length()));
                }
            }
        }
        return null;
    }

    /**
     * The name a login stands for ("christian.stadtfeld", "robert_stitz"), as the page prints it elsewhere ("Christian P.
     * Stadtfeld" closing the article, "Robert Stitz" in a script's user object): first and last name in capitals, at most
     * a middle name or initial between; {@code author} itself when it is no such login or the page prints no such name.
     */
    static String printedLogin(Document doc, String author) {
        if (author != null && INITIALS.matcher(author).matches()) return initialled(doc, author);
        Matcher login = author == null ? null : LOGIN.matcher(author);
        if (login == null || !login.matches() || doc.body() == null) return author;
        Pattern printed = Pattern.compile("(?U)(?<![\\p{L}.])(?i:" + Pattern.quote(login.group(1)) + ")(?:\\s+\\p{Lu}\\p{L}*\\.?)?\\s+(?i:"
                + Pattern.quote(login.group(2)) + ")(?![\\p{L}.])");
        for (String text : new String[] {doc.body().text(), doc.html()}) {
            Matcher m = printed.matcher(text);
            while (m.find()) {
                String name = m.group().replaceAll("\\s+", " ");
                if (WHOLE_NAME.matcher(name).matches()) return name;
            }
        }
        return author;
    }

    /**
     * The one name the page prints whose words open with the letters of a login made of initials ("DT" for "Donald
     * Townsend" in the blog's licence line); {@code author} itself when the page prints no such name or several.
     */
    private static String initialled(Document doc, String author) {
        if (doc.body() == null) return author;
        StringBuilder words = new StringBuilder("(?U)(?<![\\p{L}.])");
        for (int i = 0; i < author.length(); i++) {
            words.append(i == 0 ? "" : "\\s+").append(author.charAt(i)).append("\\p{Ll}[\\p{L}'’\\-]+");
        }
        // printed as an element's whole text (a link, a span): in running text such words are a phrase ("Deinem Twitter-Konto")
        Pattern name = Pattern.compile(words.toString());
        String found = null;
        for (Element e : doc.body().getElementsMatchingOwnText(name)) {
            String text = e.ownText().replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
            if (!name.matcher(text).matches()) continue;
            if (found != null && !found.equals(text)) return author;
            found = text;
        }
        return found == null || ORGANISATION.matcher(found).find() ? author : found;
    }

    /**
     * The account a forum or a CMS marks as the post's ({@code <span class="username">}, as Drupal's "Submitted by"
     * line and phpBB's post profile print it): the first one shown outside comment threads.
     */
    static String username(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().select(".username")) {
            if (FURNITURE.holds(e) || hidden(e)) continue;
            String text = shown(e);
            // a login (one word, "rasos", "r23") or a name; the first one shown is the post's, later ones are replies'
            if (text.length() < 2 || text.length() > 40 || !text.matches("(?U)[\\p{L}\\d][\\p{L}\\d._\\-]*(?: \\p{Lu}[\\p{L}.\\-]*){0,2}")) {
                return null;
            }
            return AuthorNames.clean(text);
        }
        return null;
    }

    /** A link to an account's profile page ("/user/Ann7.html", "/profile/142450", "/members/ann", "/u1"). */
    private static final Pattern PROFILE = Pattern.compile("(?i)^(?:https?://[^/]+)?/(?:[\\w-]+/)?(?:users?|profiles?|members?"
            + "|u|benutzer|mitglied(?:er)?)(?:/[^/?#]+|\\d+)/?(?:\\.html?)?(?:[?#].*)?$");

    /** The class of a box holding the post's account: "user-badge", "author-box", "post-author". */
    private static final Pattern USER_BOX = Pattern.compile("(?i)(?:^|[\\s_-])(?:user|author|autor|poster)(?:[_-]?(?:badge|box|info|"
            + "name|card))?(?:$|[\\s_-])");

    /** A byline's label ("von", "by") as the last words before the name. */
    private static final Pattern BY_BEFORE = Pattern.compile("(?iU)(?:^|[\\s|·•(])(?:von|by|posted by)\\s*$");

    /**
     * The login a byline prints as a link to the account's profile ("von <a href="/user/Ann7.html">Ann7</a>", a story's
     * "Title by <a href="/profile/142450">ann4</a>"): one word with a digit or all in lower case, right after "von" or "by",
     * the first one shown outside comment threads; null when there is none.
     */
    static String profileLogin(Document doc) {
        if (doc.body() == null) return null;
        for (Element a : doc.body().select("a[href]")) {
            String text = a.text().replace('\u00A0', ' ').strip();
            if (!PROFILE.matcher(a.attr("href").strip()).matches() || text.length() < 2 || text.length() > 30
                    || !(DIGIT_LOGIN.matcher(text).matches()
                    || text.matches("(?U)\\p{Ll}[\\p{Ll}\\d._\\-]+"))) {
                continue;
            }
            if (FURNITURE.holds(a) || hidden(a)) continue;
            // the words before the link, climbing out of the wrappers it opens ("von <span><a>...</a></span>")
            Element e = a;
            Node before = previousShown(e);
            for (int up = 0; up < 3 && before == null && e.parent() != null; up++) {
                e = e.parent();
                before = previousShown(e);
            }
            String words = before instanceof TextNode t ? t.text() : before instanceof Element b ? b.text() : "";
            if (BY_BEFORE.matcher(words.replace('\u00A0', ' ').strip()).find() || inUserBox(a)) return text;
        }
        return null;
    }

    /** Whether the link sits in a box named for the post's account or author ("user-badge", "author-box"). */
    private static boolean inUserBox(Element a) {
        return Ancestors.classed(a, 3, USER_BOX);
    }

    /** The node before {@code n} that is neither blank text nor a comment; null when there is none. */
    private static Node previousShown(Node n) {
        Node before = n.previousSibling();
        while (before != null && (before instanceof TextNode t && t.isBlank() || before instanceof org.jsoup.nodes.Comment)) {
            before = before.previousSibling();
        }
        return before;
    }

    /**
     * The editor a wiki's "last edited" line names ("BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by
     * MatsWichmann)"), for pages that name no writer otherwise; null when the page has no such line.
     */
    static String lastEditor(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : withParents(doc.body().getElementsMatchingOwnText(LAST_EDITED))) {
            String text = shown(e);
            Matcher m = LAST_EDITED_BY.matcher(text);
            if (text.length() > MAX_LINE * 2 || !m.find()) continue;
            String name = AuthorNames.clean(m.group(1));
            if (name != null && !ORGANISATION.matcher(name).find()) return name;
        }
        return null;
    }

    /** Each element followed by its parent, in order and without repeats. */
    static java.util.Collection<Element> withParents(java.util.List<Element> found) {
        java.util.Set<Element> out = new java.util.LinkedHashSet<>();
        for (Element e : found) {
            out.add(e);
            if (e.parent() != null) out.add(e.parent());
        }
        return out;
    }
}
