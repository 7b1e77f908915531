package org.parallax.export.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.annotation.Annotations;
import org.parallax.annotation.LibraryRows;
import org.parallax.app.NlpService;
import org.parallax.model.Annotation;
import org.parallax.model.Block;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.Note;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;

/**
 * Export, then import into an empty library holding the same articles (the same sample files imported again), gives
 * the same annotations, for brat, W3C and CoNLL; and the brat output keeps brat's rules.
 */
@Tag("contract")
class AnnotationRoundTripTest {
    @TempDir
    Path dir;
    private AnnotationLibrary source;
    private AnnotationLibrary target;

    @BeforeEach
    void annotate() throws Exception {
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("two"));
        source = new AnnotationLibrary(dir.resolve("one"));
        target = new AnnotationLibrary(dir.resolve("two"));
        new NlpService(source.db, source.articles, new SampleRecognizer()).processPending(Progress.NONE);
        Annotations svc = source.service;
        int[] coas = source.find(source.a, "COAS");
        svc.marks().mark(source.a, coas[0], coas[1], "O");
        svc.marks().defineType("Rank", "#336699", "r");
        int[] fm = source.find(source.b, "Foreign Minister");
        svc.marks().mark(source.b, fm[0], fm[1], "Rank");
        int[] friday = source.find(source.a, "on Friday");
        svc.marks().mark(source.a, friday[0], friday[1], "D", DateRange.day(LocalDate.of(2023, 3, 3)), null);
        Mention isis = svc.annotations().forArticle(source.b).stream().map(Annotation::mention)
                .filter(m -> m.text().equals("ISIS")).findFirst().orElseThrow();
        svc.marks().reject(isis.id());
        int[] bs = source.find(source.a, "border security");
        svc.notes().addPassageNote(source.a, bs[0], bs[1], "Compare with the **2019** talks.\n\n- one\n- two\twith a tab \\ and a backslash");
        int[] tr = source.find(source.b, "positive trajectory");
        svc.notes().addPassageNote(source.b, tr[0], tr[1], "tone");
        svc.notes().addArticleNote(source.a, "Byline printed twice.");
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private static List<String> spans(AnnotationLibrary lib, long article) {
        Map<Long, String> names = lib.service.entities().list().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        List<String> out = new ArrayList<>();
        for (Annotation a : lib.service.annotations().forArticle(article)) {
            Mention m = a.mention();
            if (m.rejected()) continue;
            out.add(m.start() + "-" + m.end() + " " + m.text() + " " + a.label() + " " + m.origin() + " "
                    + (m.entityId() == null ? "-" : names.get(m.entityId())) + " " + m.date() + " " + m.blockType());
        }
        return out;
    }

    private static List<String> notes(AnnotationLibrary lib, long article, boolean passagesOnly) {
        List<String> out = new ArrayList<>();
        for (Note n : lib.service.notes().repository().forArticle(article)) {
            if (passagesOnly && n.start() == null) continue;
            out.add(n.target() + " " + n.start() + "-" + n.end() + " " + n.quote() + " " + n.prefix() + "|" + n.suffix() + " " + n.text());
        }
        return out;
    }

    private AnnotationExchange exchange(AnnotationLibrary lib) {
        return new AnnotationExchange(lib.service, lib.articles, Clock.systemUTC());
    }

    @Test
    void bratRoundTripGivesIdenticalAnnotationsAndValidOutput() throws Exception {
        Path out = dir.resolve("brat");
        AnnotationExchange.Report written = exchange(source).export(AnnotationFormat.BRAT, out, List.of());
        assertEquals(2, written.articles());
        for (long id : List.of(source.a, source.b)) {
            String text = Files.readString(out.resolve("article-" + id + ".txt"), StandardCharsets.UTF_8);
            String ann = Files.readString(out.resolve("article-" + id + ".ann"), StandardCharsets.UTF_8);
            assertEquals(source.article(id).text(), text);
            assertEquals(List.of(), BratFormat.validate(text, ann));
            assertTrue(ann.lines().anyMatch(l -> l.matches("T\\d+\tPERSON \\d+ \\d+\tDerek Chollet")), ann);
        }
        String annA = Files.readString(out.resolve("article-" + source.a + ".ann"));
        assertTrue(annA.contains("\tAnnotatorNotes T"), annA);
        assertFalse(Files.readString(out.resolve("article-" + source.b + ".ann")).contains("\tISIS\n"), "rejected mentions stay home");

        AnnotationExchange.Report read = exchange(target).importFrom(AnnotationFormat.BRAT, out);
        assertEquals(List.of(), read.problems());
        for (long id : List.of(source.a, source.b)) {
            assertEquals(spans(source, id), spans(target, id));
            assertEquals(notes(source, id, true), notes(target, id, true), "brat has no article notes");
        }
        assertEquals("Rank", target.service.annotations().type("rank").orElseThrow().name());
        AnnotationExchange.Report again = exchange(target).importFrom(AnnotationFormat.BRAT, out);
        assertEquals(0, again.spans(), "importing twice adds nothing");
    }

