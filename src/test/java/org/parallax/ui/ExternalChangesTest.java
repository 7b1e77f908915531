package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parallax.store.ChangeWatcher;
import org.parallax.store.ChangeWatcher.Fingerprint;

/** The status line for another program's changes counts what it added and deleted, in words. */
class ExternalChangesTest {
    private static ChangeWatcher.Change change(long added, long removed) {
        return new ChangeWatcher.Change(new Fingerprint(10, 10), new Fingerprint(10 + added - removed, 10 + added), added, removed);
    }

    @Test
    void describesAddedAndDeletedArticles() {
        assertEquals("1 article added by another program", ExternalChanges.describe(change(1, 0)));
        assertEquals("3 articles added by another program", ExternalChanges.describe(change(3, 0)));
        assertEquals("1 article deleted by another program", ExternalChanges.describe(change(0, 1)));
        assertEquals("2 articles added and 1 deleted by another program", ExternalChanges.describe(change(2, 1)));
        assertEquals("The library was changed by another program", ExternalChanges.describe(change(0, 0)));
    }
}
