package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.ingest.ImportService;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.StoreException;

/** The composition root: one instance of each service per library, all of them sharing one connection. */
class AppContextTest {
    @TempDir
    Path dir;

    @Test
    void buildsEachServiceOnceAndHandsOutTheSameInstance() {
        try (AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            List<Supplier<Object>> accessors = List.of(ctx::database, ctx::articles, ctx::mentions, ctx::entities,
                    ctx::events, ctx::notes, ctx::imports, ctx::compare, ctx::stories,
                    ctx::calendar, ctx::annotations, ctx::reports, () -> ctx.nlp().orElse(null),
                    () -> ctx.imports(ImportService.DEFAULT_MAX_BYTES));
            for (Supplier<Object> accessor : accessors) {
                Object first = accessor.get();
                assertSame(first, accessor.get(), "the same instance on a second call: " + first);
            }
            assertSame(ctx.imports(), ctx.imports(ImportService.DEFAULT_MAX_BYTES), "the default limit is the shared service");
            assertNotSame(ctx.imports(), ctx.imports(1024), "another limit is a service of its own");
            assertNotSame(ctx.nlp(new SampleRecognizer()), ctx.nlp(new SampleRecognizer()), "a given recogniser is not shared");
        }
    }

    @Test
    void theServicesWorkOnOneLibraryAndStopTogetherWhenItCloses() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Ferry strike ends\nThe ferries run again from Monday.\n");
        AppContext ctx = AppContext.open(dir.resolve("library.db"));
        long id = ctx.imports().importFile(story).articleId();
        ctx.annotations().notes().addArticleNote(id, "Check the timetable.");
        // what one service wrote, the others read through the same library
        assertEquals(1, ctx.articles().list().size());
        assertEquals("Check the timetable.", ctx.notes().forArticle(id).get(0).text());
        assertEquals(List.of(id), ctx.reports().choose(List.of(), null));

        ctx.close();
        assertThrows(StoreException.class, () -> ctx.articles().list());
        assertThrows(StoreException.class, () -> ctx.notes().forArticle(id));
        assertThrows(StoreException.class, () -> ctx.reports().choose(List.of(), null));
        assertThrows(StoreException.class, () -> ctx.calendar().events(null, null, org.parallax.calendar.EventFilter.all()));
        assertTrue(Files.exists(dir.resolve("library.db")), "closing keeps the library file");
    }
}
