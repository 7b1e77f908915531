package org.parallax.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The library's time, for what processes on several machines must agree on: when an NLP lease runs out, when a
 * failed article may be tried again, when an article was recognised. On a server library it is the server's clock,
 * kept as an offset from this machine's clock and measured again by {@link #sync()} (the NLP heartbeat calls it); on
 * a file library, which only this machine's processes open, it is this machine's clock. So a worker whose own clock
 * is minutes off neither takes another's article early nor lets its own leases lapse. Thread-safe.
 */
public final class LibraryClock extends Clock {
    private final Database db;
    private final Clock local;
    private volatile long offsetMs;
    private volatile boolean synced;

    public LibraryClock(Database db) {
        this(db, Clock.systemUTC());
    }

    /** As {@link #LibraryClock(Database)}, with {@code local} standing for this machine's clock. */
    public LibraryClock(Database db, Clock local) {
        this.db = db;
        this.local = local;
    }

    /**
     * Measures the server's clock again (one round trip; the offset is taken at its middle). Nothing to do on a file.
     *
     * @throws StoreException when the server cannot be reached within the store's retry time
     */
    public void sync() {
        if (db.engine() != Database.Engine.POSTGRESQL) {
            synced = true;
            return;
        }
        long before = local.millis();
        long server = db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint)")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        long after = local.millis();
        offsetMs = server - (before + (after - before) / 2);
        synced = true;
    }

    /** How far the library's clock is ahead of this machine's, in milliseconds, as last measured. */
    public long offsetMillis() {
        return offsetMs;
    }

    @Override
    public long millis() {
        if (!synced) sync();
        return local.millis() + offsetMs;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The library's clock has no zone of its own: instants are UTC, so every zone gives this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
