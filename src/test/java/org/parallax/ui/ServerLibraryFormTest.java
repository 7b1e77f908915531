package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parallax.store.LibraryAddress;

/** File ▸ Open Server Library…'s fields make a postgresql:// address, or name their first problem; no toolkit needed. */
class ServerLibraryFormTest {
    private static ServerLibraryForm form(String host, String port, String db, String user, String ssl) {
        ServerLibraryForm f = new ServerLibraryForm();
        f.hostProperty().set(host);
        f.portProperty().set(port);
        f.databaseProperty().set(db);
        f.userProperty().set(user);
        f.sslModeProperty().set(ssl);
        return f;
    }

    @Test
    void completeFieldsMakeTheAddressTheLibraryParserReadsBack() {
        ServerLibraryForm f = form(" db.example.org ", "5433", "desk", "ana", "verify-full");
        assertEquals("", f.problemBinding().get());
        assertEquals("postgresql://ana@db.example.org:5433/desk?sslmode=verify-full", f.address());
        LibraryAddress.Server s = (LibraryAddress.Server) LibraryAddress.parse(f.address());
        assertEquals("ana", s.user());
        assertEquals(5433, s.port());
        assertEquals("verify-full", s.options().get("sslmode"));
        // the usual port, no user (the computer's user connects) and the driver's TLS default are left out
        assertEquals("postgresql://10.0.0.7/parallax", form("10.0.0.7", "5432", "parallax", "", "").address());
        assertEquals("postgresql://[::1]/lib", form("::1", "5432", "lib", "", "").address());
    }

    @Test
    void eachMissingOrWrongFieldIsNamed() {
        assertEquals("Name the server's host (a name such as db.example.org, or an address).",
                form("", "5432", "desk", "ana", "").problemBinding().get());
        assertEquals("The host \"db example\" is not a host name or address.",
                form("db example", "5432", "desk", "", "").problemBinding().get());
        assertEquals("The port must be a number (PostgreSQL's usual port is 5432).",
                form("db", "54x", "desk", "", "").problemBinding().get());
        assertEquals("The port must be between 1 and 65535.", form("db", "70000", "desk", "", "").problemBinding().get());
        assertEquals("Name the database that holds the library.", form("db", "5432", " ", "", "").problemBinding().get());
        assertEquals("The database name \"a/b\" may hold letters, digits, _ . $ and - only.",
                form("db", "5432", "a/b", "", "").problemBinding().get());
        // a password typed into the user field never becomes part of an address
        assertEquals("The user \"ana:secret\" may hold letters, digits, _ . $ and - only (the password is asked later).",
                form("db", "5432", "desk", "ana:secret", "").problemBinding().get());
        assertThrows(IllegalStateException.class, () -> form("db", "5432", "desk", "ana:secret", "").address());
    }

    @Test
    void theProblemFollowsTheFieldsAsTheyAreTyped() {
        ServerLibraryForm f = form("db", "5432", "", "", "");
        assertTrue(f.problemBinding().get().startsWith("Name the database"));
        f.databaseProperty().set("desk");
        assertEquals("", f.problemBinding().get());
        f.fill((LibraryAddress.Server) LibraryAddress.parse("postgresql://bo@other:6000/news?sslmode=require"));
        assertEquals("postgresql://bo@other:6000/news?sslmode=require", f.address());
    }
}
