package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The reporter that papers of Taiwan and Japan credit inside the story's text rather than in a byline: a Taiwanese
 * dateline "〔記者林志豪／台中報導〕" (reporter, a slash, the place and "reports") opening the first paragraph, and a
 * Japanese paper's name in brackets closing the last one ("...上がっている。（佐々木悠斗）"), sometimes after the bureau
 * ("（仙台総局・佐々木悠斗）"). A wire's bracketed credit ("（共同）") names no reporter.
 */
final class ReporterCredits {
    /** How many of the story's first paragraphs may open with a Taiwanese dateline. */
    private static final int FIRST_PARAGRAPHS = 3;
    /** "〔記者林志豪／台中報導〕", "【記者王小明、陳美玲/台北報導】": one or more names of two to four Han characters. */
    private static final Pattern TAIWAN = Pattern.compile("^\\s*[〔\\[【(（]\\s*記者\\s*(\\p{IsHan}{2,4}(?:\\s*[、，,]\\s*\\p{IsHan}{2,4}){0,3})"
            + "\\s*[／/]\\s*\\p{IsHan}{1,8}\\s*(?:報導|報道|报道)\\s*[〕\\]】)）]");
    /** A Japanese closing credit: the name (a family and a given name, maybe a space between), after a bureau and "・". */
    private static final Pattern JAPAN = Pattern.compile("（(?:[^（）・]{1,12}・)?(\\p{IsHan}{1,4}[\\s　]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})）$");
    /** Bracketed words that close a Japanese story without naming its reporter: wires, a photo's or a summary's note. */
    private static final Set<String> NO_REPORTER = Set.of("共同", "時事", "共同通信", "時事通信", "ロイター", "写真", "資料",
            "要約", "抜粋", "敬称略", "同", "続く", "終わり", "了", "随時更新", "編集部");

    private ReporterCredits() {
    }

    /** The reporter (or reporters, joined by ", ") such a credit names in the page's story; null when none does. */
    static String of(Document doc) {
        Element root = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        if (root == null) root = doc.body();
        if (root == null) return null;
        List<Element> paragraphs = root.select("p");
        for (int i = 0; i < Math.min(FIRST_PARAGRAPHS, paragraphs.size()); i++) {
            Matcher m = TAIWAN.matcher(paragraphs.get(i).text());
            if (m.find()) return String.join(", ", m.group(1).split("\\s*[、，,]\\s*"));
        }
        if (!doc.select("html").attr("lang").toLowerCase(Locale.ROOT).startsWith("ja")) return null;
        List<String> closing = new ArrayList<>();
        for (Element p : paragraphs) {
            String t = p.text().strip();
            if (!t.isEmpty()) closing.add(t);
        }
        if (closing.isEmpty()) return null;
        Matcher m = JAPAN.matcher(closing.get(closing.size() - 1));
        if (!m.find()) return null;
        String name = m.group(1).strip();
        return NO_REPORTER.contains(name) ? null : name;
    }
}
