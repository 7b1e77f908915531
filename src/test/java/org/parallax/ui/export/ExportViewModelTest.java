package org.parallax.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.ReportService;
import org.parallax.export.NoteSource;
import org.parallax.export.ReportContent;
import org.parallax.export.ReportOptions;
import org.parallax.testsupport.SharedData;
import org.parallax.ui.common.ImmediateTaskRunner;

/** The export dialog's state on a real library of the two shared samples, with work run on the test thread. */
class ExportViewModelTest {
    static final Path SAMPLES = SharedData.samples();

    @TempDir
    Path dir;
    AppContext ctx;
    ReportService service;
    long first;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("library.db"));
        first = ctx.imports().importFile(SAMPLES.resolve("story1-outlet-a.txt")).articleId();
        ctx.imports().importFile(SAMPLES.resolve("story1-outlet-b.txt"));
        service = new ReportService(ctx, NoteSource.NONE);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private ExportViewModel vm(OptionalLong open) {
        return new ExportViewModel(service, new ImmediateTaskRunner(), dir.resolve("config"), open);
    }

    @Test
    void startsFromTheRememberedChoicesAndRemembersNewOnesOnExport() throws Exception {
        new ReportOptions("My notes", true, false, true, ReportContent.PageSize.LETTER, "Zoë").save(dir.resolve("config"));
        ExportViewModel vm = vm(OptionalLong.empty());
        assertEquals("My notes", vm.titleProperty().get());
        assertEquals(ReportContent.PageSize.LETTER, vm.pageSizeProperty().get());
        assertTrue(vm.fullTextProperty().get());
        vm.titleProperty().set("Pakistan: “dialogue”");
        vm.calendarProperty().set(true);
        vm.export(dir.resolve("out.pdf"));
        ReportOptions saved = ReportOptions.load(dir.resolve("config"));
        assertEquals("Pakistan: “dialogue”", saved.title());
        assertTrue(saved.includeCalendar());
        assertEquals("Pakistan “dialogue”.pdf", vm.suggestedFileName(), "no colon in a file name");
    }

    @Test
    void previewIsPageOneAtTheChosenPaperSize() {
        ExportViewModel vm = vm(OptionalLong.empty());
        vm.pageSizeProperty().set(ReportContent.PageSize.A4);
        vm.refreshPreview();
        BufferedImage a4 = vm.previewProperty().get();
        assertNotNull(a4, vm.previewMessageProperty().get());
        assertEquals(Math.round(595.3 / 72 * ExportViewModel.PREVIEW_DPI), a4.getWidth(), 1);
        vm.pageSizeProperty().set(ReportContent.PageSize.LETTER);
        vm.refreshPreview();
        assertEquals(Math.round(612 / 72.0 * ExportViewModel.PREVIEW_DPI), vm.previewProperty().get().getWidth(), 1);
        assertEquals("", vm.previewMessageProperty().get());
    }

    @Test
    void exportWritesThePdfAndReportsPagesArticlesAndFile() throws Exception {
        ExportViewModel vm = vm(OptionalLong.of(first));
        vm.scopeProperty().set(ExportViewModel.Scope.ARTICLE);
        Path out = dir.resolve("reports/one.pdf");
        vm.export(out);
        ReportService.Result r = vm.resultProperty().get();
        assertNotNull(r, vm.errorProperty().get());
        assertEquals(out, r.file());
        assertEquals(1, r.articles());
        assertTrue(Files.size(out) > 10_000);
        assertTrue(vm.messageProperty().get().startsWith("Exported " + r.pages() + " pages"));
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void aFailedExportSaysWhereAndWhy() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        ExportViewModel vm = vm(OptionalLong.empty());
        vm.export(dir.resolve("blocker/report.pdf"));
        assertNull(vm.resultProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("Cannot export to " + dir.resolve("blocker/report.pdf")), vm.errorProperty().get());
        assertEquals("Export failed", vm.messageProperty().get());
    }

    @Test
    void theLibraryAndItsFilesAreRefusedBeforeAnythingRuns() throws Exception {
        Path library = dir.resolve("library.db");
        Path link = Files.createSymbolicLink(dir.resolve("report.pdf"), library);
        long size = Files.size(library);
        ExportViewModel vm = vm(OptionalLong.empty());
        for (Path out : List.of(library, link, dir.resolve("library.db-wal"), dir.resolve("config/../library.db"))) {
            vm.export(out);
            assertNull(vm.resultProperty().get());
            assertEquals(ExportViewModel.REFUSED, vm.messageProperty().get());
            assertTrue(vm.errorProperty().get().contains("would destroy it"), vm.errorProperty().get());
        }
        assertEquals(size, Files.size(library));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(2, ctx.articles().list().size(), "the library still reads");
    }

    @Test
    void storyAndArticleScopesNeedAnOpenArticle() {
        assertEquals(List.of(ExportViewModel.Scope.ALL), vm(OptionalLong.empty()).scopes());
        ExportViewModel withArticle = vm(OptionalLong.of(first));
        assertEquals(3, withArticle.scopes().size());
        assertEquals(ExportViewModel.Scope.STORY, withArticle.scopeProperty().get());
    }
}
