package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.testsupport.TestLibrary;

/**
 * The library's clock on both engines: a machine whose clock is an hour fast keeps the server's time on a server
 * library (leases of workers on several machines agree), and its own on a file library (only it opens the file).
 */
@Tag("contract")
class LibraryClockTest {
    private static final Duration SKEW = Duration.ofHours(1);
    @TempDir
    Path dir;

    @Test
    void aMachineWithAFastClockKeepsTheLibrarysTime() {
        Clock fast = Clock.offset(Clock.systemUTC(), SKEW);
        try (Database db = TestLibrary.open(dir.resolve("library.db"))) {
            LibraryClock clock = new LibraryClock(db, fast);
            Instant real = Instant.now();
            Instant library = clock.instant();
            if (db.engine() == Database.Engine.POSTGRESQL) {
                // the test's server runs on this machine, so its clock is the real one
                assertTrue(Duration.between(real, library).abs().compareTo(Duration.ofSeconds(5)) < 0,
                        "server time, not the fast local clock: " + library + " against " + real);
                assertTrue(Math.abs(clock.offsetMillis() + SKEW.toMillis()) < 5_000, "offset " + clock.offsetMillis());
            } else {
                assertTrue(Duration.between(real.plus(SKEW), library).abs().compareTo(Duration.ofSeconds(5)) < 0,
                        "a file library keeps this machine's clock: " + library);
                assertEquals(0, clock.offsetMillis());
            }
            // measured again, it still agrees with itself and moves forward
            Instant before = clock.instant();
            clock.sync();
            assertTrue(!clock.instant().isBefore(before.minusMillis(50)), "no jump back after a sync");
        }
    }

    @Test
    void leasesRunOutOnTheLibrarysClockWhateverTheWorkersClockSays() {
        try (Database db = TestLibrary.open(dir.resolve("library.db"))) {
            String text = "Talks in Islamabad ended on Tuesday.";
            ArticleMeta meta = new ArticleMeta("Talks", false, null, null, null, null, LocalDate.of(2023, 3, 7), null,
                    null, null, "plaintext", "en");
            long id = new ArticleRepository(db).insert(new ArticleDraft(meta, text,
                    List.of(new Block(BlockType.PARAGRAPH, 0, text.length()))), text, Instant.EPOCH);
            NlpClaims claims = new NlpClaims(db);
            // a worker whose clock is an hour slow takes the article for five minutes, on the library's clock
            LibraryClock slow = new LibraryClock(db, Clock.offset(Clock.systemUTC(), SKEW.negated()));
            assertTrue(claims.take(id, "slow-1", slow.instant(), Duration.ofMinutes(5)));
            // a worker with a right clock must not take it: on its own clock the slow worker's lease would be long over
            LibraryClock right = new LibraryClock(db);
            boolean server = db.engine() == Database.Engine.POSTGRESQL;
            assertEquals(!server, claims.take(id, "right-1", right.instant(), Duration.ofMinutes(5)),
                    server ? "the lease is live on the server's clock" : "a file library has one machine's clock only");
        }
    }
}
