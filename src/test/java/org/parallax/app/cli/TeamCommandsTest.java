package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.testsupport.CliRun;

/**
 * Issue 19 on the command line: {@code notes --json} and {@code entities --json} name who last changed each note and
 * entity and its save version, after the fields they always had; {@code note --edit --if-version} refuses to save over
 * someone else's newer save with one line naming the note and who changed it.
 */
class TeamCommandsTest {
    @TempDir
    Path dir;
    private Path library;
    private long a;
    private int[] white;

    @BeforeEach
    void fill() {
        try (AnnotationLibrary lib = new AnnotationLibrary(dir)) {
            library = lib.db.file();
            a = lib.a;
            white = lib.find(a, "Clinton White");
        }
    }

    private CliRun cli(String... args) {
        return CliRun.on(library, args);
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void notesAndEntitiesNameTheirAuthorsAfterTheOldFields() throws Exception {
        String me = System.getProperty("user.name");
        assertEquals(0, cli("note", String.valueOf(a), "--start", String.valueOf(white[0]), "--end", String.valueOf(white[1]),
                "--text", "who?").code());
        JsonNode note = cli("--json", "notes").json().get(0);
        assertEquals(List.of("id", "target", "articleId", "entityId", "start", "end", "quote", "text", "createdAt", "updatedAt",
                "deletedAt", "orphaned", "createdBy", "updatedBy", "version"), fields(note));
        assertEquals(me, note.get("createdBy").asText());
        assertEquals(1, note.get("version").asInt());

        assertEquals(0, cli("annotate", String.valueOf(a), "--start", String.valueOf(white[0]), "--end", String.valueOf(white[1]),
                "--type", "P").code());
        JsonNode entity = cli("--json", "entities").json().get(0);
        assertEquals(List.of("id", "type", "name", "aliases", "nameLocked", "mentions", "changedBy", "changedAt", "version"),
                fields(entity));
        assertEquals(me, entity.get("changedBy").asText());
        assertFalse(entity.get("changedAt").isNull());
    }

    @Test
    void anEditOverSomeoneElsesNewerSaveExitsOneNamingTheNote() throws Exception {
        CliRun added = cli("--json", "note", String.valueOf(a), "--article", "--text", "first");
        long id = added.json().get("id").asLong();
        CliRun first = cli("--json", "note", "--edit", String.valueOf(id), "--if-version", "1", "--text", "second");
        assertEquals(0, first.code(), first.err());
        assertEquals(2, first.json().get("version").asInt());

        CliRun stale = cli("note", "--edit", String.valueOf(id), "--if-version", "1", "--text", "stale");
        assertEquals(1, stale.code());
        String line = stale.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.startsWith("Note " + id + " was changed by " + System.getProperty("user.name") + " at "), line);
        JsonNode now = cli("--json", "notes").json().get(0);
        assertEquals("second", now.get("text").asText(), "nothing was saved over it");

        CliRun plain = cli("note", "--edit", String.valueOf(id), "--text", "third");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().startsWith("Saved note " + id), plain.out());
        CliRun usage = cli("note", String.valueOf(a), "--article", "--if-version", "2", "--text", "x");
        assertEquals(2, usage.code());
    }
}
