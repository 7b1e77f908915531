package org.parallax.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one format of a mark the linker keeps among an entity's aliases, so that two people or bodies of one name stay
 * apart: the name, then in brackets a lower-case role word ("Owen Hart (striker)", "Owen Hart (judge)") or a labelled
 * one ("PSD (country: Romania)"). A mark is no way of writing the name: it is shown as a role, never as "also
 * written". Which roles count is the linker's business (nlp.RoleMarks, nlp.CountryMarks); this class only writes and
 * reads the format. Stateless.
 */
public final class AliasMarks {
    /** A name, a space, then a lower-case role (or "label: value") in brackets at the end. */
    private static final Pattern MARK = Pattern.compile("(.+) \\(([a-z][a-z-]*(?:: [^()]+)?)\\)");

    private AliasMarks() {
    }

    /** The mark that keeps a role with an entity of this name: "Owen Hart (striker)". */
    public static String of(String name, String role) {
        return name + " (" + role + ")";
    }

    /** The mark that keeps a labelled role: "PSD (country: Romania)". */
    public static String of(String name, String label, String value) {
        return of(name, label + ": " + value);
    }

    /** The role a mark keeps ("striker", "country: Romania"), or null when the alias is no mark. */
    public static String role(String alias) {
        if (alias == null) return null;
        Matcher m = MARK.matcher(alias.strip());
        return m.matches() ? m.group(2) : null;
    }
}
