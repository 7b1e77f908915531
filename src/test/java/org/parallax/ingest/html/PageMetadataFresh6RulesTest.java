package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the sixth set of freshly written pages (src/test/resources/fresh-pages6): a byline block
 * marked by a test attribute with the name printed without "By", "Fact check by", an author tag repeated once per
 * writer, a UTC stamp whose instant a {@code <time>} gives with the page's own offset, labels naming what the person
 * made ("Szöveg és fotó:"), an Arabic place before the name and Arabic month names. Each with the cases it must leave
 * alone.
 */
class PageMetadataFresh6RulesTest {
    private static final String HEADLINE = "<h1>Ferry operator fined over lifeboat drill failures</h1>";
    private static final String ORG_LD = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            + "\"@type\":\"NewsArticle\",\"headline\":\"Ferry operator fined\",\"author\":{\"@type\":\"Organization\","
            + "\"name\":\"BNC News\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"BNC News\"}}</script>";

    @Test
    void aBylineBlockMarkedByATestAttributeGivesTheNameItPrintsWithoutBy() {
        String block = "<div data-testid='byline-new'><time datetime='2036-05-07T05:03:11.000Z'>7 May 2036</time>"
                + "<div data-testid='byline-new-contributors'><div><span class='x1'>Gareth Pryce</span>"
                + "<div class='x2'>Wales transport correspondent</div></div></div><button>Share</button></div>";
        assertEquals("Gareth Pryce", read(ORG_LD, "<article>" + HEADLINE + block + PROSE + "</article>").author());
        // two contributors, each in an element of their own
        String two = "<div data-component='byline-block'><span>Ann Feld</span><span>Political Reporter</span>"
                + "<span>Ole Brandt</span><span>BNC News, Cardiff</span></div>";
        assertEquals("Ann Feld, Ole Brandt", read(ORG_LD, "<article>" + HEADLINE + two + PROSE + "</article>").author());
        // a block that prints only a role, a desk or the site names no writer; nor does a block in an aside (and the outlet
        // as the only JSON-LD author is no author either, since stop 44)
        String desk = "<div data-testid='byline'><span>Political Reporter</span><span>BNC News</span><span>BNC Wales</span>"
                + "</div>";
        assertNull(read(ORG_LD, "<article>" + HEADLINE + desk + PROSE + "</article>").author());
        String aside = "<aside><div data-testid='byline'><span>Other Writer</span></div></aside>";
        assertNull(read(ORG_LD, "<article>" + HEADLINE + PROSE + "</article>" + aside).author());
        // the name beside the site's desk ("WBC Scotland" under "WBC News") is the writer's alone
        String withDesk = "<span data-testid='byline-new-contributors'><div><span>Isla MacRae</span><span>,</span></div>"
                + "<div>BNC Scotland</div></span>";
        assertEquals("Isla MacRae", read(ORG_LD, "<article>" + HEADLINE + withDesk + PROSE + "</article>").author());
        // a person the metadata names is not replaced by a block
        String person = "<meta name='author' content='Dana Whitfield'>";
        assertEquals("Dana Whitfield", read(person, "<article>" + HEADLINE + block + PROSE + "</article>").author());
    }

