package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An article's outlet when the import found none: the host of its web address, else nothing. */
class MetaBuilderOutletTest {
    @Test
    void aPageWithoutANamedOutletIsNamedByItsHostWithoutWww() {
        assertEquals("nytimes.com", new MetaBuilder().urlIfAbsent("https://www.nytimes.com/2023/03/04/world/x.html").build("t").outlet());
        assertEquals("news.example.org", new MetaBuilder().urlIfAbsent("http://News.Example.org:8080/a?b=c").build("t").outlet());
    }

    @Test
    void aNamedOutletWinsAndFilesOrOddAddressesGetNone() {
        assertEquals("The Daily", new MetaBuilder().outletIfAbsent("The Daily").urlIfAbsent("https://www.daily.example/a").build("t").outlet());
        assertNull(new MetaBuilder().build("t").outlet(), "a file naming no outlet and no address");
        assertNull(MetaBuilder.hostOutlet("file:///home/me/story.html"));
        assertNull(MetaBuilder.hostOutlet("not a url at all"));
        assertNull(MetaBuilder.hostOutlet("mailto:desk@example.org"));
    }
}
