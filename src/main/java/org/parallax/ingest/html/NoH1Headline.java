package org.parallax.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page with no h1 whose tab's title is only the site's name, as a text-only ("lite") edition prints
 * it: {@code <title>NNR Lite</title>}, the link home "NNR Lite", and the headline in an h2 marked as one
 * ({@code <h2 class="headline">}). Only reads the document.
 */
final class NoH1Headline {
    private NoH1Headline() {
    }

    /** The one h2 marked as a title, when the page has no h1 and {@code title} is the text of its link home; else null. */
    static String over(Document doc, String title) {
        if (title == null || title.isBlank() || doc.body() == null || !doc.body().select("h1").isEmpty()) return null;
        String key = TitleChooser.alnum(title);
        if (key.isEmpty()) return null;
        for (Element a : doc.body().select("a[href]")) {
            String href = a.attr("href").strip();
            if (!href.equals("/") && !href.matches("(?i)https?://[^/]+/?")) continue;
            String shown = a.text().isBlank() ? a.select("img[alt]").attr("alt") : a.text();
            if (TitleChooser.alnum(shown).equals(key)) return LogoHeadline.markedH2(doc);
        }
        return null;
    }
}
