package org.parallax.nlp;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * A version number is part of a product's name: "iPhone 5" is not "iPhone 6", "Windows 7" not "Windows 8", "IE8" not
 * "IE9" nor the bare "Internet Explorer". Across articles a cluster joins a known entity only when both are named with
 * the same versions (or neither has one). Before, "IE8" and "IE9" joined "Internet Explorer" through its acronym
 * "IE" (ECB+). Not a version: a number after "of" ("Class of 2036", "Group of 20"), a year, a number joined by a
 * hyphen ("COVID-19" is the disease that "COVID" names), a person's name. "G7" and "Apollo 13" are versions by this
 * reading, which is harmless: the same form keeps joining itself, and no bare "G" or "Apollo" names them.
 */
final class ProductVersions {
    private ProductVersions() {
    }

    /** A last word that is a number of one to three digits, maybe dotted ("3.5") or after one capital ("S9", "X5"). */
    private static final Pattern SPACED = Pattern.compile("^(.*\\p{L}.*?)\\s+((?:\\p{Lu})?\\d{1,3}(?:\\.\\d{1,3})?)$");
    /** An acronym with its number run on: "IE8", "IE 8" is SPACED. */
    private static final Pattern RUN_ON = Pattern.compile("^(\\p{Lu}{2,6})(\\d{1,3})$");

    /** The version a form names, lower case ("8", "s9"), or null for none. */
    static String version(String form) {
        String s = EntityLinker.clean(form);
        Matcher run = RUN_ON.matcher(s);
        if (run.matches()) return run.group(2);
        Matcher spaced = SPACED.matcher(s);
        if (!spaced.matches()) return null;
        String product = spaced.group(1);
        // "Class of 20", "Group of 20", "page 3 of 10": a count, not a version
        if (product.toLowerCase(Locale.ROOT).matches(".*\\b(of|no|number|no\\.|page|chapter|section|article|room|gate|platform)$")) return null;
        return spaced.group(2).toLowerCase(Locale.ROOT);
    }

    /** The versions some forms name. */
    static Set<String> versions(Collection<String> forms) {
        Set<String> out = new TreeSet<>();
        for (String f : forms) {
            String v = version(f);
            if (v != null) out.add(v);
        }
        return out;
    }

    /**
     * Whether a cluster with these forms may not join an entity with those names across articles: not a person, and the
     * versions they are named with differ ("IE8" against "Internet Explorer", "IE" and "IE9").
     */
    static boolean differ(EntityType type, Collection<String> clusterForms, Collection<String> entityNames) {
        if (type == EntityType.PERSON) return false;
        Set<String> ours = versions(clusterForms);
        Set<String> theirs = versions(entityNames);
        if (ours.equals(theirs)) return false;
        if (!ours.isEmpty()) return true;
        // a bare name still joins an entity that has it bare, though one article also named a version with it
        for (String f : clusterForms) {
            for (String n : entityNames) {
                if (version(n) == null && EntityLinker.key(type, f).equals(EntityLinker.key(type, n))) return false;
            }
        }
        return true;
    }
}
