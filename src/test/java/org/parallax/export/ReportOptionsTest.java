package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOptionsTest {
    @TempDir
    Path dir;

    @Test
    void remembersEveryChoice() throws Exception {
        ReportOptions o = new ReportOptions("Notes on “Pakistan”", true, false, false, ReportContent.PageSize.LETTER, "Zoë");
        o.save(dir);
        assertEquals(o, ReportOptions.load(dir));
    }

    @Test
    void missingOrDamagedFileGivesTheDefaults() throws Exception {
        assertEquals(ReportOptions.defaults(), ReportOptions.load(dir));
        Files.writeString(dir.resolve(ReportOptions.FILE_NAME), "page.size=HUGE\ncalendar=false\n");
        ReportOptions o = ReportOptions.load(dir);
        assertEquals(ReportOptions.defaults().pageSize(), o.pageSize());
        assertEquals(false, o.includeCalendar());
    }

    @Test
    void paperFollowsTheCountry() {
        assertEquals(ReportContent.PageSize.LETTER, ReportContent.PageSize.forCountry("US"));
        assertEquals(ReportContent.PageSize.LETTER, ReportContent.PageSize.forCountry("CA"));
        assertEquals(ReportContent.PageSize.A4, ReportContent.PageSize.forCountry("DE"));
        assertEquals(ReportContent.PageSize.A4, ReportContent.PageSize.forCountry(""));
    }
}
