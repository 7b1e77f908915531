package org.parallax.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.export.annotations.AnnotationFormat;
import org.parallax.testsupport.SharedData;
import org.parallax.ui.common.ImmediateTaskRunner;

/** The export menu's refusals and failures, on a real library without a toolkit: one line each, nothing written. */
class ExportMenuViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    List<String> status = new ArrayList<>();
    ExportMenuViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ctx = AppContext.open(dir.resolve("lib/library.db"));
        ctx.imports().importFile(SharedData.samples().resolve("story1-outlet-a.txt"));
        vm = new ExportMenuViewModel(ctx.reports(), ctx.calendar(), ctx.annotations(), ctx.articles(), ctx.database().file(),
                new ImmediateTaskRunner(), h -> { }, status::add, () -> { });
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aMissingFolderFailsWithOneLineNamingTheFile() {
        Path out = dir.resolve("missing/events.ics");
        vm.exportIcs(out);
        String last = status.get(status.size() - 1);
        assertTrue(last.startsWith("Cannot write " + out) && last.contains("does not exist"), last);
        assertEquals(1, vm.errorProperty().get().lines().count(), vm.errorProperty().get());
        assertNull(vm.lastWrittenProperty().get());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void theLibraryAndItsFolderAreRefusedBeforeAnyWork() throws Exception {
        Path db = ctx.database().file();
        long size = Files.size(db);
        assertNull(vm.exportEventsCsv(db), "no task starts for the library itself");
        assertTrue(vm.errorProperty().get().contains("library"), vm.errorProperty().get());
        assertNull(vm.exportAnnotations(AnnotationFormat.BRAT, db.getParent()), "nor for its folder");
        assertTrue(status.get(status.size() - 1).startsWith(ExportViewModel.REFUSED), status.toString());
        assertEquals(size, Files.size(db));
        try (var files = Files.list(db.getParent())) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".ann")), "nothing written beside the library");
        }
    }

    @Test
    void importingFromAFolderThatIsNotThereSaysSo() {
        Path missing = dir.resolve("no-such-folder");
        vm.importAnnotations(AnnotationFormat.W3C, missing);
        String last = status.get(status.size() - 1);
        assertTrue(last.startsWith("Cannot read " + missing) && last.contains("is not a folder"), last);
    }
}