    @Test
    void factCheckByLabelsTheWriterAndFactCheckedByDoesNot() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Factwise\"},\"datePublished\":\"2036-03-02\"}</script>"
                + "<meta property='og:site_name' content='Factwise'>";
        String line = "<div class='author-info'><div class='author-name'>Fact check by <a href='/a/ap'>Alondra Pruitt</a>"
                + "</div><div class='editor-name'>Edited by <a href='/a/bw'>Ben Whitaker</a></div></div>";
        assertEquals("Alondra Pruitt", read(ld, "<article>" + HEADLINE + line + PROSE + "</article>").author());
        assertEquals("Alondra Pruitt", AuthorNames.clean("Fact-check by Alondra Pruitt"));
        // a health article's reviewer ("Fact checked by") is no writer
        assertNull(read("", "<article>" + HEADLINE + "<p class='meta'>Fact checked by Ben Whitaker</p>" + PROSE
                + "</article>").author());
    }

    @Test
    void anAuthorTagRepeatedOncePerWriterGivesAllOfThem() {
        String head = "<meta name='author' content='Lauren Whitlock'><meta name='author' content='Sam Oduya'>";
        assertEquals("Lauren Whitlock, Sam Oduya", read(head, "<article>" + HEADLINE + PROSE + "</article>").author());
        assertEquals("Lauren Whitlock, Sam Oduya", RepeatedMeta.authors(org.jsoup.Jsoup.parse("<head>" + head + "</head>")));
        // one tag, the same name twice, or profile addresses: nothing to add
        assertEquals("Lauren Whitlock", read("<meta name='author' content='Lauren Whitlock'>", "<article>" + HEADLINE
                + PROSE + "</article>").author());
        assertNull(RepeatedMeta.authors(org.jsoup.Jsoup.parse("<head><meta name='author' content='Ann Feld'>"
                + "<meta name='author' content='Ann Feld'></head>")));
        assertNull(RepeatedMeta.authors(org.jsoup.Jsoup.parse("<head><meta property='article:author'"
                + " content='https://x.example/p/a'><meta property='article:author' content='https://x.example/p/b'></head>")));
    }

    @Test
    void aUtcStampIsDatedByTheOffsetTheArticlesTimeGives() {
        String meta = "<meta property='article:published_time' content='2036-11-04T18:00:00.000Z'>";
        String time = "<time datetime='2036-11-05T05:00:00+11:00'>November 5, 2036 — 5.00am</time>";
        assertEquals(LocalDate.of(2036, 11, 5), read(meta, "<article>" + HEADLINE + time + PROSE + "</article>").published());
        // another instant (a related story's time) or a time in UTC leaves the stamp's day
        String other = "<time datetime='2036-11-05T07:00:00+11:00'>November 5, 2036</time>";
        assertEquals(LocalDate.of(2036, 11, 4), read(meta, "<article>" + HEADLINE + other + PROSE + "</article>").published());
        assertNull(OffsetTimes.localDay(org.jsoup.Jsoup.parse("<time datetime='2036-11-04T18:00:00Z'>x</time>"),
                "2036-11-04T18:00:00.000Z"));
        // a stamp with an offset of its own is already local
        assertNull(OffsetTimes.localDay(org.jsoup.Jsoup.parse(time), "2036-11-05T05:00:00+11:00"));
    }

    @Test
    void labelsNamingWhatThePersonMadeWithTheirColon() {
        assertEquals("Kovács Bence", AuthorNames.clean("Szöveg és fotó: Kovács Bence"));
        assertEquals("Kovács Bence", AuthorNames.clean("Írta: Kovács Bence"));
        assertEquals("Jane Roe", AuthorNames.clean("Text and photos: Jane Roe"));
        assertEquals("Tuomas Lindqvist", AuthorNames.clean("Teksti ja kuvat: Tuomas Lindqvist"));
        // a name that happens to open with such a word stays whole
        assertEquals("Teksti Virtanen", AuthorNames.clean("Teksti Virtanen"));
    }

    @Test
    void anArabicPlaceOrLabelBeforeTheNameIsDropped() {
        assertEquals("سارة الكعبي", AuthorNames.clean("دبي: سارة الكعبي"));
        assertEquals("محمد الحمادي", AuthorNames.clean("أبوظبي: محمد الحمادي"));
        assertEquals("محمد الحمادي", AuthorNames.clean("بقلم: محمد الحمادي"));
        // a name alone, or a place and one word (a wire's initials), stays as it was
        assertEquals("سارة الكعبي", AuthorNames.clean("سارة الكعبي"));
        assertEquals("دبي: وام", AuthorNames.clean("دبي: وام"));
    }

    @Test
    void arabicMonthNames() {
        assertEquals(LocalDate.of(2036, 3, 12), HtmlDates.find("12 مارس 2036 00:15 صباحاً"));
        assertEquals(LocalDate.of(2036, 4, 9), HtmlDates.find("9 نيسان 2036"));
        assertEquals(LocalDate.of(2036, 6, 1), HtmlDates.find("1 جوان 2036"));
        // a word that is no month gives no date
        assertNull(HtmlDates.find("12 سيارة 2036"));
    }
}
