package org.parallax.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleMeta;
import org.parallax.model.DateSource;

class ReaderViewModelTest {
    @Test
    void bylineNamesOutletAuthorAndDate() {
        ArticleMeta m = new ArticleMeta("T", false, "Maria Keller", "The Coastal Herald", null, null,
                LocalDate.of(2023, 3, 4), DateSource.PAGE_METADATA, null, null, null, null);
        assertEquals("The Coastal Herald · by Maria Keller · 4 March 2023", ReaderViewModel.byline(m));
    }

    @Test
    void bylineSaysWhatIsUnknownOrDerived() {
        ArticleMeta m = new ArticleMeta("T", true, null, "Northern Daily", null, null, null, null, null, null, null, null);
        assertEquals("Northern Daily · (date unknown) · (title derived)", ReaderViewModel.byline(m));
    }
}
