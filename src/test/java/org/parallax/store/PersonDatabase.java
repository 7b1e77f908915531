package org.parallax.store;

import java.nio.file.Path;
import java.util.concurrent.Future;

/**
 * A real SQLite library handle that says it belongs to another person: {@link #user()} and {@link #readOnly()} are
 * given, everything else is the file engine's own. Two of these on one file stand for two analysts (two processes,
 * or two server roles) on one library; a read-only one for a role without write rights.
 */
public final class PersonDatabase extends Database {
    private final Database db;
    private final String user;
    private final boolean readOnly;

    private PersonDatabase(Database db, String user, boolean readOnly) {
        this.db = db;
        this.user = user;
        this.readOnly = readOnly;
    }

    /** Opens {@code file} (migrating it) as {@code user}. */
    public static PersonDatabase open(Path file, String user, boolean readOnly) {
        return new PersonDatabase(Database.open(file), user, readOnly);
    }

    @Override
    public Engine engine() {
        return db.engine();
    }

    @Override
    public Path file() {
        return db.file();
    }

    @Override
    public String describe() {
        return db.describe();
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public int schemaVersion() {
        return db.schemaVersion();
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return db.read(work);
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return db.write(work);
    }

    @Override
    public <T> Future<T> submitWrite(SqlWork<T> work) {
        return db.submitWrite(work);
    }

    @Override
    WriterVersions writerVersions() {
        return db.writerVersions();
    }

    @Override
    public void close() {
        db.close();
    }
}
