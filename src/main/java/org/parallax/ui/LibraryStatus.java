package org.parallax.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

import org.parallax.store.Database;
import org.parallax.store.LibraryAddress;
import org.parallax.store.PostgresDatabase;

/**
 * Which library the window shows and whether it may change it: the name for the title and status bar (the file's
 * name, or {@code role@host/database}, never a password), the engine, and the one {@link #readOnlyProperty()} every
 * editing action of the window is disabled by. A read-only library is a server role without the right to change
 * notes, or a file that may not be written ({@link Database#readOnly()}).
 */
public final class LibraryStatus {
    /** The tooltip of the status bar's "Read-only" badge. */
    public static final String READ_ONLY_TIP = "Your role may read and search but not change this library.";
    /** What {@link #lock(Node, String...)} disables in the annotate panel: marks, notes, entity edits, suggestions, trash. */
    public static final String[] ANNOTATE_EDITS = {"#annotateToolbar", "#typePicker", "#acceptAllSuggestions/..", "#restoreNote/.."};
    private final String name;
    private final String engine;
    private final String where;
    private final ReadOnlyBooleanWrapper readOnly;

    public LibraryStatus(String name, String engine, String where, boolean readOnly) {
        this.name = name;
        this.engine = engine;
        this.where = where;
        this.readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", readOnly);
    }

    /** The status of the library {@code db} holds. */
    public static LibraryStatus of(Database db) {
        String engine = db.engine() == Database.Engine.POSTGRESQL ? "PostgreSQL" : "SQLite";
        if (db instanceof PostgresDatabase pg) return new LibraryStatus(name(pg.address()), engine, pg.address().text(), db.readOnly());
        Path file = db.file();
        String name = file == null || file.getFileName() == null ? db.describe() : file.getFileName().toString();
        return new LibraryStatus(name, engine, db.describe(), db.readOnly());
    }

    /** How a library is named to the user: a file's name, or {@code role@host/database} (port shown when not 5432). */
    public static String name(LibraryAddress address) {
        if (address instanceof LibraryAddress.Server s) {
            return s.role() + "@" + s.host() + (s.port() != 5432 ? ":" + s.port() : "") + "/" + s.database();
        }
        Path p = ((LibraryAddress.File) address).path();
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    /** The library's short name: the file's name, or {@code role@host/database}. */
    public String name() {
        return name;
    }

    /** "SQLite" or "PostgreSQL". */
    public String engine() {
        return engine;
    }

    /** The window title: {@code library.db (SQLite) — Parallax}. */
    public String title() {
        return name + " (" + engine + ") — Parallax";
    }

    /** The status bar's library label, e.g. {@code ana@db/desk · PostgreSQL}. */
    public String label() {
        return name + " · " + engine;
    }

    /** The library's address as settings keep it: the file's absolute path or the server address (no password). */
    public String where() {
        return where;
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /** True while the library may only be read and searched; every editing action binds its disable to it. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Disables each of {@code items} while the library is read-only (their disable state must be free). */
    public void lock(MenuItem... items) {
        for (MenuItem i : items) if (i != null) i.disableProperty().bind(readOnly);
    }

    /**
     * Disables the nodes under {@code root} with the given ids ({@code "#addEvent"}) while the library is read-only; an
     * id followed by {@code "/.."} names that node's parent (the row of buttons it sits in, when another binding already
     * rules the button's own disable state). A missing node is skipped: the screen may not offer that action.
     */
    public void lock(Node root, String... selectors) {
        for (String sel : selectors) {
            boolean parent = sel.endsWith("/..");
            String id = (parent ? sel.substring(0, sel.length() - 3) : sel).substring(1);
            Node[] found = new Node[2];
            find(root, null, id, found);
            Node n = parent ? found[1] : found[0];
            if (n != null) n.disableProperty().bind(readOnly);
        }
    }

    /**
     * Finds the node with {@code id} under {@code node} and the node holding it; unlike {@link Node#lookup} it also looks
     * into controls whose skin is not made yet (a collapsed titled pane's content, split pane items, tabs, tool bars).
     */
    private static boolean find(Node node, Node holder, String id, Node[] found) {
        if (id.equals(node.getId())) {
            found[0] = node;
            found[1] = holder;
            return true;
        }
        List<Node> inside = new ArrayList<>();
        if (node instanceof TitledPane t && t.getContent() != null) inside.add(t.getContent());
        else if (node instanceof ScrollPane sp && sp.getContent() != null) inside.add(sp.getContent());
        else if (node instanceof SplitPane sp) inside.addAll(sp.getItems());
        else if (node instanceof ToolBar tb) inside.addAll(tb.getItems());
        else if (node instanceof TabPane tp) tp.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).forEach(inside::add);
        else if (node instanceof Parent p) inside.addAll(p.getChildrenUnmodifiable());
        for (Node child : inside) if (find(child, node, id, found)) return true;
        return false;
    }
}
