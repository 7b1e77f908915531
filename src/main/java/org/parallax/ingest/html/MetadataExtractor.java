package org.parallax.ingest.html;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.parallax.text.Months;

/**
 * Reads a page's metadata in a fixed order of trust: schema.org Article JSON-LD first, then OpenGraph and other
 * meta tags, then {@code <title>} (without a trailing site name), then the first {@code <h1>}. It only reads the
 * document, so it must run before body extraction changes it.
 */
public final class MetadataExtractor {
    private static final Logger LOG = Logger.getLogger(MetadataExtractor.class.getName());
    /** The JSON-LD reader, built when the first page with JSON-LD is read (Jackson loads many classes). */
    /** A job title of someone who takes the pictures: "Photographer", "Fotografin", "Photo editor" is not one. */
    private static final Pattern PHOTOGRAPHER = Pattern.compile("(?iU)\\b(?:photographer|photojournalist|fotograf(?:in|o|a)?"
            + "|photographe)\\b");
    static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .build();
    }
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "advertisercontentarticle", "satiricalarticle", "blogposting", "liveblogposting",
            "discussionforumposting", "socialmediaposting", "techarticle", "scholarlyarticle",
            "medicalscholarlyarticle", "report");
    /** Separators sites put between a headline and their name. */
    /** Separators that split a {@code <title>} into headline and site or section parts. */
    private static final Pattern PAGE_TITLE_SEPARATOR = Pattern.compile("\\s[|\\-–—\\\\/>»]\\s");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iU)written by|verfasst von|geschrieben von|author|autor(?:in)?"
            + "|auteur|écrit par|escrito por|scritto da");
    /** Link texts next to an author's name ("View all posts", "Afficher mon profil complet") and URL slugs. */
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?iU)^(?:view|see|all|more|alle|mehr|afficher|voir|zeige)\\b"
            + "|^[a-z0-9]+(?:-[a-z0-9]+)+$");
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|kommentar|respond|reply|disqus");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»/\\\\]{1,2}\\s+");

    /** Reads the metadata of {@code doc}; never throws for odd or broken markup. */
    public PageMetadata extract(Document doc) {
        JsonNode ld = articleJsonLd(doc);
        Map<String, String> meta = metaTags(doc);
        // Yoast and other SEO plugins give the article's author as {"@id": ...}, naming the Person elsewhere in @graph
        Map<String, JsonNode> ids = ld == null ? Map.of() : jsonLdIds(doc);

        String site = firstNonBlank(ld == null ? null : name(ld.get("publisher")),
                meta.get("og:site_name"), meta.get("application-name"));
        String tab = tab(doc).strip();
        String title = firstNonBlank(ld == null ? null : ldTitle(ld, tab),
                meta.get("dc:title"), meta.get("dcterm:title"), meta.get("og:title"), meta.get("twitter:title"),
                meta.get("parsely-title"), meta.get("sailthru.title"));
        boolean fromTitleElement = title == null;
        // a meta tag cut at an unescaped quote ("... a Biden de " for '... a Biden de "incapacitado"'): the tab's title has it all
        if (title != null && tab.length() > title.strip().length() && tab.startsWith(title.strip())
                && tab.substring(title.strip().length()).matches("(?s)\\s*[\"“„']\\S.*")) {
            title = tab;
        }
        if (title == null) title = titleElement(doc, site);
        // a tab title that is only the site's name (the text of the link home), on a page with one h1: the h1
        String headline = fromTitleElement ? TitleChooser.headlineOverSiteName(doc, title) : null;
        if (headline != null) title = headline;
        if (isBlank(title)) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        String author = null;
        String[] authors = {ld == null ? null : names(ld.get("author"), ids),
                ld == null ? null : names(ld.get("creator"), ids),
                meta.get("dc:creator"), meta.get("dcterm:creator"),
                // the analytics tag (Cxense, Piano) names the writer where the author tag may name the paper
                meta.get("cxenseparse:author"), meta.get("author"), meta.get("parsely-author"),
                meta.get("sailthru.author"), ScholarTags.authors(doc), byl(meta.get("byl")), notUrl(meta.get("article:author")),
                notUrl(meta.get("og:article:author")), labelledTwitterData(meta), pageAuthor(doc, ld),
                // a Next.js page's props name the writers its header prints without a label
                NextData.authors(doc),
                // an author tag repeated once per writer, of which the map of tags keeps one
                RepeatedMeta.authors(doc),
                // a page saved from a browser's Reader View: its credits line; an export's or clip's properties
                SavedCopies.readerCredits(doc), SavedCopies.propertyAuthor(doc),
                // a capture stripped of its classes: the name and the role under the headline
                SavedCopies.nameBesideRole(doc)};
        for (String candidate : authors) {
            String a = AuthorNames.clean(clean(candidate));
            // the section's name ("Opinion") or a role with no name ("... column editor") in the author tag is no writer
            if (a != null && (SectionCredits.section(doc, a) || SectionCredits.role(a))) a = null;
            if (a != null) {
                author = a;
                break;
            }
        }
        for (int i = 0; i < authors.length; i++) authors[i] = clean(authors[i]);
        author = AuthorNames.coAuthors(author, authors);
        // the other writers a byline links beside the one the author tag names ("Priya Raman and Tom Adeyemi")
        author = AuthorNames.coAuthors(author, new String[] {LinkedCoAuthors.joined(doc)});
        // a translator listed beside the writer ("Translated from the Spanish by ...") did not write the piece
        author = BylineTraces.withoutTranslators(doc, author);
        String url0 = firstNonBlank(ld == null ? null : text(ld.get("url")), meta.get("og:url"), canonical(doc));
        // a page without a site name in its metadata prints it at the end of its tab's title ("... : Home : Jobs & Hire")
        author = personOverSite(doc, author, site != null ? site : tabSuffix(tab), url0);
        // a login ("christian.stadtfeld") stands for the name the page prints
        author = PageBylines.printedLogin(doc, author);
        // a press release's issuer (a company, a wire, an office) named as its author wrote no byline
        author = ReleaseIssuers.withoutIssuer(doc, author, site, url0);
        // a team of the publisher ("Department for Rural Resilience, Flood Resilience Team") signs no byline
        author = PublisherUnits.without(doc, author);
        // the account that posted the story, printed only as its producer, gives way to the byline's writer
        author = ProducerCredits.writerOver(doc, author);
        // an Arabic story whose credit line names only the news agency ("المصدر: وام"), as "Reuters" alone on English pages
        if (author == null) author = ArabicWireCredits.agency(doc);
        // a bare name in a byline element, in a script of South Asia without capitals ("news-by": "කේ. ඒ. නිමල් ප්‍රියන්ත")
        if (author == null) author = IndicBylines.classed(doc);
        // a single letter to the editor is by the reader who signs it, not by the paper its markup names
        String signer = LetterSigners.signer(doc);
        if (signer != null) author = signer;
        // a story a program wrote from data names no writer, whatever supplier or desk its markup credits
        if (AutomatedStories.unsigned(doc, author)) author = null;
        LocalDate published = null;
        for (String candidate : new String[] {
                ld == null ? null : text(ld.get("datePublished")), meta.get("article:published_time"),
                meta.get("parsely-pub-date"), meta.get("datepublished"), meta.get("og:published_time"),
                meta.get("dc:date"), meta.get("dcterm:date"), meta.get("dcterms.created"),
                // Dublin Core's day of issue (not its "modified"), a report's catalogue date
                meta.get("dc:date.issued"), meta.get("dcterm:issued"), meta.get("dcterms.issued"), meta.get("dcterm:created"),
                ScholarTags.publicationDate(doc), meta.get("pubdate"),
                meta.get("publishdate"), meta.get("sailthru.date"), meta.get("date"), meta.get("publication_date"),
                meta.get("uploaddate"), timeDatePublished(doc), RdfaDates.created(doc),
                ld == null ? null : text(ld.get("dateCreated")), anyJsonLd(doc, "datePublished")}) {
            // a web archive writes the time it captured the page into the date tags
            if (SavedCopies.captureTime(doc, candidate)) continue;
            published = HtmlDates.parseUtcIn(candidate, HtmlDates.zoneOf(doc.select("html").attr("lang")));
            if (published == null) published = HtmlDates.parse(candidate);
            if (published != null) {
                // many CMSs fill the generic date tags with the day the page was saved: the date the article prints wins
                // (the same String objects as in the array, so a specific tag with an equal value is not taken for one)
                if (candidate == meta.get("date") || candidate == meta.get("dc:date") || candidate == meta.get("dcterm:date")) {
                    LocalDate printed = PageDates.inArticle(doc);
                    if (printed != null) published = printed;
                }
                // a UTC stamp whose instant the page prints in its own zone is dated by the page's day
                LocalDate local = PageDates.localDayOf(doc, candidate);
                // or a <time datetime> that gives the same instant with the page's own offset
                if (local == null) local = OffsetTimes.localDay(doc, candidate);
                if (local != null) published = local;
                break;
            }
        }
        // an "as of" line under the headline is the day the site shows its readers
        LocalDate asOf = PageDates.asOf(doc);
        if (asOf != null) published = asOf;
        String url = firstNonBlank(ld == null ? null : text(ld.get("url")), meta.get("og:url"), canonical(doc));
        if (published == null) published = HtmlDates.inUrl(url);
        // an export's or clip's properties list ("Published on: 09/07/2036")
        if (published == null) published = SavedCopies.propertyDate(doc);
        // an obituary platform's line naming the paper that published the notice and the day ("Published by X on ...")
        if (published == null) published = ObituaryPages.published(doc);
        if (published == null) published = PageDates.visible(doc);
        // a syndicated copy's "Originally published on X on <date>": its tags give the day it was reposted
        LocalDate original = SavedCopies.originallyPublished(doc);
        if (original != null) published = original;
        // a date kept only in the markup's data attributes ("<article data-published=...>")
        if (published == null) published = MarkedDates.dataAttribute(doc);
        // or as a Unix time in the article's date line ("<span data-epoch=...>3 days ago</span>")
        if (published == null) published = EpochDates.inArticle(doc);
        // a Next.js page's article object in its props ("publishedAt", not "createdAt" or a related story's)
        if (published == null) published = NextData.published(doc);
        if (published == null) published = PageDates.inScripts(doc);
        // a page that gives only its last change is still best dated by it: most are changed on the day they appear
        for (String candidate : new String[] {ld == null ? null : text(ld.get("dateModified")),
                meta.get("article:modified_time"), meta.get("og:updated_time"), meta.get("datemodified"),
                meta.get("last-modified"), anyJsonLd(doc, "dateModified")}) {
            if (published != null) break;
            if (!SavedCopies.captureTime(doc, candidate)) published = HtmlDates.parse(candidate);
        }
        if (published == null) published = PageDates.lastChange(doc);
        String section = firstNonBlank(ld == null ? null : text(ld.get("articleSection")), meta.get("article:section"),
                meta.get("parsely-section"));
        String lang = firstNonBlank(doc.select("html").attr("lang"), ld == null ? null : text(ld.get("inLanguage")),
                meta.get("content-language"), meta.get("dc:language"), locale(meta.get("og:locale")));
        String description = firstNonBlank(ld == null ? null : text(ld.get("description")),
                meta.get("og:description"), meta.get("description"), meta.get("twitter:description"));
        title = TitleChooser.clean(doc, clean(title), clean(site), url);
        String postTitle = clean(TitleChooser.commentsFeedTitle(doc));
        if (postTitle != null) title = postTitle;
        title = TitleChooser.printed(doc, title, clean(site), url, fromTitleElement && postTitle == null);
        // a title that is only the last crumb of the breadcrumb trail gives way to the page's one h1
        String crumbHeadline = TitleChooser.headlineOverCrumb(doc, title);
        if (crumbHeadline != null) title = crumbHeadline;
        // an h1 holding only the site's logo, the headline in an h2 marked as a title
        String logoHeadline = LogoHeadline.over(doc, title);
        if (logoHeadline != null) title = logoHeadline;
        // no h1, a tab's title that is only the site's name: a text-only edition's headline in a marked h2
        String liteHeadline = NoH1Headline.over(doc, title);
        if (liteHeadline != null) title = liteHeadline;
        // an h1 that is the section's name (a link of the menu), the headline in the article's h2
        String sectionHeadline = SectionHeadline.over(doc, title);
        if (sectionHeadline != null) title = sectionHeadline;
        // a translate proxy's page: the tags keep the original language's headline, the page prints the translation
        String translated = SavedCopies.translatedHeadline(doc, title);
        if (translated != null) title = translated;
        // one canonical form (NFC): a letter written as one code point or as letter and sign (a Bengali letter with its nukta) looks alike
        if (title != null) title = Normalizer.normalize(title, Normalizer.Form.NFC);
        return new PageMetadata(clean(title), clean(author), clean(site), clean(section), clean(url), published,
                clean(lang), clean(description));
    }

    /**
     * The JSON-LD headline; when the object also has a different name, the one closer to the page's
     * {@code <title>} wins, because some sites put their own name or a description in one of the two fields.
     */
    static String ldTitle(JsonNode ld, String pageTitle) {
        String headline = text(ld.get("headline"));
        String name = text(ld.get("name"));
        if (headline == null || name == null || headline.strip().equals(name.strip()) || isBlank(pageTitle)) {
            return firstNonBlank(headline, name);
        }
        return similarity(name, pageTitle) > similarity(headline, pageTitle) ? name : headline;
    }

    /** How much of {@code b}'s words also occur in {@code a}, weighted by length (Readability's measure). */
    static double similarity(String a, String b) {
        Set<String> ta = new LinkedHashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        List<String> tb = new ArrayList<>(List.of(b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        tb.removeIf(String::isEmpty);
        if (tb.isEmpty()) return 0;
        String all = String.join(" ", tb);
        String unique = tb.stream().filter(t -> !ta.contains(t)).collect(Collectors.joining(" "));
        return 1 - (double) unique.length() / all.length();
    }

    /** The last part of a tab's title after " | ", " : ", " - ", " – " or " » ", when it is of one to four words; else null. */
    static String tabSuffix(String tab) {
        if (tab == null) return null;
        String[] parts = tab.strip().split("\\s+[|:\\-–—»]\\s+");
        if (parts.length < 2) return null;
        String last = parts[parts.length - 1].strip();
        int words = last.isEmpty() ? 0 : last.split("\\s+").length;
        return words >= 1 && words <= 4 ? last : null;
    }

    /**
     * The page's {@code <title>}; when the head holds none, the first {@code <title>} in the body outside an SVG drawing: a
     * server that prints warnings before the markup ("Strict Standards: ...") moves the whole head into the body.
     */
    static String tab(Document doc) {
        String t = doc.title();
        if (!t.isBlank() || doc.body() == null) return t;
        for (Element e : doc.body().select("title")) {
            if (e.closest("svg") == null && !e.text().isBlank()) return e.text().strip().replaceAll("\\s+", " ");
        }
        return t;
    }

    /**
     * The {@code <title>} without the site's name: the part after the last " | ", " - ", " – " or " » " is dropped
     * when it is the site name, or when what is left still reads as a headline (more than four words).
     */
    static String titleElement(Document doc, String site) {
        String t = stripSiteName(tab(doc), site);
        if (isBlank(t)) return null;
        t = TitleChooser.afterBlogArchive(t);
        var m = PAGE_TITLE_SEPARATOR.matcher(t);
        int lastStart = -1;
        int count = 0;
        while (m.find()) {
            lastStart = m.start();
            count++;
        }
        if (count == 0) return t;
        String head = t.substring(0, lastStart).strip();
        // a heading on the page that reads exactly like the cut title confirms the cut
        for (Element h : doc.select("h1, h2")) {
            if (normal(h.text()).equals(normal(head))) return head;
        }
        if (words(head) < 3) {
            var first = PAGE_TITLE_SEPARATOR.matcher(t);
            first.find();
            head = t.substring(first.end()).strip();
        }
        return words(head) > 4 ? head : t;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** Drops " | Site" or " - Site" (or "Site | " in front) when that part is the site's name. */
    static String stripSiteName(String title, String site) {
        if (isBlank(title)) return null;
        String t = title.strip().replaceAll("\\s+", " ");
        if (isBlank(site)) return t;
        String s = normal(site);
        List<int[]> seps = new ArrayList<>();
        var m = TITLE_SEPARATOR.matcher(t);
        while (m.find()) seps.add(new int[] {m.start(), m.end()});
        if (seps.isEmpty()) return t;
        int[] last = seps.get(seps.size() - 1);
        if (normal(t.substring(last[1])).equals(s)) return t.substring(0, last[0]).strip();
        int[] first = seps.get(0);
        if (normal(t.substring(0, first[0])).equals(s)) return t.substring(first[1]).strip();
        return t;
    }

    private static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The first schema.org Article-like object in the page's JSON-LD, looking inside arrays and {@code @graph}. */
    private JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            // some sites wrap the JSON in a comment or a CDATA section
            json = json.replaceFirst("^\\s*(<!--|<!\\[CDATA\\[)", "").replaceFirst("(-->|\\]\\]>)\\s*$", "").strip();
            try {
                JsonNode root = Json.MAPPER.readTree(json);
                JsonNode found = findArticle(root, 0);
                if (found != null) return found;
            } catch (Exception e) {
                LOG.log(Level.FINE, "Skipping unreadable JSON-LD", e);
            }
        }
        return null;
    }

    /** The first value of {@code field} in any JSON-LD object of the page (a WebPage's date when no Article has one). */
    private static String anyJsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (!json.contains(field)) continue;
            json = json.strip().replaceFirst("^\\s*(<!--|<!\\[CDATA\\[)", "").replaceFirst("(-->|\\]\\]>)\\s*$", "").strip();
            try {
                String found = findField(Json.MAPPER.readTree(json), field, 0);
                if (found != null) return found;
            } catch (Exception e) {
                LOG.log(Level.FINE, "Skipping unreadable JSON-LD", e);
            }
        }
        return null;
    }

    private static String findField(JsonNode node, String field, int depth) {
        // a product's, a data set's date (and those of the reviews inside a product) is that thing's, not the page's
        if (node == null || depth > 5 || DescribedItems.thing(node)) return null;
        if (node.isObject() && node.hasNonNull(field)) return text(node.get(field));
        if (node.isContainerNode()) {
            for (JsonNode n : node) {
                String f = findField(n, field, depth + 1);
                if (f != null) return f;
            }
        }
        return null;
    }

    private JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) return f;
            }
            return null;
        }
        if (!node.isObject()) return null;
        if (isArticleType(node.get("@type"))) return node;
        JsonNode f = findArticle(node.get("@graph"), depth + 1);
        if (f == null) f = findArticle(node.get("mainEntity"), depth + 1);
        return f;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticleType(t)) return true;
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        int slash = t.lastIndexOf('/');
        return ARTICLE_TYPES.contains(slash < 0 ? t : t.substring(slash + 1));
    }

    /** A plain value: a string, the first of an array, or an object's {@code @value}/name. */
    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        if (n.isObject()) return n.has("@value") ? text(n.get("@value")) : text(n.get("name"));
        String s = n.asText();
        return isBlank(s) ? null : s;
    }

    /** Whether the JSON-LD object's type names {@code kind} ("Person"; "Organization" also for NewsMediaOrganization). */
    private static boolean typed(JsonNode n, String kind) {
        if (n == null || !n.isObject() || n.get("@type") == null) return false;
        for (JsonNode t : n.get("@type").isArray() ? n.get("@type") : List.of(n.get("@type"))) {
            if (t.asText().endsWith(kind)) return true;
        }
        return false;
    }

    private static String name(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) return n.isEmpty() ? null : name(n.get(0));
        if (n.isObject()) return text(n.get("name"));
        return text(n);
    }

    /**
     * Author names: a string, an object with a name, a reference ({@code {"@id": ...}}) to an object named elsewhere in
     * the page's JSON-LD, or an array of these, joined by commas.
     */
    private static String names(JsonNode n, Map<String, JsonNode> ids) {
        if (n == null || n.isNull()) return null;
        Set<String> out = new LinkedHashSet<>();
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode a : n.isArray() ? n : List.of(n)) {
            all.add(a.isObject() && !a.hasNonNull("name") && a.hasNonNull("@id") ? ids.get(a.get("@id").asText()) : a);
        }
        // a list of writers that also credits the paper ([Person, Person, Organization]) names the people
        boolean people = all.stream().anyMatch(a -> typed(a, "Person"));
        // a photographer listed beside a writer ("jobTitle": "Photographer") took the pictures, not the story
        boolean writer = all.stream().anyMatch(a -> typed(a, "Person") && !photographer(a));
        for (JsonNode named : all) {
            if (people && typed(named, "Organization") && !typed(named, "Person")) continue;
            if (writer && photographer(named)) continue;
            String s = name(named);
            if (!isBlank(s)) out.add(s.strip());
        }
        out.removeIf(MetadataExtractor::looksLikeUrl);
        return out.isEmpty() ? null : String.join(", ", out);
    }

    /** Whether a JSON-LD author object's job title says photographer ("Photographer", "Staff photographer", "Fotograf"). */
    private static boolean photographer(JsonNode n) {
        return n != null && n.isObject() && n.hasNonNull("jobTitle")
                && PHOTOGRAPHER.matcher(n.get("jobTitle").asText()).find();
    }

    /**
     * The author, or the person the page marks up as its author (microformats, schema.org microdata, rel=author)
     * when the metadata gives none or gives the site's own name; a "Site - Name" author loses the site part.
     */
    static String personOverSite(Document doc, String author, String site, String url) {
        String siteKey = site == null ? "" : TitleChooser.alnum(site);
        String host = TitleChooser.hostLabel(url);
        if (author != null) {
            String[] parts = author.split("\\s+[-–—|]\\s+");
            if (parts.length == 2 && TitleChooser.isSite(parts[0], siteKey, host)) return parts[1].strip();
            if (parts.length == 2 && TitleChooser.isSite(parts[1], siteKey, host)) return parts[0].strip();
            if (!TitleChooser.isSite(author, siteKey, host)) {
                // a company, institution or publication credited in the metadata gives way to the person the page prints
                // (an author tag repeating the publisher tag names the publication: "Auto Illustrierte" in both)
                // so does a newsroom's generic name ("Redazione" in the author tag, "di Giulia Ferraresi" printed)
                // and so does the outlet a JSON-LD author object of type Organization names ("Rift Valley Nation")
                boolean organisation = PageBylines.organisation(author) || publisher(doc, author) || AuthorNames.newsroom(author)
                        || OutletCredits.organisation(doc, author);
                // the labelled byline, looked for once however many of the steps below ask for it
                String[] labelled = new String[1];
                Supplier<String> byline = () -> {
                    if (labelled[0] == null) {
                        String line = PageBylines.labelled(doc);
                        // or a label of more languages with its colon ("Teksts: Līga Ozola, foto: ...")
                        labelled[0] = Objects.requireNonNullElse(line != null ? line : MoreBylineLabels.named(doc), "");
                    }
                    return labelled[0].isEmpty() ? null : labelled[0];
                };
                String printed = organisation ? byline.get() : PageBylines.credited(doc);
                // or to the person the page marks up as the author (a credits box's <span itemprop="author">)
                if (printed == null && organisation) printed = markedPerson(doc);
                // a desk in the author tag ("Redacción El Antioqueño") gives way to the whole name an author's element
                // prints ("Por: Juan Camilo Restrepo Ochoa - Redacción Medellín")
                if (printed == null && AuthorNames.newsroom(author)) {
                    printed = PageBylines.classed(doc);
                    if (AuthorNames.newsroom(printed)) printed = null;
                }
                // or to the name a byline block prints without a label (data-testid="byline-new-contributors")
                if (printed == null && organisation) printed = BylineBlocks.named(doc, n -> TitleChooser.isSite(n, siteKey, host), site);
                // or to the person who signs the statement ("Ann Feld<br>Bundesvorsitzende")
                if (printed == null && organisation) printed = PageBylines.signature(doc);
                // or to the one contact person a box names with an office ("Ansprechpartner": "Ann Feld", "Pressesprecherin")
                if (printed == null && organisation) printed = PageBylines.contactPerson(doc);
                // a person the page never shows (a theme's hidden vcard of the account that posted) gives way to the
                // byline the article prints ("Von Matthias Lauerer")
                if (printed == null && author.contains(" ") && !author.matches("(?iU).*(?:[,;&]|\\band\\b|\\bund\\b).*")
                        && !PageBylines.organisation(author) && PageBylines.onlyHidden(doc, author)) {
                    printed = byline.get();
                }
                // a login in lower case ("sarah-indra", "wordpressadmin") gives way to the full name a byline prints
                if (printed == null && PageBylines.LOWER_LOGIN.matcher(author).matches()) printed = PageBylines.wholeName(byline.get());
                // a login ("CC7567", "jfeld7", "wpadmin") gives way to the whole name the page marks up as the author (a
                // vcard's fn, an itemprop=author) when no labelled line prints one
                if (printed == null && login(author)) printed = PageBylines.wholeName(markedPerson(doc));
                // a first name alone (a blog's display name, "Nils") gives way to the full name the byline prints
                if (printed == null && !author.contains(" ")) printed = AuthorNames.fuller(author, byline.get());
                return printed == null || TitleChooser.isSite(printed, siteKey, host) ? author : printed;
            }
        }
        String person = markedPerson(doc);
        // the account marked as the post's author may be the site itself, where a line of the article names the writer
        if (person != null && TitleChooser.isSite(person, siteKey, host)) person = null;
        if (person == null) person = PageBylines.labelled(doc, n -> TitleChooser.isSite(n, siteKey, host));
        // a review's "Reviewed by" names its writer (the book's author, in the headline, did not write it)
        if (person == null) person = ReviewCredits.reviewer(doc);
        if (person == null) person = PageBylines.classed(doc);
        // a byline in a script without capitals ("作者：王丽华", "โดย สมชาย ใจดี")
        if (person == null) person = ScriptBylines.named(doc);
        // a Chinese, Japanese or Korean writer's label with a slash or the paper's own reporter ("取材・文／", "本报记者")
        if (person == null) person = EastAsianCredits.named(doc);
        // a label of more languages with its colon ("Piše: Ivana Horvat", "Muallif: Dilnoza Karimova")
        if (person == null) person = MoreBylineLabels.named(doc);
        // a byline block marked by a test or component attribute, the name printed without "By"
        if (person == null) person = BylineBlocks.named(doc, n -> TitleChooser.isSite(n, siteKey, host), site);
        if (person == null) person = PageBylines.dated(doc);
        if (person == null) person = PageBylines.signature(doc);
        // a link to the writer's page that spells the name it shows, or the bold name that closes the article (before a
        // copyright line, which names the site on a newspaper's page)
        if (person == null && author == null) person = BylineTraces.profileLink(doc);
        if (person == null && author == null) person = BylineTraces.closingName(doc);
        // a guest column's closing italic line ("Dana Whitlock is chair of ...")
        if (person == null && author == null) person = ClosingBios.writer(doc);
        // a column's author box at its foot ("Rosa Delgado writes about housing ...")
        if (person == null && author == null) person = AuthorBoxes.writer(doc);
        if (person == null) person = PageBylines.copyright(doc);
        if (person == null && author == null) person = PageBylines.creditPair(doc);
        // a news agency's bracketed credit after the story ("(Reporting by Karim Haddad; Editing by Susan Fenwick)")
        if (person == null && author == null) person = EndCredits.authors(doc);
        // a Taiwanese dateline's reporter ("〔記者林志豪／台中報導〕") or a Japanese story's closing "（佐々木悠斗）"
        if (person == null && author == null) person = ReporterCredits.of(doc);
        // a Xinhua-style dateline's reporters ("电（记者张伟、刘洋）") or a Korean wire's ("(부산=남부뉴스) 김지훈 기자 =")
        if (person == null && author == null) person = EastAsianCredits.dateline(doc);
        // a podcast episode's host ("Hosted by Dana Okoye · Produced by ...")
        if (person == null && author == null) person = PodcastHosts.of(doc);
        // a newsletter's or a blog's colophon: "The Ledger Line is written by Oren Blackwood."
        if (person == null && author == null) person = SiteWriters.named(doc, site);
        if (person == null && author == null) person = PageBylines.pressContact(doc);
        if (person == null && author == null) person = PageBylines.postAuthor(doc);
        if (person == null && author == null) person = PageBylines.inDescription(doc);
        if (person == null && author == null) person = PageBylines.lastEditor(doc);
        // a Chinese news page's responsible editor ("责任编辑：焦鹏"), the one person it credits
        if (person == null && author == null) person = PageBylines.editorCredit(doc);
        if (person == null && author == null) person = PageBylines.username(doc);
        // a login linked to its profile after "von" or "by" ("von <a href="/user/Ann7.html">Ann7</a>")
        if (person == null && author == null) person = PageBylines.profileLogin(doc);
        // a personal site named after its owner, on a domain of that name ("Dr. Ann Feld" on ann-feld.net), is written
        // by the owner where nothing else names a writer
        if (person == null && author == null) {
            String owner = PageBylines.siteOwner(site, host);
            // or a blog titled with its owner's initial and surname, on a host spelling them ("C.Feldmann" on cfeldma...)
            return owner != null ? owner : PageBylines.initialOwner(site, url);
        }
        // the site itself (the outlet), typed as an Organization in the JSON-LD author, is the outlet and not a writer ("Par la rédaction"
        // printed, {"@type": "Organization", "name": "La Gazette de Meuse"} in the JSON-LD)
        if (person == null && author != null && TitleChooser.isSite(author, siteKey, host)
                && OutletCredits.organisation(doc, author)) {
            return null;
        }
        // the paper a line says published the page ("Published by Harwick Courier on Apr. 5, 2037"), named in the tab's title
        if (person != null && ObituaryPages.paper(doc, person)) return author;
        if (person == null || TitleChooser.isSite(person, siteKey, host)) return author;
        // a byline's first name alone ("Henry") is completed by the author's archive heading ("Mehr von Henry Feld")
        return PageBylines.moreFrom(doc, person);
    }

    /** Whether {@code author} is one word written as a login: all lower case, or letters with a digit ("CC7567"). */
    static boolean login(String author) {
        return PageBylines.LOWER_LOGIN.matcher(author).matches() || PageBylines.DIGIT_LOGIN.matcher(author).matches();
    }

    /** Whether a publisher tag ({@code DC.publisher}, {@code publisher}) gives {@code author}: the publication, not a writer. */
    static boolean publisher(Document doc, String author) {
        for (Element m : doc.select("meta[name~=(?i)^(?:dc\\.)?publisher$]")) {
            if (m.attr("content").strip().equalsIgnoreCase(author.strip())) return true;
        }
        return PublisherUnits.unit(doc, author);
    }

    private static String markedPerson(Document doc) {
        for (Element e : doc.select("[itemprop~=author] [itemprop~=name], [itemprop~=author][itemtype*=Person],"
                // RDFa Lite: <span property="author" typeof="Person"><span property="name">
                + " [property~=^(?:schema:)?author$] [property~=^(?:schema:)?name$],"
                // an author property without an item of its own holds the name as its text
                + " [itemprop~=author]:not([itemscope]):not(meta):not(:has([itemprop])),"
                + " .vcard.author .fn, .author .vcard .fn, .vcard.author, a[rel~=author]")) {
            boolean comment = false;
            for (Element a = e; a != null && !comment; a = a.parent()) {
                comment = a.tagName().equals("form") || COMMENTS.matcher(a.className() + " " + a.id()).find();
            }
            if (comment) continue;
            // a Person item holding more than the name (a job title, a photo's caption): its name property
            Element named = e.hasAttr("itemscope") ? e.selectFirst("[itemprop~=name]") : null;
            Element source = named != null && !named.text().isBlank() ? named : e;
            // a marked byline often runs on into its date ("Dan Goodin - Apr 16, 2015"): the name ends before it
            String text = source.text().replaceFirst("(?<=[\\s,|·•\\p{Pd}(])\\d.*$", "").replaceFirst("(?iU)[\\s\\p{Pd}|,;:·•@]+(?:" + Months.NAME
                    + ")?\\.?[\\s\\p{Pd}|,;:·•@]*$", "");
            String name = AuthorNames.clean(clean(text));
            if (name != null && name.length() <= 60 && !NOT_A_PERSON.matcher(name).find()) return name;
        }
        return null;
    }

    /**
     * The author of the page's JSON-LD WebPage (older SEO plugins put it there as an {@code @id} reference when they
     * write no Article object); null when an Article was found or no object names an author.
     */
    private static String pageAuthor(Document doc, JsonNode ld) {
        if (ld != null) return null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (!json.contains("\"author\"")) continue;
            json = json.strip().replaceFirst("^\\s*(<!--|<!\\[CDATA\\[)", "").replaceFirst("(-->|\\]\\]>)\\s*$", "").strip();
            try {
                JsonNode author = findNode(Json.MAPPER.readTree(json), "author", 0);
                if (author != null) return names(author, jsonLdIds(doc));
            } catch (Exception e) {
                LOG.log(Level.FINE, "Skipping unreadable JSON-LD", e);
            }
        }
        return null;
    }

    private static JsonNode findNode(JsonNode node, String field, int depth) {
        if (node == null || depth > 5) return null;
        if (node.isObject() && node.hasNonNull(field)) return node.get(field);
        if (node.isContainerNode()) {
            for (var it = node.fields(); node.isObject() && it.hasNext();) {
                var entry = it.next();
                // the author of the book, film or album a review is about did not write the review
                if (entry.getKey().equals(ReviewCredits.REVIEWED_ITEM)) continue;
                JsonNode f = findNode(entry.getValue(), field, depth + 1);
                if (f != null) return f;
            }
            for (JsonNode n : node.isArray() ? node : List.<JsonNode>of()) {
                JsonNode f = findNode(n, field, depth + 1);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** Every JSON-LD object of the page that has an {@code @id}, by that id (the first one wins). */
    private static Map<String, JsonNode> jsonLdIds(Document doc) {
        Map<String, JsonNode> out = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (!json.contains("@id")) continue;
            json = json.strip().replaceFirst("^\\s*(<!--|<!\\[CDATA\\[)", "").replaceFirst("(-->|\\]\\]>)\\s*$", "").strip();
            try {
                collectIds(Json.MAPPER.readTree(json), out, 0);
            } catch (Exception e) {
                LOG.log(Level.FINE, "Skipping unreadable JSON-LD", e);
            }
        }
        return out;
    }

    private static void collectIds(JsonNode node, Map<String, JsonNode> out, int depth) {
        if (node == null || depth > 6 || !node.isContainerNode()) return;
        if (node.isObject() && node.hasNonNull("@id") && node.hasNonNull("name")) out.putIfAbsent(node.get("@id").asText(), node);
        for (JsonNode n : node) collectIds(n, out, depth + 1);
    }

    /**
     * The author in the "label / data" pairs SEO plugins add for link previews ({@code twitter:label1} "Written by",
     * {@code twitter:data1} the name); null when no label says author.
     */
    private static String labelledTwitterData(Map<String, String> meta) {
        for (int i = 1; i <= 4; i++) {
            String label = meta.get("twitter:label" + i);
            if (label != null && AUTHOR_LABEL.matcher(label.strip()).matches()) return meta.get("twitter:data" + i);
        }
        return null;
    }

    /** Meta tags by lower-cased name, property, itemprop or http-equiv; a space-separated property names several. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        Elements metas = doc.select("meta[content]");
        // property (RDFa, OpenGraph) before name: when both give a key, the property is the deliberate one
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            for (Element m : metas) {
                String content = m.attr("content");
                if (isBlank(content)) continue;
                for (String key : m.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) out.putIfAbsent(key.replace("dcterms:", "dcterm:").replace("dc.", "dc:"), content);
                }
            }
        }
        return out;
    }

    private static String timeDatePublished(Document doc) {
        Element t = doc.selectFirst("[itemprop~=datePublished][datetime], [itemprop~=datePublished][content], time[pubdate][datetime],"
                + " [property~=(?i)datePublished|dateCreated][content]");
        if (t == null) return null;
        return t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
    }

    private static String canonical(Document doc) {
        Element l = doc.selectFirst("link[rel=canonical][href]");
        return l == null ? null : l.attr("abs:href").isEmpty() ? l.attr("href") : l.attr("abs:href");
    }

    private static String locale(String ogLocale) {
        return isBlank(ogLocale) ? null : ogLocale.replace('_', '-');
    }

    private static String byl(String s) {
        return isBlank(s) ? null : s.replaceFirst("(?i)^\\s*by\\s+", "");
    }

    private static String notUrl(String s) {
        return looksLikeUrl(s) ? null : s;
    }

    private static boolean looksLikeUrl(String s) {
        return s != null && s.strip().matches("(?i)^(https?:)?//.*");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (!isBlank(v)) return v;
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Unescapes entities left in JSON strings and collapses white space. */
    private static String clean(String s) {
        if (isBlank(s)) return null;
        String t = s.contains("&") ? Parser.unescapeEntities(s, false) : s;
        t = t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
