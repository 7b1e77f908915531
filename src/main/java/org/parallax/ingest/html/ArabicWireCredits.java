package org.parallax.ingest.html;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The news agency an Arabic page credits as its only source in the story's credit line ("المصدر: وام", "Source: WAM"),
 * kept as the author as the wire's name is on English pages whose author line prints only "Reuters" or "PTI". A
 * dateline's credit inside the first paragraph ("الشارقة - وام:") is not read, as "NEW DELHI (PTI)" is not; nor is a
 * source that is no agency ("المصدر: وزارة الصحة"). Only reads the document.
 */
final class ArabicWireCredits {
    /** "المصدر:" (the source), then the agency's name and nothing else. */
    private static final Pattern SOURCE = Pattern.compile("^(?:ال)?مصدر\\s*[:：]\\s*(.{2,20}?)\\s*$");
    /**
     * The agencies Arabic papers credit, by the names they print: the Emirates', Saudi, Qatar, Kuwait, Bahrain, Oman,
     * Jordan, Syria, Egypt (MENA), Morocco, Algeria, Tunisia, Iraq and Palestine agencies, and the world's wires.
     */
    private static final Set<String> AGENCIES = Set.of("وام", "واس", "قنا", "كونا", "بنا", "العمانية", "بترا", "سانا",
            "أ ش أ", "أ.ش.أ", "ومع", "واج", "وات", "واع", "وفا", "رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "د ب أ",
            "د.ب.أ", "أ ب", "الأناضول", "شينخوا", "سبوتنيك");
    /** Longer than this, an element is text, not a credit line. */
    private static final int MAX_LINE = 30;

    private ArabicWireCredits() {
    }

    /** The agency the page's first credit line names as its source; null when there is none. */
    static String agency(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().getElementsMatchingOwnText("مصدر")) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > MAX_LINE || furniture(e)) continue;
            Matcher m = SOURCE.matcher(text);
            if (m.matches() && AGENCIES.contains(m.group(1).replaceAll("\\s+", " "))) return m.group(1);
        }
        return null;
    }

    private static boolean furniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("figcaption")
                    || tag.equals("figure") || tag.equals("li")) {
                return true;
            }
        }
        return false;
    }
}
