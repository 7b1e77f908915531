package org.parallax.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writer a byline names in a script without capital letters, where a name cannot be told by its capitals: a
 * Chinese "作者：王丽华" or "记者：...", a Hindi "लेखक: ...", a Thai "โดย ..." (by) or "ผู้เขียน: ..." (writer), a Hebrew
 * "מאת ..." (by), a Persian "خبرنگار: ..." (reporter) or a Korean "이서연 기자" (reporter) with an e-mail, alone in
 * its element and outside the page's header, footer, navigation and asides. A Chinese page's "责任编辑" (editor in
 * charge) is not its writer where such a line names one.
 */
final class ScriptBylines {
    private static final Pattern LINE = Pattern.compile("(?U)^(?:(?:作者|记者|記者)\\s*[:：]\\s*"
            // a Chinese or Japanese name is two to four Han characters, or a family and a given name set apart by a
            // space; more characters are a role and a name ("记者王敬照", reporter Wang Jingzhao), which this does not split
            + "(\\p{IsHan}{2,4}|\\p{IsHan}{1,3}\\s\\p{IsHan}{1,3})"
            // Thai "writer" ("ผู้เขียน: ...") beside "by", Persian "reporter" and "writer" ("خبرنگار: سارا محمدی")
            + "|(?:लेखक\\s*:|โดย|ผู้เขียน\\s*:?|מאת|(?:خبرنگار|نویسنده)\\s*:"
            // labels of more right-to-left and Indic scripts and of Amharic ("كتب:", "लेखन :", "ዘጋቢ፡")
            + "|" + ScriptLabels.LABEL + ")\\s*"
            // one to four words of letters and marks, no digits, no Latin letters; a place may follow a comma
            + "((?:(?![A-Za-z])[\\p{L}\\p{M}.\\u200C\\u200D]){1,20}(?:\\s+(?:(?![A-Za-z])[\\p{L}\\p{M}.\\u200C\\u200D]){1,20}){0,3})"
            + "(?:\\s*[,،]\\s*[\\p{L}\\p{M}]+)?"
            // a Korean name of two to four syllables before "기자" (reporter), with the reporter's e-mail after it
            + "|(\\p{IsHangul}{2,4})\\s?기자(?:\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?)$");

    private static final Pattern LABEL_ALONE = Pattern.compile("^" + ScriptLabels.LABEL + "$");

    private ScriptBylines() {
    }

    /** The one name such byline lines give; null when there is none or they name different people. */
    static String named(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element e : doc.body().getAllElements()) {
            if (!e.ownText().isBlank() && e.children().size() <= 1 && !furniture(e)) {
                String line = e.text().replace('\u00A0', ' ').strip();
                // a label alone in its element, with the name in the next one ("<span>लेखन :</span> <span>...</span>")
                Element next = e.nextElementSibling();
                if (LABEL_ALONE.matcher(line).matches() && next != null && next.children().isEmpty()) {
                    line = line + " " + next.text().replace('\u00A0', ' ').strip();
                }
                Matcher m = LINE.matcher(line);
                if (!m.matches()) continue;
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (found != null && !found.equals(name)) return null;
                found = name;
            }
        }
        return found;
    }

    private static boolean furniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().matches("footer|nav|aside|header") && a.parent() != null
                    && !a.parents().stream().anyMatch(p -> p.normalName().equals("article"))) {
                return true;
            }
        }
        return false;
    }
}
