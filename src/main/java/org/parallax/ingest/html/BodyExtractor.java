package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.parallax.ingest.html.BlockWalker.BlockText;
import org.parallax.model.BlockType;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Finds the element that holds a page's article body. Hidden nodes, dialogs, navigation, cookie and consent
 * placeholders and small furniture boxes are removed first, then Readability4J (a port of Mozilla Readability) scores
 * the page. When it finds nothing, under 500 characters, or a tenth of what the page's own {@code <article>}/{@code
 * <main>}/body holds, that element, stripped of page furniture, is used instead. From the chosen body, author biographies, paywall prompts and "read
 * more" cross-links ({@link RelatedLinks}) are removed, and a lead printed beside the headline is put back on top
 * ({@link LeadParagraph}). The document passed in is changed.
 */
public final class BodyExtractor {
    private static final Logger LOG = Logger.getLogger(BodyExtractor.class.getName());
    /** Class or id words of page furniture: ads, share widgets, shop boxes, related lists, comments, newsletter boxes. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(ad|ads|advert|advertisement|banner|share|sharing|social|related|recommended|promo|"
                    + "newsletter|subscribe|comments?|sidebar|breadcrumbs?|cookie|popup|modal|outbrain|taboola|"
                    + "sponsor(ed)?|shop|tags|toolbar|ratings?|post-ratings|wp-embedded-content|sharedaddy|menu|nav|navigation|footer|masthead"
                    // a box asking readers for money ("article__support", "donate-box")
                    + "|support|donate|donation)($|[\\s_-])");
    /**
     * Class or id words of a box of other posts: the next or previous post ("next-post-thumbnails", "nextstory") and
     * grids or lists of posts ("vcex-post-type-grid", "listPosts"), and boxes of more or other stories
     * ("more-articles", "Interesting-articles"). Treated as furniture.
     */
    private static final Pattern OTHER_POSTS = Pattern.compile("(?i)(next|prev|previous)[-_]?(posts?|story|stories|articles?)"
            + "(?![a-z])|post-?(type-)?grid|list-?posts(?![a-z])|posts-?list"
            + "|(more|other|further|similar|interesting|latest|popular)[-_]?(posts|articles|stories)(?![a-z])");
    /**
     * Class or id words of boxes that are never the story whatever their length: the author's biography under a post
     * ("author-box", "author-bio", "author-info", "author_info__txt") and a paywall's or subscription's prompt. Embedded
     * tweets were tried: the reference texts keep them.
     */
    private static final Pattern NEVER_STORY = Pattern.compile("(?i)author[-_]*(box|bio|biography|info(-?box)?(?![a-z])|about|profile)"
            + "|about-?(the-?)?author|saboxplugin|abh_box|(?<!non-)paywall|pay-wall"
            + "|subscription-?(wall|prompt|box)|regwall");
    /**
     * Class or id words of a cookie notice or of the placeholder a consent tool puts where an embedded post or video
     * would load ("BorlabsCookie", "third-party-services--placeholder", "privacy-embed-preview"): its text asks for
     * consent and, once given, shows someone else's post. An advertiser's or editorial disclosure is as long and as
     * far from the story.
     */
    private static final Pattern CONSENT = Pattern.compile("(?i)cookie|consent|content-?blocker|privacy-?(embed|placeholder)"
            + "|third-party-(services|content)|embed-?(placeholder|consent)|(advertiser|editorial|affiliate)-?disclosure");
    /** The class word of a field whose label is hidden, not the field ("field--label-hidden"). */
    private static final Pattern LABEL_HIDDEN = Pattern.compile("(?i)(field-{1,2})?label-hidden");
    private static final String NEVER_MARK = "data-parallax-never";
    /** Class or id words of a reader-comment thread or its reply form; an obituary's guest book is its readers' thread. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(^|[\\s_-])(comments?|comment-?list|comments?-area"
            + "|comment-thread|comment-body|comment-content|comment-respond|respond|disqus_thread|commentsection|comment-section"
            + "|guest-?books?)($|[\\s_-])");
    /**
     * Class, id or rel words that mark a byline. Readability also takes "dateline" as one, but a dateline names the
     * place ("KOBE -") and opens the story's first sentence, so it is neither an author nor to be cut from the text.
     */
    private static final Pattern BYLINE = Pattern.compile("(?i)byline|author|writtenby|p-author");
    private static final Pattern DATELINE = Pattern.compile("(?i)dateline");
    /**
     * Class or id words of a live ticker ("live-match", "liveticker", "liveblog"): its entries are often classed as
     * comments, but they are the story, written by the newsroom minute by minute.
     */
    private static final Pattern LIVE = Pattern.compile("(?i)(^|[\\s_-])live([\\s_-]|ticker|blog|$)");
    /**
     * Class or id words of a teaser: a card pointing to another story. A lead is called a teaser too on some sites, so
     * a box counts as one only when it links elsewhere with a headline-long link.
     */
    private static final Pattern TEASER = Pattern.compile("(?i)(^|[\\s_-])teasers?($|[\\s_-])");
    /** A link this long is a headline, not "more" or an icon. */
    private static final int HEADLINE_LINK = 15;
    /** A link in a heading, or a heading in a link: where a card or a box of another post prints that post's headline. */
    private static final String HEADING_LINKS = "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4";
    /** Article cards in a box that make it a list of other stories. */
    private static final int CARDS = 2;
    /** A card longer than this is a story, not a headline with an excerpt. */
    private static final int CARD_CHARS = 800;
    /** How many ancestors up a live ticker's class is looked for from an entry classed as a comment. */
    private static final int LIVE_DEPTH = 4;
    private static final int MIN_BODY_CHARS = 200;
    /** Sibling articles of the same classes that make the chosen one a post in a thread. */
    private static final int THREAD_POSTS = 2;
    private static final int MIN_READABLE_CHARS = 500;
    /** A block this long is a paragraph of prose. */
    private static final int PROSE_LINE = 100;
    /** Prose the page's own element must add to a short Readability result to replace it. */
    private static final int MIN_ADDED_PROSE = 1000;

