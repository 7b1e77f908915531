package org.parallax.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Byline labels of more languages, each with its colon: Icelandic "Höfundur:", Croatian "Piše:", Slovenian
 * "Avtor:"/"Avtorica:", Latvian "Autors:"/"Teksts:", Lithuanian "Autorius:"/"Tekstas:", Macedonian "Пишува:", Kazakh
 * "Авторы:", Georgian "ავტორი:", Armenian "Հեղինակ՝" (with the Armenian colon), Azerbaijani "Müəllif:", Uzbek
 * "Muallif:", Mongolian "Сурвалжлагч:" (reporter), Basque "Testua:" (text) and "Egilea:", Hungarian "Szerző:",
 * Swedish "Författare:", Norwegian and Danish "Forfatter:", Vietnamese "Tác giả:". Without the colon such a word may be
 * a name or begin a sentence, so it is not taken. {@link #strip} drops the label from a name; {@link #named} finds the
 * name such a label gives, in the same text or in the element after it ({@code Piše: <strong>Ivana Horvat</strong>}).
 */
final class MoreBylineLabels {
    private static final String LABELS = "höfundur|piše|pišu|autorica|avtorica|avtor|autors|autore|autorius|teksts|tekstas"
            + "|пишува|авторы|авторка|ავტორი|հեղինակ|müəllif|muallif|сурвалжлагч|сэтгүүлч|testua|egilea|szerző|författare"
            + "|forfattar|forfatter|tác giả";
    private static final String LABEL = "(?:" + LABELS + ")\\s*[:：՝]";
    private static final Pattern LEADING = Pattern.compile("(?iU)^" + LABEL + "\\s*");
    private static final Pattern LINE = Pattern.compile("(?iU)^" + LABEL + "\\s*(.*)$");
    /** What ends the name: a comma, a bar, a dot between words, a slash, a bracket, a dash set apart, a second credit. */
    private static final Pattern TAIL = Pattern.compile("(?U)\\s*(?:[,|·•/;(（]|\\s[\\p{Pd}]\\s).*$");
    /** A name of one to four words of letters, marks, dots, hyphens and apostrophes. */
    private static final Pattern WORDS = Pattern.compile("(?U)[\\p{L}\\p{M}.'’\\-]+(?:\\s+[\\p{L}\\p{M}.'’\\-]+){0,3}");
    /** Longer than this, a line is text that mentions someone, not a byline. */
    private static final int MAX_LINE = 90;

    private MoreBylineLabels() {
    }

    /** {@code name} without such a label before it. */
    static String strip(String name) {
        return name == null ? null : LEADING.matcher(name).replaceFirst("");
    }

    /** The one name such labels give outside the page's header, footer, menus and asides; null if none or several. */
    static String named(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element e : doc.body().getAllElements()) {
            for (TextNode t : e.textNodes()) {
                String s = t.text().replace('\u00A0', ' ').strip();
                if (s.length() > MAX_LINE) continue;
                Matcher m = LINE.matcher(s);
                if (!m.matches() || furniture(e)) continue;
                String rest = m.group(1).strip();
                if (rest.isEmpty()) {
                    // the label alone: the name is in the next element, inside the same one or after the label's own
                    Element next = nextElement(t);
                    if (next == null && e.childNodeSize() == 1) next = e.nextElementSibling();
                    if (next == null) continue;
                    rest = next.text().replace('\u00A0', ' ').strip();
                }
                String name = name(rest);
                if (name == null) continue;
                if (found != null && !found.equals(name)) return null;
                found = name;
            }
        }
        return found;
    }

    /** The name that opens {@code text}, before a comma, a bar or a second credit; null when it reads as none. */
    static String name(String text) {
        String s = TAIL.matcher(text).replaceFirst("").strip();
        if (s.isEmpty() || s.length() > MAX_LINE || !WORDS.matcher(s).matches()) return null;
        // one word is a name only with an initial joined to it ("Б.Батболд")
        if (!s.contains(" ") && !s.matches("(?U)\\p{L}{1,2}\\.\\s?\\p{L}{2,}.*")) return null;
        int first = s.codePointAt(0);
        // a word in lower case opens a phrase, not a name; Georgian writes its letters without case
        if (Character.isLowerCase(first) && Character.UnicodeScript.of(first) != Character.UnicodeScript.GEORGIAN) return null;
        return AuthorNames.clean(s);
    }

    private static Element nextElement(TextNode t) {
        for (Node n = t.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element el) return el.children().isEmpty() ? el : null;
            if (n instanceof TextNode tn && !tn.isBlank()) return null;
        }
        return null;
    }

    private static boolean furniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().matches("footer|nav|aside|header|form") && a.parent() != null
                    && a.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
                return true;
            }
            if (a.className().matches("(?i).*(?:comment|respond|reply).*")) return true;
        }
        return false;
    }
}
