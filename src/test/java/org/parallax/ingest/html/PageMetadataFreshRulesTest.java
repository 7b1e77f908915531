package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the freshly written pages (src/test/resources/fresh-pages): bylines with a role, an
 * e-mail address, an agency credit or a "Story by" label; a sharing title cut short of the printed headline; a time
 * printed with a point; a press-release wire's date beside its headline. Each with the cases it must leave alone.
 */
class PageMetadataFreshRulesTest {
    @Test
    void authorLosesARoleAfterTheName() {
        assertEquals("Jane Roe", AuthorNames.clean("Jane Roe, Health Correspondent"));
        assertEquals("Max Muster", AuthorNames.clean("Max Muster | Redakteur"));
        assertEquals("Lucy Hargreaves", AuthorNames.clean("Lucy Hargreaves - Senior Transport Reporter"));
        // co-authors and a name that only looks like a word stay
        assertEquals("Jane Roe, John Smith", AuthorNames.clean("Jane Roe, John Smith"));
        assertEquals("Anna Reporter", AuthorNames.clean("Anna Reporter"));
    }

    @Test
    void authorLosesAnEmailAddressAndAStoryByLabel() {
        assertEquals("Emily Carter", AuthorNames.clean("By Emily Carter | ecarter@dailyherald.example"));
        assertEquals("Emily Carter", AuthorNames.clean("Emily Carter (ecarter@dailyherald.example)"));
        assertEquals("Rachel Kim", AuthorNames.clean("Story by Rachel Kim"));
        assertEquals("Nora Feld", AuthorNames.clean("Words by Nora Feld"));
        // a surname Story is no label without "by"
        assertEquals("Anna Story", AuthorNames.clean("Anna Story"));
    }

    @Test
    void authorLosesAnAgencyCreditAfterAFullName() {
        assertEquals("Javier Ruiz", AuthorNames.clean("Javier Ruiz / EFE"));
        assertEquals("CHINEDU OKAFOR and AMY LIU", AuthorNames.clean("By CHINEDU OKAFOR and AMY LIU Associated Press"));
        assertEquals("Sara Lind", AuthorNames.clean("Sara Lind (AFP)"));
        // the agency alone is a wire story's credit; a short sign with it is the newsroom's signature
        assertEquals("Reuters", AuthorNames.clean("Reuters"));
        assertEquals("The Associated Press", AuthorNames.clean("The Associated Press"));
        assertEquals("det/dpa", AuthorNames.clean("det/dpa"));
        // an agency's name inside a longer name is not a credit
        assertEquals("Thomson Reuters", AuthorNames.clean("Thomson Reuters"));
    }

    @Test
    void titleIsThePrintedHeadlineWhenTheSharingTitleCutsItShort() {
        PageMetadata cut = read("<title>Measles case confirmed at Riverside elementary, families told to check records | KRVT</title>"
                + "<meta property='og:title' content='Measles case confirmed at Riverside elementary'>",
                "<h1>Measles case confirmed at Riverside elementary, families told to check records</h1>" + PROSE);
        assertEquals("Measles case confirmed at Riverside elementary, families told to check records", cut.title());
        // the tab does not give the longer heading: the metadata title stays
        PageMetadata notInTab = read("<title>Measles case confirmed at Riverside elementary | KRVT</title>"
                + "<meta property='og:title' content='Measles case confirmed at Riverside elementary'>",
                "<h1>Measles case confirmed at Riverside elementary, families told to check records</h1>" + PROSE);
        assertEquals("Measles case confirmed at Riverside elementary", notInTab.title());
        // a heading that goes on by one word only, or a title of two words, is left to the other rules
        PageMetadata oneWord = read("<title>Bridge closed to cars today | Example</title>"
                + "<meta property='og:title' content='Bridge closed to cars'>", "<h1>Bridge closed to cars today</h1>" + PROSE);
        assertEquals("Bridge closed to cars", oneWord.title());
        PageMetadata twoWords = read("<title>Bridge closed to cars and bikes | Example</title>"
                + "<meta property='og:title' content='Bridge closed'>", "<h1>Bridge closed to cars and bikes</h1>" + PROSE);
        assertEquals("Bridge closed", twoWords.title());
    }

    @Test
    void aUtcStampIsDatedByTheLocalDayALinePrintsWithAPointClock() {
        String head = "<html lang=en-AU><head><meta property='article:published_time' content='2033-02-14T19:05:00Z'>";
        PageMetadata point = MetadataPagesRead.page(head, "<h1>Cyclone live</h1><div>First published on Sun 15 Feb 2033"
                + " 06.05 AEDT</div>" + PROSE);
        assertEquals(LocalDate.of(2033, 2, 15), point.published());
        // numbers with a point and no zone or am/pm after them may be a day and month ("06.05"): the UTC day stays
        PageMetadata noZone = MetadataPagesRead.page(head, "<h1>Cyclone live</h1><div>Sun 15 Feb 2033 06.05</div>" + PROSE);
        assertEquals(LocalDate.of(2033, 2, 14), noZone.published());
    }

    @Test
    void aGenericDateTagGivesWayToTheDayPrintedBesideTheHeadlineOfAPageWithoutArticle() {
        String head = "<meta name='date' content='2033-03-10T02:11:44Z'>";
        PageMetadata wire = read(head, "<div class=row><h1>Helvion opens assembly plant in Greenville</h1></div>"
                + "<div class=row><span>News provided by</span> <a>Helvion Robotics</a><p>Mar 09, 2033, 09:00 ET</p></div>"
                + PROSE);
        assertEquals(LocalDate.of(2033, 3, 9), wire.published());
        // nothing printed beside the headline, or an h1 that is the site's logo beside today's date: the tag's day stays
        PageMetadata bare = read(head, "<h1>Helvion opens assembly plant in Greenville</h1>" + PROSE);
        assertEquals(LocalDate.of(2033, 3, 10), bare.published());
        PageMetadata logo = read(head, "<div><h1><a href='/'>PR Wire Today news</a></h1><p>Mar 09, 2033</p></div>" + PROSE);
        assertEquals(LocalDate.of(2033, 3, 10), logo.published());
    }

    /** A page whose {@code <html>} element is given, for the rules that read its language. */
    private static final class MetadataPagesRead {
        static PageMetadata page(String htmlAndHead, String body) {
            return new MetadataExtractor().extract(org.jsoup.Jsoup.parse(htmlAndHead + "</head><body>" + body
                    + "</body></html>", "https://example.org/"));
        }
    }
}
