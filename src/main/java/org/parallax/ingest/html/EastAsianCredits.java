package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writers' credits of Chinese, Japanese and Korean pages that the byline rules do not read: a writer's label with a colon
 * or a slash ("文：", "文／", "取材・文／", "撰文／", "文・写真／"); a paper's own reporter before the names ("本报记者　王芳　赵磊",
 * "본사기자 리철민"), where names set apart by spaces or "、" are several people; a Xinhua-style dateline naming the
 * reporters in brackets ("新华社上海3月8日电（记者张伟、刘洋）"); and a Korean wire dateline with the reporter before "기자 ="
 * ("(부산=남부뉴스) 김지훈 기자 ="). {@link #strip} drops such a label from a name, {@link #named} finds a labelled credit
 * alone in its element, {@link #dateline} the reporters of a dateline opening the text.
 */
final class EastAsianCredits {
    /** A Chinese or Japanese name: two to four Han characters (or kana, for a given name in kana). */
    private static final String HAN_NAME = "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]{2,4}";
    /** A writer's label with its colon or slash. */
    private static final Pattern WRITER = Pattern.compile("^(?:(?:取材|写真|撮影|攝影|摄影)[・·、])?(?:文|撰文|文字|執筆|执笔)"
            + "(?:[・·、](?:写真|撮影|攝影|摄影|图|圖))?\\s*[:：／/]\\s*");
    /** A paper's or an agency's own reporter, before the names without a colon. */
    private static final String OWN = "(?:本报记者|本報記者|本社记者|本社記者|本台记者|新华社记者|新華社記者|본사\\s?기자|본사\\s?특파원)";
    private static final Pattern OWN_REPORTER = Pattern.compile("^" + OWN + "\\s*[:：]?\\s*");
    /** Names after such a label, set apart by "、", a comma or spaces (an ideographic space among them). */
    private static final Pattern SEVERAL = Pattern.compile("^" + HAN_NAME + "(?:(?:\\s*[、，,]\\s*|[\\s\\u3000]+)" + HAN_NAME + ")+$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[、，,]\\s*|[\\s\\u3000]+");
    /**
     * A credit alone in its element: after the paper's own reporter a space or a colon must set the names apart, since
     * the words run on into a section's title as well ("新华社记者看河北", Xinhua's reporters look at Hebei).
     */
    private static final Pattern LINE = Pattern.compile("^(?:" + WRITER.pattern().substring(1) + "|" + OWN
            + "(?:[\\s\\u3000]+|\\s*[:：]\\s*))(\\S.{0,30})$");
    /** "…电（记者张伟、刘洋）" or "…電（記者…）": the reporters of a Chinese agency's dateline. */
    private static final Pattern CHINESE_DATELINE = Pattern.compile("[电電]\\s*[（(]\\s*(?:记者|記者)\\s*([\\p{IsHan}、，,\\s\\u3000]{2,40}?)"
            + "\\s*[）)]");
    /** "(부산=남부뉴스) 김지훈 기자 =": a Korean wire's dateline, a place and the agency, then the reporters. */
    private static final Pattern KOREAN_DATELINE = Pattern.compile("^\\s*[(（][^()（）=]{1,20}=[^()（）]{1,20}[)）]\\s*"
            + "(\\p{IsHangul}{2,4}(?:\\s*[·,]\\s*\\p{IsHangul}{2,4})*)\\s*(?:기자|특파원)\\s*=");

    private EastAsianCredits() {
    }

    /** {@code name} without such a label, several names joined by commas; unchanged when it has none. */
    static String strip(String name) {
        if (name == null) return null;
        Matcher own = OWN_REPORTER.matcher(name);
        String s = own.lookingAt() ? name.substring(own.end()) : WRITER.matcher(name).replaceFirst("");
        if (s.equals(name)) return name;
        s = s.strip();
        return SEVERAL.matcher(s).matches() ? String.join(", ", SEPARATOR.split(s)) : s;
    }

    /** The names a labelled credit alone in its element gives, outside the header, footer and menus; null if none. */
    static String named(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().getAllElements()) {
            if (e.ownText().isBlank() || e.children().size() > 1 || outside(e)) continue;
            String line = e.text().replace('\u00A0', ' ').strip();
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String names = strip(line);
                if (names.matches("(?:" + HAN_NAME + "|\\p{IsHan}{1,3}\\s\\p{IsHan}{1,3}|\\p{IsHangul}{2,4})(?:, .+)?")) return names;
            }
        }
        return null;
    }

    /** The reporters a dateline at the start of one of the article's first paragraphs names; null if none. */
    static String dateline(Document doc) {
        if (doc.body() == null) return null;
        int seen = 0;
        for (Element p : doc.body().select("p")) {
            if (outside(p)) continue;
            if (++seen > 3) break;
            String text = p.text().replace('\u00A0', ' ');
            Matcher k = KOREAN_DATELINE.matcher(text);
            if (k.find()) return String.join(", ", text.substring(k.start(1), k.end(1)).split("\\s*[·,]\\s*"));
            Matcher c = CHINESE_DATELINE.matcher(text.length() > 60 ? text.substring(0, 60) : text);
            if (c.find()) {
                List<String> names = new ArrayList<>();
                for (String n : SEPARATOR.split(c.group(1).strip())) if (n.matches(HAN_NAME)) names.add(n);
                if (!names.isEmpty()) return String.join(", ", names);
            }
        }
        return null;
    }

    private static boolean outside(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().matches("footer|nav|aside|header") && a.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
                return true;
            }
        }
        return false;
    }
}
