package org.parallax.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DateSource;

/** The library row's second line: the outlet when one is known, never "Unknown outlet", then the date. */
class LibraryMetaLineTest {
    @Test
    void anArticleWithoutOutletShowsOnlyItsDate() {
        String line = LibraryView.metaLine(new ArticleSummary(1, "T", null, LocalDate.of(2023, 3, 4), DateSource.FILE_HEADER, null));
        assertFalse(line.contains("Unknown"), line);
        assertEquals(LibraryView.metaLine(new ArticleSummary(1, "T", "x", LocalDate.of(2023, 3, 4), DateSource.FILE_HEADER, null))
                .substring("x · ".length()), line);
        assertEquals("nytimes.com · ", LibraryView.metaLine(new ArticleSummary(2, "T", " nytimes.com ", null, DateSource.NONE, null))
                .substring(0, "nytimes.com · ".length()));
    }
}