    /**
     * The extracted body; the text of the page's byline element, the author name marked inside it, and the byline
     * Readability reports (its own pick, or the page's author metadata); any may be null.
     */
    public record Body(Element content, String bylineElement, String bylineName, String readabilityByline,
                       String method) {
    }


    /** Extracts the body of {@code doc}; content is null only when the page has no text at all. */
    public Body extract(Document doc, String baseUri) {
        removeHidden(doc);
        unmarkVisible(doc);
        keepFormulas(doc);
        unmarkDatelines(doc);
        // looked for before furniture goes: a story's byline often sits in a header above the article
        Element bylineElement = bylineElement(doc);
        // the lead is looked for in the page as it was before furniture goes: an article's header outside its
        // <article> element goes with the site's headers
        Document withHeaders = doc.clone();
        removeFurniture(doc);
        if (doc.body() != null) {
            markNeverStory(doc);
            BlockWalker.markCaptions(doc.body());
        }
        String bylineText = bylineElement == null ? null : bylineElement.text().strip();
        // a byline marked up with schema.org often names the author in an itemprop=name inside it
        // or in an element whose class says name ("byline-name") and that holds only text, set apart from the outlet
        // beside it ("byline-org")
        Element nameInside = bylineElement == null ? null : bylineElement.selectFirst("[itemprop=name]");
        if (nameInside == null && bylineElement != null) nameInside = bylineElement.selectFirst("[class~=(?i)(?:^|[-_])name$]:not(:has(*))");
        String bylineName = nameInside == null || nameInside.text().isBlank() ? null : nameInside.text().strip();
        Document spare = doc.clone();
        Element content = null;
        String byline = null;
        try {
            Article article = new Readability4J(baseUri, doc).parse();
            content = article.getArticleContent();
            byline = article.getByline();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.FINE, "Readability failed on " + baseUri + "; using the plain extraction", e);
        }
        Document before = spare.clone();
        Element plain = plainExtraction(spare);
        int readable = content == null ? 0 : content.text().length();
        int own = plain == null ? 0 : plain.text().length();
        if (readable > 0 && !preferPlain(content, plain, readable, own)) {
            SplitSections.restore(content, before);
            removeNeverStory(content);
            RelatedLinks.remove(content);
            LeadParagraph.restore(content, withHeaders);
            return new Body(content, bylineText, bylineName, byline, "readability");
        }
        if (plain != null) {
            removeNeverStory(plain);
            RelatedLinks.remove(plain);
            LeadParagraph.restore(plain, withHeaders);
        }
        return new Body(plain, bylineText, bylineName, byline, "plain");
    }

    /**
     * Whether the page's own main element beats Readability's pick. It does when Readability took a small box of a
     * much longer page (a footer, a sidebar). When Readability's text is short (under its own 500-character
     * threshold), the own element wins only if it says something else (Readability picked the wrong box) or adds
     * real prose; more short lines around the same text are subscribe prompts, link lists and the site's menu.
     * When Readability's text is long, the page's own {@code <article>} (or articleBody) still wins when it holds at
     * least half as much and most of Readability's pick is not in it: a box beside the article (an author's long
     * introduction, one post of a thread) outscored a story told in short paragraphs or line breaks.
     */
    static boolean preferPlain(Element content, Element plain, int readable, int own) {
        if (own > readable * 10) return true;
        if (plain == null) return false;
        if (readable >= MIN_READABLE_CHARS) return ownArticle(plain) && own * 2 >= readable && elsewhere(content, plain);
        List<BlockText> r;
        List<BlockText> p;
        try {
            r = BlockWalker.walk(content);
            p = BlockWalker.walk(plain);
        } catch (StackOverflowError | RuntimeException e) {
            // a pathologically nested page (a regex compiled deep in the stack fails as a RuntimeException): keep
            // the plain rule, the longer text wins, rather than fail here
            return own > readable;
        }
        Set<String> plainLines = new HashSet<>();
        for (BlockText b : p) plainLines.add(b.text());
        int shared = 0;
        int all = 0;
        for (BlockText b : r) {
            if (b.type() == BlockType.CAPTION) continue;
            all += b.text().length();
            if (plainLines.contains(b.text())) shared += b.text().length();
        }
        if (shared * 2 < all && own >= MIN_BODY_CHARS) return true;
        return own > readable && prose(p) - prose(r) >= MIN_ADDED_PROSE;
    }

    /** Whether the plain extraction's root is the page's own article element, not its main area or body. */
    private static boolean ownArticle(Element plain) {
        return plain.tagName().equals("article") || plain.attr("itemprop").contains("articleBody");
    }

    /**
     * Whether less than half of Readability's text (captions aside) is also in the page's own element. Lines are looked
     * for in that element's whole text, as the two cut paragraphs at line breaks differently.
     */
    private static boolean elsewhere(Element content, Element plain) {
        List<BlockText> r;
        try {
            r = BlockWalker.walk(content);
        } catch (StackOverflowError | RuntimeException e) {
            return false;
        }
        String own = LeadParagraph.squash(plain.text());
        int shared = 0;
        int all = 0;
        for (BlockText b : r) {
            if (b.type() == BlockType.CAPTION) continue;
            all += b.text().length();
            if (own.contains(LeadParagraph.squash(b.text()))) shared += b.text().length();
        }
        return shared * 2 < all;
    }

    /** Characters in paragraph-length blocks (captions aside): what a page says, not its menus and prompts. */
    private static int prose(List<BlockText> blocks) {
        int n = 0;
        for (BlockText b : blocks) {
            if (b.type() != BlockType.CAPTION && b.text().length() >= PROSE_LINE) n += b.text().length();
        }
        return n;
    }

    /**
     * Page furniture that is safe to drop before scoring: navigation, site headers and footers outside the article,
     * and small boxes whose class or id names them as ads, share widgets, related links and the like. A box holding
     * a large part of the page or the article itself is kept, so a wrapper with an unlucky class survives.
     */
    static void removeFurniture(Document doc) {
        Element body = doc.body();
        if (body == null) return;
        doc.select("nav, [role=navigation], [role=search], dialog").remove();
        for (Element e : doc.select("header, footer, [role=banner], [role=contentinfo]")) {
            if (e.parent() == null) continue;
            if (e.closest("article, main, [role=main]") != null) continue;
            if (!e.select("article, main, [role=main], [itemprop~=articleBody]").isEmpty()) continue;
            e.remove();
        }
        removeComments(doc);
        int total = body.text().length();
        for (Element e : body.select("*")) {
            if (e.parent() == null || e == body) continue;
            String words = FurnitureMarks.words(e);
            boolean consent = CONSENT.matcher(words).find();
            boolean teaser = !consent && teaser(e);
            boolean furniture = FURNITURE.matcher(words).find() || OTHER_POSTS.matcher(words).find()
                    || FurnitureMarks.linkAside(e);
            if (!consent && !teaser && (!furniture || liveComment(e))) continue;
            // a consent prompt may run to a long paragraph about privacy; other boxes with prose are kept, but not a
            // list of other stories built of article cards, each with its excerpt, which may run to half a short page
            boolean cards = !consent && (teaserCards(e) || otherPostCard(e, words));
            if (e.text().length() * (cards ? 2 : 4) > total) continue;
            if (!cards && (!e.select("article, main, h1, [itemprop~=articleBody]").isEmpty() || (!consent && holdsProse(e)))) {
                continue;
            }
            Element parent = e.parent();
            e.remove();
            if (teaser) removeOrphanedLabel(parent, body);
        }
    }

    /**
     * Whether a box holds {@value #CARDS} or more {@code <article>} elements and every one is a card pointing to
     * another story: a headline-long link in a heading, and little text beyond its excerpt. A related-posts box built
     * of such cards held both articles and paragraphs of prose, so the guards that keep a wrapper with an unlucky class
     * kept it too. The page's headline or its articleBody is never inside.
     */
    static boolean teaserCards(Element box) {
        if (!box.select("main, h1, [itemprop~=articleBody]").isEmpty()) return false;
        Elements cards = box.select("article");
        if (cards.size() < CARDS) return false;
        for (Element card : cards) {
            if (card.text().length() > CARD_CHARS || card.select("article").size() > 1) return false;
            if (!headlineLink(card, HEADING_LINKS + ", h5 a[href]")) return false;
        }
        return true;
    }

    /**
     * Whether a box classed as another post ("nextstory") holds that post's headline as a link in a heading: then its
     * excerpt is that post's prose, not this story's.
     */
    private static boolean otherPostCard(Element box, String words) {
        if (!OTHER_POSTS.matcher(words).find() || !box.select("main, h1, [itemprop~=articleBody]").isEmpty()) return false;
        return headlineLink(box, HEADING_LINKS);
    }

    /** Whether one of {@code box}'s links selected by {@code links} reads as a headline ({@value #HEADLINE_LINK} characters or more). */
    private static boolean headlineLink(Element box, String links) {
        for (Element a : box.select(links)) {
            if (a.text().strip().length() >= HEADLINE_LINK) return true;
        }
        return false;
    }

    /**
     * Once a list's teasers are gone, the heading that labelled the list ("More from the show") would be left alone at
     * the end of the story: the outermost box around the removed teasers that now holds nothing but headings goes too.
     */
    private static void removeOrphanedLabel(Element from, Element body) {
        Element box = null;
        for (Element p = from; p != null && p != body && onlyLabels(p); p = p.parent()) box = p;
        if (box != null && !box.select("h2, h3, h4, h5, h6").isEmpty()) box.remove();
    }

    /** Whether an element's text is nothing but the text of its subheadings (or nothing at all). */
    private static boolean onlyLabels(Element e) {
        if (!e.select("h1, article, main, img, picture, video, figure, table").isEmpty()) return false;
        for (Element d : e.getAllElements()) {
            if (d.ownText().isBlank() || d.closest("h2, h3, h4, h5, h6") != null) continue;
            return false;
        }
        return true;
    }

    /**
     * Marks the boxes that are never the story (an author's biography, a paywall prompt) before
     * scoring: Readability drops class names from what it returns, and removing them first would change its choice.
     * Every element inside a box carries the box's number too, since Readability replaces a div holding one paragraph by
     * that paragraph and the div's mark would go with it.
     */
    static void markNeverStory(Document doc) {
        int n = 0;
        for (Element e : doc.body().select("[class], [id]")) {
            if (e.hasAttr(NEVER_MARK) || !NEVER_STORY.matcher(e.className() + " " + e.id()).find()) continue;
            String box = String.valueOf(n++);
            for (Element d : e.getAllElements()) d.attr(NEVER_MARK, box);
        }
    }

    /**
     * Removes the marked boxes from the chosen body, unless one holds more than half of it (then it is the story with
     * an unlucky class), and the marks from the rest.
     */
    static void removeNeverStory(Element content) {
        int total = content.text().length();
        Map<String, Integer> boxChars = new HashMap<>();
        for (Element e : content.select("[" + NEVER_MARK + "]")) {
            Element up = e.parent();
            // an element's text is counted once for its box: at the outermost element of that box still here
            if (up != null && up.attr(NEVER_MARK).equals(e.attr(NEVER_MARK))) continue;
            boxChars.merge(e.attr(NEVER_MARK), e.text().length(), Integer::sum);
        }
        for (Element e : content.select("[" + NEVER_MARK + "]")) {
            if (e.parent() == null) continue;
            if (e == content || boxChars.getOrDefault(e.attr(NEVER_MARK), 0) * 2 > total) {
                e.removeAttr(NEVER_MARK);
                continue;
            }
            e.remove();
        }
    }

    /**
     * Reader comments, however long: a thread of long comments would otherwise outscore a post whose share bars and
     * tag lists were just removed. A box that holds the headline or the article itself is kept.
     */
    static void removeComments(Document doc) {
        for (Element e : doc.body().select("[id], [class]")) {
            if (e.parent() == null || e == doc.body()) continue;
            if (!COMMENTS.matcher(e.className() + " " + e.id()).find() || liveComment(e)) continue;
            if (!e.select("article, main, h1, [itemprop~=articleBody]").isEmpty()) continue;
            e.remove();
        }
    }

    /** Whether {@code e} is classed as a teaser and links elsewhere with a headline-long link, or sits in such a link. */
    static boolean teaser(Element e) {
        if (!TEASER.matcher(e.className() + " " + e.id()).find()) return false;
        return e.closest("a[href]") != null || headlineLink(e, "a[href]");
    }

    /**
     * Whether {@code e} is classed as a comment and it or one of its nearest ancestors is named as a live ticker: its
     * "comments" are its entries. Only the comment word is excused; a share bar in a ticker is still furniture.
     */
    static boolean liveComment(Element e) {
        if (!COMMENTS.matcher(e.className() + " " + e.id()).find()) return false;
        Element a = e;
        for (int i = 0; i <= LIVE_DEPTH && a != null && !a.tagName().equals("body"); i++, a = a.parent()) {
            if (LIVE.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }

    /**
     * Whether an element holds a long paragraph: ads, share bars and link lists do not, but a section whose id is a
     * slug of its heading ("sharing-with-a-single-developer") does.
     */
    private static boolean holdsProse(Element e) {
        for (Element p : e.select("p")) {
            if (p.text().length() > 200) return true;
        }
        return false;
    }

    /** The first short element marked as a byline (rel=author, itemprop=author, class byline...). */
    static Element bylineElement(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        for (Element e : body.select("[rel=author], [itemprop~=author], [class], [id]")) {
            boolean marked = e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                    || BYLINE.matcher(e.className() + " " + e.id()).find();
            if (!marked || inComments(e)) continue;
            String t = e.text().strip();
            if (!t.isEmpty() && t.length() < 100 && t.chars().anyMatch(Character::isLetter)) return e;
        }
        return null;
    }

    /** Whether {@code e} sits in a reader-comment thread or a form: a comment's author or a "Name *" field label. */
    private static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.tagName().equals("form") || COMMENTS.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }

    /**
     * Renames "dateline" in class and id words that do not also say byline or author, so Readability neither takes
     * the dateline's place name for the author nor cuts it out of the first paragraph.
     */
    static void unmarkDatelines(Document doc) {
        for (Element e : doc.select("[class*=dateline], [id*=dateline]")) {
            if (BYLINE.matcher(e.className() + " " + e.id()).find()) continue;
            e.attr("class", DATELINE.matcher(e.className()).replaceAll("place-date"));
            if (e.hasAttr("id")) e.attr("id", DATELINE.matcher(e.id()).replaceAll("place-date"));
        }
    }

    /**
     * Drops the class names of formula containers (MathJax's {@code mjx-container class="MathJax CtxtMenu_Attached_0"}):
     * Readability reads "Menu" in them as page furniture and removes every formula, leaving sentences with holes.
     */
    static void keepFormulas(Document doc) {
        for (Element e : doc.select("mjx-container, .MathJax, .MathJax_Display, .MathJax_Preview, .katex, .katex-display")) {
            e.removeAttr("class");
            e.removeAttr("id");
        }
    }

    /**
     * Takes "label-hidden" off a wrapper of fields whose labels are hidden (Drupal's "field--label-hidden", on nearly
     * every field of a Drupal story): the word says the fields' labels are hidden, not the fields. Readability scores any
     * class holding "hidden" as unlikely content, and its conditional cleaning then dropped the wrapper of a story's
     * text fields whole, keeping only the lead above it. The fields themselves keep the word; their paragraphs score
     * them anyway.
     */
    static void unmarkVisible(Document doc) {
        for (Element e : doc.select("[class*=label-hidden]")) {
            if (e.select("[class*=label-hidden]").size() < 2) continue;
            for (String c : new ArrayList<>(e.classNames())) {
                if (LABEL_HIDDEN.matcher(c).matches()) e.removeClass(c);
            }
        }
    }

    /** Removes the nodes a reader never sees: the hidden attribute, display:none, aria-hidden, and modal dialogs. */
    static void removeHidden(Document doc) {
        unwrapRunawayNoscript(doc);
        // ruby annotations (rt, rp) are a reading aid printed small above the words; in flat text they split them
        doc.select("script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, input, textarea, rt, rp")
                .remove();
        for (Element e : doc.select("[hidden], [aria-hidden=true], [style], [role=dialog][aria-modal=true]")) {
            if (e == doc.body() || e.tagName().equals("html")) continue;
            if (e.hasAttr("hidden") || (e.attr("role").equals("dialog") && e.attr("aria-modal").equals("true"))) {
                e.remove();
                continue;
            }
            if (e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image")) {
                e.remove();
                continue;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) e.remove();
        }
    }

    /**
     * Unwraps a {@code <noscript>} that holds most of the page. A browser running scripts reads a noscript's content as
     * raw text, so an unclosed {@code <div>} inside it ends there; the parser, reading without scripts, lets that div
     * run on to the end of the page, and removing the noscript would remove the story with it.
     */
    static void unwrapRunawayNoscript(Document doc) {
        Element body = doc.body();
        if (body == null) return;
        int total = body.text().length();
        for (Element e : body.select("noscript")) {
            if (e.parent() != null && e.text().length() * 2 > total) e.unwrap();
        }
    }

    /** The page's own main element (article, main, role=main or body) without page furniture. */
    static Element plainExtraction(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        Element root = thread(largest(stories(doc.select("article, [itemprop~=articleBody]"))));
        if (root == null) root = largest(doc.select("main, [role=main]"));
        if (root == null) root = body;
        root.select("nav, header, footer, aside, form, menu, dialog, "
                + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]").remove();
        int total = root.text().length();
        for (Element e : root.select("*")) {
            if (e.parent() == null) continue; // already removed with an ancestor
            String words = e.className() + " " + e.id();
            if (FURNITURE.matcher(words).find() && e.text().length() < total / 2 && !holdsProse(e)) e.remove();
        }
        return root;
    }

    /**
     * The thread around a post: when the chosen article has {@value #THREAD_POSTS} or more sibling articles of exactly its
     * classes (a forum's posts, "message message--post"), their parent. A story's own article carries its id in its
     * classes ("post-194743"), so the cards of other stories beside it do not match.
     */
    static Element thread(Element article) {
        if (article == null || !article.tagName().equals("article") || article.className().isBlank()) return article;
        Element parent = article.parent();
        if (parent == null) return article;
        int twins = 0;
        for (Element sibling : parent.children()) {
            if (sibling != article && sibling.tagName().equals("article") && sibling.className().equals(article.className())) {
                twins++;
            }
        }
        return twins >= THREAD_POSTS ? parent : article;
    }

    /**
     * The article elements that are not lists of other stories: a box of teasers marked up as an {@code <article>}
     * ("author-materials", "news-feed") is mostly link text, and, being longer, outweighed the short story beside it.
     */
    static Elements stories(Elements articles) {
        Elements out = new Elements();
        for (Element e : articles) {
            if (LeadParagraph.linked(e) * 2 <= e.text().length()) out.add(e);
        }
        return out;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLen = 0;
        for (Element e : candidates) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return bestLen >= MIN_BODY_CHARS ? best : null;
    }
}
