package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parallax.app.AppContext;
import org.parallax.model.Note;
import org.parallax.model.Progress;
import org.parallax.store.ChangeWatcher;
import org.parallax.store.EditConflictException;
import org.parallax.store.LibraryAddress;
import org.parallax.store.StoreException;
import org.parallax.testsupport.PostgresTestServer;
import org.parallax.testsupport.SharedData;

/**
 * Three people on one server library, each with their own role, as the administrator's guide sets them up: what one
 * writes reaches the other within seconds (LISTEN/NOTIFY), carries its author, a stale save is told instead of lost,
 * and a reader's role changes nothing.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TeamLibraryServerTest {
    private LibraryAddress.Server owner;
    private long article;

    @BeforeEach
    void library() throws Exception {
        owner = (LibraryAddress.Server) LibraryAddress.parse(PostgresTestServer.freshDatabaseUrl("team"));
        try (AppContext ctx = AppContext.open(owner, null)) {
            ctx.imports().importPaths(List.of(SharedData.sample("story1-outlet-a.txt")), Progress.NONE);
            article = ctx.articles().list().get(0).id();
        }
        String db = owner.database();
        try (Connection c = PostgresTestServer.connect(owner.text()); Statement s = c.createStatement()) {
            for (String who : List.of("alice", "bob", "ben")) s.execute("CREATE ROLE " + who + "_" + db + " LOGIN");
            for (String editor : List.of("alice", "bob")) {
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + editor + "_" + db);
                s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + editor + "_" + db);
            }
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ben_" + db);
        }
    }

    private LibraryAddress.Server as(String who) {
        return new LibraryAddress.Server(who + "_" + owner.database(), owner.host(), owner.port(), owner.database(), owner.options());
    }

    @Test
    void aNoteReachesTheOtherWithItsAuthorAndAStaleSaveIsToldNotLost() {
        try (AppContext alice = AppContext.open(as("alice"), null); AppContext bob = AppContext.open(as("bob"), null)) {
            ChangeWatcher bobsWatch = bob.changes();
            bobsWatch.poll(); // the baseline
            Note n = alice.annotations().notes().addArticleNote(article, "First reading: the *visit* was in February.");
            assertEquals("alice_" + owner.database(), n.createdBy());

            // Bob's window hears of it within seconds, and sees whose it is
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            Optional<ChangeWatcher.Change> heard = Optional.empty();
            while (heard.isEmpty() && System.nanoTime() < deadline) heard = bobsWatch.poll();
            assertTrue(heard.isPresent(), "Bob's watcher heard Alice's commit");
            Note seen = bob.annotations().notes().repository().get(n.id()).orElseThrow();
            assertEquals("alice_" + owner.database(), seen.createdBy());

            // both edit the version they read; Alice saves first, Bob's save is refused with her name
            alice.annotations().notes().editNote(n.id(), "The visit was on 16-17 February.", seen.version());
            EditConflictException conflict = assertThrows(EditConflictException.class,
                    () -> bob.annotations().notes().editNote(n.id(), "Bob's reading", seen.version()));
            assertEquals("alice_" + owner.database(), conflict.author());
            assertEquals("The visit was on 16-17 February.", conflict.theirs());
            assertEquals("The visit was on 16-17 February.", alice.annotations().notes().repository().get(n.id()).orElseThrow().text());
        }
    }

    @Test
    void aReadersRoleSearchesButChangesNothing() {
        try (AppContext ben = AppContext.open(as("ben"), null)) {
            assertTrue(ben.database().readOnly());
            assertTrue(ben.annotations().readOnly());
            assertEquals(1, ben.articles().search("Pakistan", 10).size());
            StoreException refused = assertThrows(StoreException.class,
                    () -> ben.annotations().notes().addArticleNote(article, "not allowed"));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        }
        try (AppContext ctx = AppContext.open(owner, null)) {
            assertEquals(0, ctx.notes().list().size(), "nothing was stored");
        }
    }
}
