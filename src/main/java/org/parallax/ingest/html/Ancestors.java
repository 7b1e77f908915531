package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** An element and its nearest ancestors, looked up for the words of their class (and id) attributes. */
final class Ancestors {
    private Ancestors() {
    }

    /** Whether {@code e} or one of its ancestors, {@code levels} elements in all, has a class in which {@code words} is found. */
    static boolean classed(Element e, int levels, Pattern words) {
        Element a = e;
        for (int i = 0; i < levels && a != null; i++, a = a.parent()) {
            if (words.matcher(a.className()).find()) return true;
        }
        return false;
    }

    /** As {@link #classed}, over each element's class and id. */
    static boolean named(Element e, int levels, Pattern words) {
        Element a = e;
        for (int i = 0; i < levels && a != null; i++, a = a.parent()) {
            if (words.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }
}
