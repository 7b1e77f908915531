package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Bylines as a reader sees them (issue 18): a byline printed in capitals stored in title case, a byline in the
 * article's own footer, a byline whose parts sit in touching elements with generated class names, and the one co-author
 * split an agency's end credits share with the other sources. Each with the cases it must leave alone.
 */
class PageMetadataReaderBylinesTest {
    private static final String HEADLINE = "<h1>Harbour dredging plan wins final approval after two years</h1>";

    @Test
    void aBylineInCapitalsIsShownInTitleCase() {
        assertEquals("Chinedu Okafor and Amy Liu", AuthorNames.readerCase("CHINEDU OKAFOR and AMY LIU", "en"));
        assertEquals("Chinedu Okafor and Amy Liu", AuthorNames.readerCase("CHINEDU OKAFOR AND AMY LIU", "en"));
        assertEquals("Sean McDonald", AuthorNames.readerCase("SEAN McDONALD", "en"));
        assertEquals("Sean McDonald", AuthorNames.readerCase("SEAN MCDONALD", "en"));
        assertEquals("Fiona MacLeod", AuthorNames.readerCase("FIONA MacLEOD", "en"));
        assertEquals("Kate O'Neill", AuthorNames.readerCase("KATE O'NEILL", "en"));
        assertEquals("Maria de la Cruz", AuthorNames.readerCase("MARIA de la CRUZ", "es"));
        assertEquals("Maria de la Cruz", AuthorNames.readerCase("MARIA DE LA CRUZ", "es"));
        assertEquals("Marine Le Pen", AuthorNames.readerCase("MARINE LE PEN", "fr"));
        assertEquals("Anna Smith-Jones, J.R. Baker", AuthorNames.readerCase("ANNA SMITH-JONES, J.R. BAKER", "en"));
        assertEquals("Amy Liu / AP", AuthorNames.readerCase("AMY LIU / AP", "en"));
        assertEquals("Jana Nováková, ČTK", AuthorNames.readerCase("JANA NOVÁKOVÁ, ČTK", "cs"));
        assertEquals("Harriet Cole (BBC)", AuthorNames.readerCase("HARRIET COLE (BBC)", null));
        // a name in mixed case, an agency alone, initials and a lone short word stay as printed
        assertEquals("Sean McDonald", AuthorNames.readerCase("Sean McDonald", "en"));
        assertEquals("danah boyd", AuthorNames.readerCase("danah boyd", "en"));
        assertEquals("AFP", AuthorNames.readerCase("AFP", "fr"));
        assertEquals("DT", AuthorNames.readerCase("DT", "de"));
        assertEquals("AMY LIU and Tom Becker", AuthorNames.readerCase("AMY LIU and Tom Becker", "en"));
        assertEquals("박서연", AuthorNames.readerCase("박서연", "ko"));
        // a company's, an institution's or an acronym's credit in capitals, and one word alone, stay as printed
        assertEquals("NATURSTROM AG", AuthorNames.readerCase("NATURSTROM AG", "de"));
        assertEquals("KBS WORLD", AuthorNames.readerCase("KBS WORLD", "en"));
        assertEquals("U.S. CUSTOMS AND BORDER PROTECTION", AuthorNames.readerCase("U.S. CUSTOMS AND BORDER PROTECTION", "en"));
        assertEquals("GESE", AuthorNames.readerCase("GESE", "es"));
        assertEquals("BDZV", AuthorNames.readerCase("BDZV", "de"));
        assertNull(AuthorNames.readerCase(null, "en"));
        // a Turkish capital I may stand for a dotless i: left as printed
        assertEquals("MEHMET YILMAZ", AuthorNames.readerCase("MEHMET YILMAZ", "tr-TR"));
    }

