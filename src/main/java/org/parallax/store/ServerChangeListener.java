package org.parallax.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A server library's ear for other processes' commits: on a connection of its own it LISTENs on
 * {@link PostgresDatabase#CHANNEL} and counts every notification carrying another instance's id as a foreign change;
 * so does listening again after the connection dropped, since anything may have changed meanwhile.
 * {@link #start} returns once LISTEN took effect, so a commit made after the library opened is never missed.
 */
final class ServerChangeListener {
    private static final Logger LOG = Logger.getLogger(ServerChangeListener.class.getName());
    /** Opening waits this long at most for the LISTEN (a busy or unreachable server): it then goes on without. */
    private static final int LISTEN_WAIT_SECONDS = 5;

    private final LibraryAddress.Server server;
    private final Properties connectProps;
    private final String instance;
    private final AtomicLong foreignChanges;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final Thread thread;
    /**
     * Set by whichever comes first: the first LISTEN, or {@link #start} giving up waiting for it. Any LISTEN that finds
     * it set (a reconnect, or a LISTEN after the library opened without one) counts as a change, since anything may
     * have changed meanwhile.
     */
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile boolean closed;

    private ServerChangeListener(LibraryAddress.Server server, Properties connectProps, String instance, AtomicLong foreignChanges) {
        this.server = server;
        this.connectProps = connectProps;
        this.instance = instance;
        this.foreignChanges = foreignChanges;
        this.thread = new Thread(this::listen, "parallax-library-listener");
        thread.setDaemon(true);
    }

    /** Starts listening for commits not made by {@code instance}, counting them in {@code foreignChanges}. */
    static ServerChangeListener start(LibraryAddress.Server server, Properties connectProps, String instance, AtomicLong foreignChanges) {
        ServerChangeListener l = new ServerChangeListener(server, connectProps, instance, foreignChanges);
        l.thread.start();
        try {
            if (!l.listening.await(LISTEN_WAIT_SECONDS, TimeUnit.SECONDS)) l.settled.set(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return l;
    }

    private void listen() {
        long pauseMs = 200;
        while (!closed) {
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), connectProps)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + PostgresDatabase.CHANNEL);
                }
                if (!settled.compareAndSet(false, true)) foreignChanges.incrementAndGet();
                listening.countDown();
                pauseMs = 200;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(500);
                    if (got == null) continue;
                    for (PGNotification n : got) {
                        if (!instance.equals(n.getParameter())) foreignChanges.incrementAndGet();
                    }
                }
            } catch (SQLException e) {
                if (closed) return;
                LOG.log(Level.FINE, "Lost the change listener of " + server.text() + "; listening again", e);
                try {
                    Thread.sleep(pauseMs);
                } catch (InterruptedException ie) {
                    return;
                }
                pauseMs = Math.min(pauseMs * 2, 5_000);
            }
        }
    }

    /** Stops listening; waits briefly for the listening connection to close. */
    void close() {
        closed = true;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
