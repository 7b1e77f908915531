package org.parallax.ui;

import java.util.List;
import java.util.regex.Pattern;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.parallax.store.LibraryAddress;
import org.parallax.store.StoreException;

/**
 * The state of File ▸ Open Server Library…: host, port, database, user and TLS mode, the {@code postgresql://} address
 * they make and the first problem with them (empty when the address is complete). There is no password field: the
 * password comes from {@code ~/.pgpass} or is asked when the library opens.
 */
public final class ServerLibraryForm {
    /** TLS modes offered; "" leaves the driver's default ({@code prefer}). */
    public static final List<String> SSL_MODES = List.of("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.$-]*");

    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "5432");
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty sslMode = new SimpleStringProperty(this, "sslMode", "");
    private final StringBinding problem;

    public ServerLibraryForm() {
        problem = Bindings.createStringBinding(this::check, host, port, database, user, sslMode);
    }

    /** The first problem with the fields, one line; empty when they make an address. */
    public StringBinding problemBinding() {
        return problem;
    }

    /** The address the fields make ({@code postgresql://user@host:port/database?sslmode=...}); throws when incomplete. */
    public String address() {
        String why = check();
        if (!why.isEmpty()) throw new IllegalStateException(why);
        return text();
    }

    private String text() {
        String h = host.get().strip();
        StringBuilder b = new StringBuilder("postgresql://");
        if (!user.get().isBlank()) b.append(user.get().strip()).append('@');
        b.append(h.contains(":") ? "[" + h + "]" : h);
        int p = Integer.parseInt(port.get().strip());
        if (p != 5432) b.append(':').append(p);
        b.append('/').append(database.get().strip());
        String ssl = sslMode.get() == null ? "" : sslMode.get();
        if (!ssl.isEmpty()) b.append("?sslmode=").append(ssl);
        return b.toString();
    }

    private String check() {
        String h = host.get() == null ? "" : host.get().strip();
        if (h.isEmpty()) return "Name the server's host (a name such as db.example.org, or an address).";
        if (!HOST.matcher(h).matches()) return "The host \"" + h + "\" is not a host name or address.";
        int p;
        try {
            p = Integer.parseInt(port.get() == null ? "" : port.get().strip());
        } catch (NumberFormatException e) {
            return "The port must be a number (PostgreSQL's usual port is 5432).";
        }
        if (p < 1 || p > 65535) return "The port must be between 1 and 65535.";
        String db = database.get() == null ? "" : database.get().strip();
        if (db.isEmpty()) return "Name the database that holds the library.";
        if (!NAME.matcher(db).matches()) return "The database name \"" + db + "\" may hold letters, digits, _ . $ and - only.";
        String u = user.get() == null ? "" : user.get().strip();
        if (!u.isEmpty() && !NAME.matcher(u).matches()) {
            return "The user \"" + u + "\" may hold letters, digits, _ . $ and - only (the password is asked later).";
        }
        if (!SSL_MODES.contains(sslMode.get() == null ? "" : sslMode.get())) return "Unknown TLS mode " + sslMode.get() + ".";
        try {
            LibraryAddress.parse(text());
        } catch (StoreException e) {
            return e.getMessage();
        }
        return "";
    }

    /** Fills the fields from a server address (File ▸ Recent Libraries offers them again). */
    public void fill(LibraryAddress.Server s) {
        host.set(s.host());
        port.set(Integer.toString(s.port()));
        database.set(s.database());
        user.set(s.user() == null ? "" : s.user());
        sslMode.set(s.options().getOrDefault("sslmode", ""));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty sslModeProperty() {
        return sslMode;
    }
}
