package org.parallax.ingest.html;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Author tags a page repeats, one per writer ({@code <meta name="author" content="Lauren Whitlock">} and a second for
 * "Sam Oduya"): a map of meta tags keeps only one of them.
 */
final class RepeatedMeta {
    private RepeatedMeta() {
    }

    /**
     * The people named by a repeated author tag ({@code author}, {@code article:author}), joined by ", "; null when no
     * such tag is repeated with different names. Addresses (a profile's URL) are not names.
     */
    static String authors(Document doc) {
        for (String key : new String[] {"author", "article:author"}) {
            Set<String> names = new LinkedHashSet<>();
            for (Element m : doc.select("meta[name=" + key + "], meta[property=" + key + "]")) {
                String content = m.attr("content").strip();
                if (!content.isEmpty() && !content.matches("(?i)https?://.*")) names.add(content);
            }
            if (names.size() > 1) return String.join(", ", names);
        }
        return null;
    }
}
