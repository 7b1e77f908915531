package org.parallax.ingest.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cleans the title a page's metadata gives of the site, section and kicker parts around the headline ("Chronik: ...",
 * "... | Site", "... - site.de"). A part is dropped when the rest is what the page prints as its headline (an
 * {@code <h1>} or, when the h1 holds a kicker and the headline, one of its children), or when the dropped part is the
 * site's name or its domain. Only reads the document.
 */
final class TitleChooser {
    /** A name in a JSON-LD list ("name":"Bridge closure"). */
    private static final Pattern CRUMB_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"");
    /** Separators between a headline and a site, section or kicker part. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»›/\\\\:ǀ]{1,2}\\s+|:\\s+");
    private static final Pattern BLOG_ARCHIVE = Pattern.compile("(?iU)^(?:.*[|»›\\-–—:\"«]\\s*)?blog[- ]?archiv(?:e|es)?\\s*[|»›\\-–—:\"«]+\\s*");
    /** A comments feed's title, in the languages of the saved pages; group 1 is what precedes the label. */
    private static final Pattern COMMENTS_FEED = Pattern.compile("(?iU)(.+?)\\s*(?:kommentar-feed|comments feed|feed dei commenti"
            + "|flux des commentaires|feed de comentarios|reacties feed|kommentarer feed)");
    /** Elements inside an h1 that hold no part of the headline: kickers, topic labels, text hidden for screen readers. */
    private static final String KICKER = "[class~=(?i)kicker|overline|topic|dachzeile|roofline|eyebrow|h1small|visually-hidden"
            + "|invisible|sr-only]";
    /** Titles that name no page of their own: a site's start, about or contact page. */
    private static final Pattern GENERIC = Pattern.compile("(?iU)\\s*(?:home|homepage|startseite|start|welcome|willkommen|about|about us"
            + "|über uns|ueber uns|kontakt|contact|contact us|index|accueil|inicio)\\s*[.!]?\\s*");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A title's first part that is only a date: "23.01.2022 - ", "2022-01-23 | ". */
    private static final Pattern DATE_PART = Pattern.compile("^\\s*(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\s+[|\\-–—·•:]\\s+");
    /** One or two words of letters only, a template's around a headline ("Rezept", "Receita de"). */
    private static final Pattern TEMPLATE_WORDS = Pattern.compile("(?U)\\p{L}{2,12}(?:\\s\\p{L}{2,12})?");
    /** A last part in round brackets with a number in it: an issue or a year, "... (2021/5)". */
    private static final Pattern ISSUE_TAIL = Pattern.compile("\\s+\\(([^()]{0,12}\\d[^()]{0,12})\\)\\s*$");
    /** A last part in round or square brackets: "... (neues deutschland)". */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s+[(\\[]([^()\\[\\]]{2,40})[)\\]]\\s*$");

    /** Elements of a heading that no reader sees: a ": " between kicker and headline kept for screen readers. */
    private static final String HIDDEN = "[class~=(?i)visually-hidden|invisible|sr-only|hidden]";

    /** Bars and dashes that join a site's name to a headline without spaces. */
    private static final String JOINER = "|｜-–—_ǀ";

    private TitleChooser() {
    }

    /** {@code title} without the parts around its headline; {@code title} itself when nothing says a part is extra. */
    static String clean(Document doc, String title, String site, String url) {
        if (title == null || title.isBlank()) return title;
        String t = title.strip().replaceAll("\\s+", " ");
        String behind = headlineBehindTab(doc, t);
        if (behind != null) return behind;
        String afterKicker = headlineAfterKicker(doc, t);
        if (afterKicker != null) return afterKicker;
        String overSection = headlineOverSection(doc, t, site, url);
        if (overSection != null) return overSection;
        t = afterBlogArchive(t);
        t = withoutDateOrSiteAside(t, site, url);
        List<int[]> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        while (m.find()) seps.add(new int[] {m.start(), m.end()});
        if (seps.isEmpty()) return withoutBracketedTail(doc, t, site, url);
        Set<String> headings = new HashSet<>();
        for (Element h : doc.select("h1, h1 > *, [itemprop~=headline]")) {
            String k = key(h.text());
            if (!k.isEmpty()) headings.add(k);
        }
        // blog themes print the site's name as the h1 (or none) and each post's title in an h2 or h3
        // an h1 that opens with one of the title's parts besides the headline names the section ("OutdoorNews |
        // Eintrag" for "site.ch - Outdoornews - Headline"), as a site's name does
        Set<String> parts = new HashSet<>();
        for (String part : SEPARATOR.split(t)) parts.add(key(part));
        boolean headlineH1 = doc.select("h1").stream().anyMatch(h -> headlineHeading(h.text(), site, url)
                && !sectionLabel(h.text(), parts));
        if (!headlineH1) {
            for (Element h : doc.select("h2, h3, .entry-title, .post-title")) {
                String k = key(h.text());
                if (!k.isEmpty()) headings.add(k);
            }
        }
        String unkicked = withoutKicker(doc, t);
        if (unkicked == null) unkicked = sharedWithTab(t, MetadataExtractor.tab(doc));
        if (unkicked != null) return unkicked;
        if (headings.contains(key(t))) return t;
        // the longest run of whole parts that the page prints as its headline
        String best = null;
        for (int i = -1; i < seps.size(); i++) {
            int from = i < 0 ? 0 : seps.get(i)[1];
            for (int j = seps.size(); j > i; j--) {
                int to = j == seps.size() ? t.length() : seps.get(j)[0];
                if (to <= from || (i < 0 && j == seps.size())) continue;
                String part = t.substring(from, to).strip();
                if (headings.contains(key(part)) && (best == null || part.length() > best.length())) best = part;
            }
        }
        String siteKey = site == null ? "" : alnum(site);
        String host = hostLabel(url);
        // a short last part that a heading repeats is the site's logo, not the headline: titles put the site last
        // (after a colon, though, a short last part is the headline behind its kicker: "Siemens und Adani: Kaeser ...")
        boolean logo = best != null && (isSite(best, siteKey, host)
                || (t.endsWith(best) && best.length() * 2 < t.length() && !t.substring(0, t.length() - best.length()).matches("(?s).*[^:\\s]: ")));
        if (best != null && words(best) >= 2 && !logo) return best;
        // a last or first part that is the site's name or its domain
        int[] last = seps.get(seps.size() - 1);
        String tail = t.substring(last[1]).strip();
        if (isSite(tail, siteKey, host) && words(t.substring(0, last[0])) >= 2) return t.substring(0, last[0]).strip();
        // "Headline | petri-heil.ch | Dein Schweizer Fischereimagazin": the site's name with its tagline after it
        for (int k = 1; k < seps.size(); k++) {
            String part = t.substring(seps.get(k - 1)[1], seps.get(k)[0]).strip();
            if (isSite(part, siteKey, host) && alnum(t.substring(0, seps.get(k - 1)[0])).length() >= 4) {
                return t.substring(0, seps.get(k - 1)[0]).strip();
            }
        }
        int[] first = seps.get(0);
        String head = t.substring(0, first[0]).strip();
        // "site.de // » Headline": two separators in a row enclose an empty part, both go with the site
        String rest = t.substring(first[1]).replaceFirst("^[|\\-–—·•»›/\\\\ǀ]{1,2}\\s+", "").strip();
        if (isSite(head, siteKey, host) && words(rest) >= 2) return rest;
        return t;
    }

    /**
     * The headline a tab title adds after the whole metadata title, when a page's h1 prints it: CMSs fill the metadata
     * title with the site and section ("www.site.de: Der Präsident / Reden") and write the tab title as that path with
     * the headline after it ("... / Reden / Rede von ..."). Null when the tab title does not go on so.
     */
    private static String headlineBehindTab(Document doc, String t) {
        String tab = MetadataExtractor.tab(doc).strip().replaceAll("\\s+", " ");
        if (tab.length() <= t.length() || !tab.startsWith(t)) return null;
        Matcher sep = SEPARATOR.matcher(tab.substring(t.length()));
        if (!sep.lookingAt()) return null;
        String rest = tab.substring(t.length() + sep.end()).strip();
        // a blog's tab title puts its name after the post's title, and its h1 prints the name: the headline is the longer
        if (words(rest) < 2 || rest.length() <= t.length()) return null;
        for (Element h1 : doc.select("h1")) {
            if (key(h1.text()).equals(key(rest))) return rest;
        }
        return null;
    }

    /**
     * The headline of a page whose metadata title is a section's name of one or two words ("Pressemitteilungen") while the
     * tab title is the site's name and the headline ("BDZV: Olafur Eliasson gestaltet ...") and an h1 prints that
     * headline: press-release CMSs fill og:title with the list the page belongs to. Null otherwise.
     */
    private static String headlineOverSection(Document doc, String t, String site, String url) {
        if (words(t) > 2) return null;
        String[] parts = SEPARATOR.split(MetadataExtractor.tab(doc).strip().replaceAll("\\s+", " "));
        if (parts.length != 2) return null;
        String siteKey = site == null ? "" : alnum(site);
        String host = hostLabel(url);
        String head = isSite(parts[0], siteKey, host) ? parts[1].strip() : isSite(parts[1], siteKey, host) ? parts[0].strip() : null;
        if (head == null || words(head) < 3 || sharesWord(head, t)) return null;
        for (Element h1 : doc.select("h1")) {
            if (key(h1.text()).equals(key(head))) return head;
        }
        return null;
    }

    /**
     * The headline of an h1 that prints a kicker element first and the headline after it, when the metadata title (or
     * the tab title) is that kicker and the headline's first words: "Strompreisbremse, Erlösabschöpfung: Bundesregierung
     * drosselt Bioenergie" beside {@code <h1><span>Strompreisbremse – Erlösabschöpfung</span><span>Bundesregierung
     * drosselt Bioenergie, Branche protestiert</span></h1>}. The title shortened the headline to fit; the h1 has it
     * whole. Null when no h1 is so.
     */
    private static String headlineAfterKicker(Document doc, String t) {
        String tab = MetadataExtractor.tab(doc).strip().replaceAll("\\s+", " ");
        for (Element h1 : doc.select("h1")) {
            Element kicker = null;
            for (Element c : h1.children()) {
                if (!c.is(HIDDEN) && !alnum(c.text()).isEmpty()) {
                    kicker = c;
                    break;
                }
            }
            // the kicker must come first: no text of the h1's own before it
            if (kicker == null || !alnum(h1.text()).startsWith(alnum(kicker.text()))) continue;
            Element copy = h1.clone();
            copy.child(kicker.elementSiblingIndex()).remove();
            copy.select(HIDDEN).remove();
            String head = copy.text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (words(head) < 3) continue;
            for (String title : new String[] {t, tab}) {
                String[] parts = SEPARATOR.split(title);
                if (parts.length < 2 || !alnum(parts[0]).equals(alnum(kicker.text()))) continue;
                String start = alnum(parts[1]);
                if (words(parts[1]) >= 2 && alnum(head).startsWith(start) && alnum(head).length() > start.length()) return head;
            }
        }
        return null;
    }

    /**
     * The post's own title as WordPress names it in the link to the post's comments feed ("Site » Headline
     * Kommentar-Feed"), which keeps the title the author typed where SEO plugins reword the meta titles; null when the
     * page links no such feed. The site-wide comments feed ("Site » Comments Feed") gives the site prefix to cut.
     */
    static String commentsFeedTitle(Document doc) {
        String site = null;
        List<String> posts = new ArrayList<>();
        for (Element link : doc.select("link[rel~=alternate][type~=(?i)rss|atom][title]")) {
            Matcher m = COMMENTS_FEED.matcher(link.attr("title").replace('\u00A0', ' ').strip());
            if (!m.matches()) continue;
            String rest = m.group(1).strip();
            if (rest.endsWith("»")) site = rest.substring(0, rest.length() - 1).strip();
            else posts.add(rest);
        }
        for (String p : posts) {
            int cut = site != null && p.startsWith(site + " » ") ? site.length() + 3 : p.indexOf(" » ") + 3;
            if (cut < 3) continue;
            String title = p.substring(cut).strip();
            if (!title.isEmpty()) return title;
        }
        return null;
    }

    /**
     * {@code t} without a last part in round brackets that holds a number ("Der historische Purzelbaum (2021/5)", a
     * magazine's issue) when the page prints the rest as its headline: its h1, or the post's h2 when no h1 holds a
     * headline. A site's name in square brackets ("... [LWN.net]") stays: the reader tests keep it.
     */
    private static String withoutBracketedTail(Document doc, String t, String site, String url) {
        Matcher tail = ISSUE_TAIL.matcher(t);
        if (!tail.find() || tail.start() == 0 || words(t.substring(0, tail.start())) < 2) return t;
        String rest = key(t.substring(0, tail.start()));
        boolean headlineH1 = false;
        for (Element h : doc.select("h1")) {
            if (key(h.text()).equals(rest)) return t.substring(0, tail.start()).strip();
            headlineH1 |= headlineHeading(h.text(), site, url);
        }
        if (headlineH1) return t;
        for (Element h : doc.select("h2")) {
            if (key(h.text()).equals(rest)) return t.substring(0, tail.start()).strip();
        }
        return t;
    }

    /** Whether a heading's text may be a headline: two words or more, and not the site's name. */
    private static boolean headlineHeading(String text, String site, String url) {
        return words(text) >= 2 && !isSite(text, site == null ? "" : alnum(site), hostLabel(url));
    }

    /**
     * The headline after a kicker's colon when the tab's title ends with the same headline after other words ("Industriell
     * Revolutioniert?: Anno 1800 Beta" beside the tab "site | Vorschauen: Anno 1800 Beta"): the two titles agree on
     * nothing but the headline. Null otherwise.
     */
    private static String sharedWithTab(String t, String tabTitle) {
        int colon = t.lastIndexOf(": ");
        if (colon <= 0 || tabTitle == null) return null;
        String head = t.substring(colon + 2).strip();
        String tab = tabTitle.replaceAll("\\s+", " ").strip();
        if (words(head) < 2 || !tab.endsWith(": " + head) || tab.equals(t)) return null;
        String tabKicker = tab.substring(0, tab.length() - head.length() - 2);
        String kicker = t.substring(0, colon);
        return !alnum(tabKicker).contains(alnum(kicker)) ? head : null;
    }

    /**
     * Whether an h1 is a section's label: its first part (before a bar or dash) is one of the title's parts, and the rest
     * is at most one word ("OutdoorNews | Eintrag").
     */
    private static boolean sectionLabel(String h1, Set<String> titleParts) {
        String[] hs = SEPARATOR.split(h1.replace('\u00A0', ' ').strip(), 2);
        return hs.length == 2 && titleParts.contains(key(hs[0])) && words(hs[1]) <= 1 && titleParts.size() >= 3;
    }

    /**
     * The headline of an h1 or h2 that holds a kicker element (a topic label, a roof line, a hidden ": ") before it, when
     * the title holds that headline: "Klimaschutz: Bohren, bis es heiß wird" is the kicker "Klimaschutz" and the
     * headline. Pages that print the title twice (a plain h1 for the record, the styled one in an h2) mark the kicker
     * only in the h2.
     */
    private static String withoutKicker(Document doc, String title) {
        for (Element h : doc.select("h1, h2")) {
            if (h.select(KICKER).isEmpty()) continue;
            Element copy = h.clone();
            copy.select(KICKER).remove();
            String head = copy.text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (words(head) >= 2 && !key(head).equals(key(h.text())) && key(title).contains(key(head))) return head;
        }
        return null;
    }

    /**
     * {@code t} without a first part that is only a date ("23.01.2022 - Headline - Site") or a last part in brackets
     * that names the site ("»Headline« (neues deutschland)"): news sites add both to the headline in their metadata.
     */
    private static String withoutDateOrSiteAside(String t, String site, String url) {
        Matcher date = DATE_PART.matcher(t);
        if (date.find() && words(t.substring(date.end())) >= 2) t = t.substring(date.end()).strip();
        Matcher aside = BRACKETED_TAIL.matcher(t);
        if (aside.find() && aside.start() > 0 && isSite(aside.group(1), site == null ? "" : alnum(site), hostLabel(url))) {
            t = t.substring(0, aside.start()).strip();
        }
        return withoutJoinedSite(t, site);
    }

    /**
     * {@code t} without the site's name joined to the headline by a bar or dash with no spaces around it ("NEWS WEB
     * EASY|Headline", "Headline-Site"), as titles in languages written without spaces do; only the name the
     * metadata gives as the site's counts, and a hyphen after it is no joiner ("Spiegel-Affäre" is a word).
     */
    static String withoutJoinedSite(String t, String site) {
        if (site == null || site.isBlank()) return t;
        String s = site.strip();
        if (t.length() > s.length() + 1 && t.regionMatches(true, 0, s, 0, s.length())
                && JOINER.indexOf(t.charAt(s.length())) >= 0 && t.charAt(s.length()) != '-' && alnum(t.substring(s.length() + 1)).length() >= 4) {
            return t.substring(s.length() + 1).strip();
        }
        int at = t.length() - s.length() - 1;
        if (at > 0 && t.regionMatches(true, at + 1, s, 0, s.length()) && JOINER.indexOf(t.charAt(at)) >= 0
                && alnum(t.substring(0, at)).length() >= 4) {
            return t.substring(0, at).strip();
        }
        return t;
    }

    /** WordPress's default themes write "Site » Blog Archive » Headline": what follows the archive label is the headline. */
    static String afterBlogArchive(String title) {
        Matcher archive = BLOG_ARCHIVE.matcher(title);
        return archive.find() && words(title.substring(archive.end())) >= 1 ? title.substring(archive.end()).strip() : title;
    }

    /**
     * The headline as the page prints it in its one {@code <h1>}, when that has the same letters and digits as the
     * metadata title and differs only in typography (dashes, quotes, ellipses, spacing). A reworded h1 is not taken:
     * on the saved pages that won as many titles on one set as it lost on the other.
     */
    static String printed(Document doc, String title, String site, String url) {
        return printed(doc, title, site, url, false);
    }

    /**
     * As {@link #printed(Document, String, String, String)}; when {@code fromTitleElement} (no metadata gives a title, so
     * {@code title} is the browser tab's {@code <title>}, written for the site's navigation) the page's one h1 is the
     * headline when it names the same subject in other words ("Chorgeschichte" for "Geschichte - St. Georgs Chorknaben").
     */
    static String printed(Document doc, String title, String site, String url, boolean fromTitleElement) {
        if (title == null || title.isBlank() || doc.body() == null) return title;
        Set<String> texts = new java.util.LinkedHashSet<>();
        for (Element h : doc.body().select("h1")) {
            String t = h.text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) texts.add(t);
        }
        if (texts.isEmpty() && fromTitleElement) return firstH2(doc, title);
        if (texts.size() != 1) return title;
        String h = texts.iterator().next();
        String siteKey = site == null ? "" : alnum(site);
        if (h.equals(title) || h.length() > 250 || isSite(h, siteKey, hostLabel(url))) return title;
        // a title that names no page ("Home", "About Us", the site's own name): the page's one h1 is its title
        if (GENERIC.matcher(title).matches() || isSite(title, siteKey, hostLabel(url))) return h;
        // the h1 must name the same subject (a word in common) and be shorter: reader tests and section pages print a
        // different h1 ("Lorem", "Allergies Health Center") beside a title that is right; an h1 the title holds whole
        // ("Mozilla" in "Mozilla - Wikipedia", "LWN.net Weekly Edition ... [LWN.net]") was weighed by the cut of the
        // site's name already
        String tab = MetadataExtractor.tab(doc);
        if (fromTitleElement && otherWords(h, title, tab)) return h;
        if (templateWords(h, title) || kickerInTab(h, title, tab) || shortenedForSharing(h, title, tab)) return h;
        // an obituary platform's title: the h1, the years of the life, the place and the paper
        if (ObituaryPages.lifeYears(h, title)) return h;
        if (words(h) < 2) return title;
        return alnum(h).equals(alnum(title)) ? h : title;
    }


    /**
     * Whether the title is heading {@code h} with one or two words of the site's template before or after it ("...
     * Rezept", "Receita de ...", "... Recipe"): words of letters only, so a bracketed site name ("[LWN.net]") or a
     * topic ("SARS-2/COVID-19") is not taken for one; the heading has three words at least.
     */
    private static boolean templateWords(String h, String title) {
        if (words(h) < 3) return false;
        String t = title.replaceAll("\\s+", " ").strip();
        String rest;
        if (t.regionMatches(true, 0, h + " ", 0, h.length() + 1)) rest = t.substring(h.length());
        else if (t.length() > h.length() && t.regionMatches(true, t.length() - h.length() - 1, " " + h, 0, h.length() + 1)) {
            rest = t.substring(0, t.length() - h.length());
        } else {
            return false;
        }
        return TEMPLATE_WORDS.matcher(rest.strip()).matches();
    }

    /**
     * Whether the metadata title is the heading {@code h} cut short for sharing: the heading opens with the title's words
     * (three or more) and goes on for two words or more ("Measles case confirmed at Riverside elementary" beside the h1
     * "Measles case confirmed at Riverside elementary, families told to check vaccination records"), and the tab's title
     * holds the whole heading, so the site itself gives the longer form as its headline.
     */
    private static boolean shortenedForSharing(String h, String title, String tabTitle) {
        String t = title.replaceAll("\\s+", " ").strip();
        if (tabTitle == null || words(t) < 3 || h.length() <= t.length() + 1 || !h.regionMatches(true, 0, t, 0, t.length())
                || Character.isLetterOrDigit(h.charAt(t.length())) || words(h.substring(t.length()).replaceAll("^[^\\p{L}\\p{N}]+", "")) < 2) {
            return false;
        }
        return tabTitle.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).contains(h.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the title is heading {@code h} after a kicker joined to it by a space only ("SARS-2/COVID-19 Heute schon
     * ..."), when the tab's title writes that kicker and the heading as two parts ("SARS-2/COVID-19 ǀ Heute schon ...").
     */
    private static boolean kickerInTab(String h, String title, String tabTitle) {
        String t = title.replaceAll("\\s+", " ").strip();
        if (words(h) < 2 || tabTitle == null || t.length() <= h.length() + 1
                || !t.regionMatches(true, t.length() - h.length() - 1, " " + h, 0, h.length() + 1)) {
            return false;
        }
        String kicker = t.substring(0, t.length() - h.length()).strip();
        return Pattern.compile("(?i)(?:^|\\s)" + Pattern.quote(kicker) + "\\s*[|\\-–—·•»›/\\\\:ǀ]{1,2}\\s*" + Pattern.quote(h))
                .matcher(tabTitle.replaceAll("\\s+", " ")).find();
    }

    /**
     * A page without an h1 whose tab title is all it has: its first h2 is the headline when it reads as the h1 rule
     * above asks (the same subject in other words, shorter, not held whole by the title).
     */
    private static String firstH2(Document doc, String title) {
        Element first = doc.body().selectFirst("h2");
        if (first == null) return title;
        String h = first.text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return !h.isEmpty() && otherWords(h, title, MetadataExtractor.tab(doc)) ? h : title;
    }

    /**
     * Whether heading {@code h} names the subject of {@code title} in other, fewer words: a word in common, shorter, and
     * held whole neither by the title nor by the tab's full text (there it is the site's name the title lost).
     */
    private static boolean otherWords(String h, String title, String tabTitle) {
        return sharesWord(h, title) && h.length() < title.length() && !alnum(title).contains(alnum(h))
                && !alnum(tabTitle).contains(alnum(h));
    }

    /** Whether a word of four letters or more in one text is part of a word in the other ("Geschichte", "Chorgeschichte"). */
    static boolean sharesWord(String a, String b) {
        Set<String> wa = longWords(a);
        for (String w : longWords(b)) {
            for (String v : wa) if (v.contains(w) || w.contains(v)) return true;
        }
        return false;
    }

    private static Set<String> longWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_ALNUM.split(s.toLowerCase(Locale.ROOT))) if (w.length() >= 4) out.add(w);
        return out;
    }

    /**
     * The page's one h1 when the tab's title is only the site's name, as the page prints it on its link home
     * ({@code <a href="/">Harbourline Daily</a>}, a logo's alt text): an app that sets the tab once for the whole site.
     * Null when the title is anything else, the page has no h1 or several, or the h1 reads like the title.
     */
    static String headlineOverSiteName(Document doc, String title) {
        if (title == null || title.isBlank() || doc.body() == null) return null;
        var h1s = doc.body().select("h1");
        if (h1s.size() != 1) return null;
        String h1 = h1s.first().text().strip();
        String key = alnum(title);
        if (h1.isEmpty() || key.isEmpty() || alnum(h1).equals(key) || h1s.first().selectFirst("a[href]") != null) return null;
        for (Element a : doc.body().select("a[href]")) {
            String href = a.attr("href").strip();
            if (!href.equals("/") && !href.matches("(?i)https?://[^/]+/?")) continue;
            String shown = a.text().isBlank() ? a.select("img[alt]").attr("alt") : a.text();
            // the logo may drop the article the tab's title opens with ("Hullport Herald" for "The Hullport Herald")
            if (alnum(shown).equals(key) || !alnum(shown).isEmpty() && ("the" + alnum(shown)).equals(key)) return h1;
        }
        return null;
    }

    /**
     * The page's one h1 where the title is only the last crumb of its breadcrumb trail ("Bridge closure" for "Cedar
     * Point bridge to close for eight months ..."): a short label the site gives the page, not its headline. Null when
     * the title is no crumb, the page has more or fewer h1s than one, or the h1 is not longer than the title or holds it.
     */
    static String headlineOverCrumb(Document doc, String title) {
        if (title == null || title.isBlank() || doc.body() == null) return null;
        var h1s = doc.body().select("h1");
        if (h1s.size() != 1 || h1s.first().selectFirst("a[href]") != null) return null;
        String h1 = h1s.first().text().strip();
        String key = alnum(title);
        // an h1 that holds the title is the title with a kicker ("Einheit der Woche Lagen-Pyramide mit GA2"): it stays
        if (key.isEmpty() || words(h1) <= words(title) || alnum(h1).contains(key)) return null;
        for (String crumb : lastCrumbs(doc)) {
            if (alnum(crumb).equals(key)) return h1;
        }
        return null;
    }

    /** The last crumb of each breadcrumb trail: a breadcrumb element's last child, a JSON-LD BreadcrumbList's last name. */
    private static List<String> lastCrumbs(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element trail : doc.select("[class*=breadcrumb], [id*=breadcrumb], [aria-label~=(?i)breadcrumb]")) {
            Element last = trail.children().isEmpty() ? null : trail.children().last();
            if (last != null && trail.children().size() >= 2) out.add(last.text());
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            int at = json.indexOf("BreadcrumbList");
            if (at < 0) continue;
            Matcher m = CRUMB_NAME.matcher(json.substring(at));
            String name = null;
            while (m.find()) name = m.group(1);
            if (name != null) out.add(name);
        }
        return out;
    }

    static boolean isSite(String part, String siteKey, String host) {
        String p = alnum(part);
        if (p.isEmpty()) return false;
        if (!siteKey.isEmpty() && p.equals(siteKey)) return true;
        // "Aerobuzz.de" or "Bergsteigen.com" for aerobuzz.de, bergsteigen.com; short parts only, so a headline
        // that happens to name the site stays
        return host != null && host.length() >= 4 && words(part) <= 4 && (p.equals(host) || p.startsWith(host));
    }

    /** The registered name of the URL's host without "www." and the top-level domain ("aerobuzz" for www.aerobuzz.de). */
    static String hostLabel(String url) {
        List<String> labels = hostLabels(url);
        return labels.isEmpty() ? null : labels.get(labels.size() - 1);
    }

    /**
     * The labels of the URL's host before its top-level domain, lower case and letters and digits only ("chabermu",
     * "wordpress" for chabermu.wordpress.com); empty when the URL has no host of two labels or more.
     */
    static List<String> hostLabels(String url) {
        if (url == null) return List.of();
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return List.of();
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < labels.length - 1; i++) out.add(alnum(labels[i]));
            return out;
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    static String alnum(String s) {
        return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replaceAll("[\"'“”„«»‘’]", "").replaceAll("\\s+", " ")
                .replaceAll("[\\s.:!?…]+$", "").strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