    @Test
    void bratValidationCatchesATextThatIsNotItsSpan() {
        String text = "Derek Chollet visited Islamabad.";
        assertEquals(List.of(), BratFormat.validate(text, "T1\tPERSON 0 13\tDerek Chollet\n"));
        assertEquals(1, BratFormat.validate(text, "T1\tPERSON 0 12\tDerek Chollet\n").size());
        assertEquals(1, BratFormat.validate(text, "T1\tPERSON 0 13\tDerek Chollet\nT1\tLOCATION 22 31\tIslamabad\n").size());
    }

    @Test
    void w3cRoundTripGivesIdenticalAnnotationsAndNotes() throws Exception {
        Path out = dir.resolve("w3c");
        exchange(source).export(AnnotationFormat.W3C, out, List.of(source.a, source.b));
        String json = Files.readString(out.resolve("article-" + source.a + ".jsonld"));
        assertTrue(json.contains("\"TextQuoteSelector\"") && json.contains("\"TextPositionSelector\"")
                && json.contains("http://www.w3.org/ns/anno.jsonld"), json);

        AnnotationExchange.Report read = exchange(target).importFrom(AnnotationFormat.W3C, out);
        assertEquals(List.of(), read.problems());
        for (long id : List.of(source.a, source.b)) {
            assertEquals(spans(source, id), spans(target, id));
            assertEquals(notes(source, id, false), notes(target, id, false));
        }
    }

    @Test
    void conllRoundTripGivesTheSameTokenAlignedSpans() throws Exception {
        Path out = dir.resolve("conll");
        exchange(source).export(AnnotationFormat.CONLL, out, List.of(source.a));
        String conll = Files.readString(out.resolve("article-" + source.a + ".conll"));
        assertTrue(conll.startsWith("-DOCSTART- -X- -X- O\n\n"), conll);
        assertTrue(conll.contains("\nDerek _ _ B-PER\nChollet _ _ I-PER\n"), conll);
        assertTrue(conll.contains("\n\n"), "blank lines between sentences");

        exchange(target).importFrom(AnnotationFormat.CONLL, out);
        List<Block> story = source.article(source.a).blocks().stream().filter(b -> b.type().isBody()).toList();
        TreeSet<String> expected = new TreeSet<>();
        int keptEnd = -1;
        for (Annotation a : source.service.annotations().forArticle(source.a)) {
            Mention m = a.mention();
            if (m.rejected() || a.label().equals(Annotation.EVENT)) continue;
            if (story.stream().noneMatch(b -> b.start() <= m.start() && m.end() <= b.end())) continue;
            if (m.start() < keptEnd) continue; // BIO has no nesting: the outer span stays
            keptEnd = m.end();
            expected.add(m.start() + "-" + m.end() + " " + ConllFormat.label(ConllFormat.tag(a.label())));
        }
        TreeSet<String> got = new TreeSet<>();
        for (Annotation a : target.service.annotations().forArticle(target.a)) got.add(a.mention().start() + "-" + a.mention().end() + " " + a.label());
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
    }

    @Test
    void anImportIsOneEditThatUndoTakesBackExactly() throws Exception {
        // the target already has a mark of its own, which the import neither doubles nor undoes
        int[] coas = target.find(target.a, "COAS");
        target.service.marks().mark(target.a, coas[0], coas[1], "O");
        for (AnnotationFormat format : List.of(AnnotationFormat.BRAT, AnnotationFormat.W3C)) {
            Path out = dir.resolve("undo-" + format);
            exchange(source).export(format, out, List.of());
            Map<String, Map<List<Object>, Map<String, Object>>> before = LibraryRows.of(target.db);
            AnnotationExchange.Report read = exchange(target).importFrom(format, out);
            assertEquals(List.of(), read.problems());
            assertTrue(read.spans() > 10 && read.notes() > 0, read.toString());
            Map<String, Map<List<Object>, Map<String, Object>>> imported = LibraryRows.of(target.db);
            assertNotEquals(before, imported);

            assertEquals(Optional.of("Import annotations from undo-" + format), target.service.history().undo(), format.toString());
            assertEquals(before, LibraryRows.of(target.db), format + ": one undo takes the whole import back");
            target.service.history().redo();
            assertEquals(imported, LibraryRows.of(target.db), format + ": redo brings it back, ids included");
            target.service.history().undo();
        }
        assertEquals(1, target.service.annotations().forArticle(target.a).size());
    }
}
