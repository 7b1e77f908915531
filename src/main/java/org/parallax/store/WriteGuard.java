package org.parallax.store;

/**
 * Refuses an edit before it writes when the library is read-only for this user ({@link Database#readOnly()}: a server
 * role without write rights, or a file that cannot be written), with one line naming the library and the role.
 */
public final class WriteGuard {
    private WriteGuard() {
    }

    /** Throws a {@link StoreException} saying {@code action} was refused when {@code db} is read-only; else nothing. */
    public static void requireWritable(Database db, String action) {
        if (db.readOnly()) {
            throw new StoreException("Library " + db.describe() + " is read-only for you (role " + db.user() + "): "
                    + action + " was not saved.");
        }
    }
}