    @Test
    void aBylineInTheArticlesOwnFooter() {
        assertEquals("Hannah Lisle", read("", "<article>" + HEADLINE + PROSE + PROSE
                + "<footer><p>Words by Hannah Lisle</p></footer></article>").author());
        assertEquals("Hannah Lisle", read("", "<article>" + HEADLINE + PROSE + "<div class='entry-footer'><span>Words by Hannah"
                + " Lisle | Photos by Ben Ash</span></div></article>").author());
        // the page's footer stays furniture, and its "By continuing", "By using" and copyright lines name no one
        assertNull(read("", "<article>" + HEADLINE + PROSE + "</article><footer><p>Words by Hannah Lisle</p></footer>").author());
        assertNull(read("", "<article>" + HEADLINE + PROSE + "</article><footer><p>By continuing to browse you agree to our"
                + " use of cookies.</p><p>By using this site you accept our terms.</p><p>© 2036 Harbour Herald Ltd</p></footer>")
                .author());
        // a comment thread inside the article's footer is still skipped
        assertNull(read("", "<article>" + HEADLINE + PROSE + "<footer><div class='comments' id='comments'><p>By Ole Brandt</p>"
                + "</div></footer></article>" + PROSE + PROSE + PROSE).author());
    }

    @Test
    void aBylineWhosePartsTouchInGeneratedClasses() {
        assertEquals("Jane Roe", read("", "<div class='sc-k'>" + HEADLINE + "<div class='sc-1x2y3z'><span class='sc-a'>By Jane Roe"
                + "</span><span class='sc-b'>Updated 2 hours ago</span></div>" + PROSE + "</div>").author());
        String site = "<meta property='og:site_name' content='Harbour Herald'><meta name='author' content='Harbour Herald'>";
        assertEquals("Jane Roe", read(site, "<main>" + HEADLINE + "<div class='sc-1x2y3z'><span>By</span> <span><a href='/a/jr'>"
                + "Jane Roe</a></span> <span>Published March 3, 2036 at 5:12 p.m.</span></div>" + PROSE + "</main>").author());
        assertEquals("Jane Roe", AuthorNames.clean("Jane Roe Published"));
        assertEquals("Jane Roe", AuthorNames.clean("Jane Roe Last updated: 3 March 2036"));
        // the same words inside a name or a label stay ("Posted by" is a label, not a date's)
        assertEquals("Jane Roe", AuthorNames.clean("Posted by Jane Roe"));
        assertEquals("Ann Updike", AuthorNames.clean("Ann Updike"));
        assertNull(AuthorNames.clean("Last Updated: January 7, 2025"));
        // words that touch inside one element are one word; a site's lines that open with "By" name no one
        assertEquals("Jane Roe", PageBylines.spaced(Jsoup.parse("<p>By <b>Jane</b> <i>Roe</i></p>").selectFirst("p"))
                .replaceFirst("^By ", ""));
        assertEquals("Matthias", PageBylines.spaced(Jsoup.parse("<p>Mat<b>thias</b></p>").selectFirst("p")));
        assertNull(read("", "<div class='sc-k'>" + HEADLINE + PROSE + "</div><div class='sc-f'><p>By continuing to browse you"
                + " agree to cookies.</p><p>By Using This Site You Agree</p></div>").author());
    }

    @Test
    void endCreditsSplitCoAuthorsAsTheOtherSourcesDo() {
        assertEquals("Karim Haddad, Leila Nassar, Omar Aziz", EndCredits.authors(Jsoup.parse("<p>(Reporting by Karim Haddad and"
                + " Leila Nassar in Beirut; Writing by Omar Aziz; Editing by Susan Fenwick)</p>")));
        assertEquals("Karim Haddad, Leila Nassar", EndCredits.authors(Jsoup.parse("<p>(Reporting by Karim Haddad & Leila Nassar;"
                + " Editing by Susan Fenwick)</p>")));
        assertNull(EndCredits.authors(Jsoup.parse("<p>(Editing by Susan Fenwick; Graphics by Tom Lee)</p>")));
    }
}
