package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.text.Months;
import org.parallax.text.Sentences;

/**
 * Format-neutral tests on single lines of news text: date lines, bylines, datelines, captions, headings,
 * related-link markers, header fields, and title derivation. Every importer (text, Markdown, PDF, HTML) uses these so
 * that the same line is read the same way whatever file it came from. All methods are pure and accept raw lines
 * (non-breaking spaces and surrounding white space are ignored).
 */
public final class TextHeuristics {
    private TextHeuristics() {
    }

    /** A dateline found at the start of a paragraph: the place, the whole marker as written, and the rest. */
    public record Dateline(String place, String marker, String rest) {
    }

    /** A {@code key value} metadata line at the top of a text file, key in lower case. */
    public record HeaderField(String key, String value) {
    }

    private static final String MONTH = "(" + Months.NAME + ")\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+\\-Z]*)?\\b");
    /** What may stand beside a date on a line that is only a date. */
    private static final Pattern DATE_LINE_NOISE = Pattern.compile(
            "(?i)\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\b\\.?"
                    + "|\\b(published|updated|posted|modified|last|first|on|at|date|dated)\\b"
                    + "|\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
                    + "|\\b[ap]\\.?m\\.?(?=\\s|$)"
                    + "|\\b(gmt|utc|pkt|ist|est|edt|cst|cdt|pst|pdt|bst|cet|cest)\\b"
                    + "|[\\s,:;|/\\-–—()]+");
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "(?i)^(date|published|title|author|by|source|outlet|publication|url|link|section|category|language|lang)"
                    + "\\s*[:=]?\\s+(\\S.*)$");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by[:\\s]\\s*(\\S.*)$");
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[A-Z][A-Z'’.\\-]*[A-Z.])(?:[ /][A-Z][A-Z'’.\\-]*[A-Z.]){0,3})" // place, upper case
                    + "((?:,\\s*[A-Z][A-Za-z.]+(?:\\s[A-Z][A-Za-z.]+)?)?" // ", Country" or ", Month 4"
                    + "(?:,?\\s+\\d{1,2})?" // day after month name
                    + "(?:,?\\s+\\d{4})?)"
                    + "\\s*(\\([^)]{1,40}\\))?\\s*([:—–]|-{1,2})\\s+(?=\\S)");
    private static final Pattern CREDIT_TAIL = Pattern.compile("\\s[—–]\\s*([^—–]{2,70})$");
    private static final Pattern HYPHEN_CREDIT_TAIL = Pattern.compile("\\s-\\s+([^-]{2,70})$");
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "(?i)\\b(reuters|ap|afp|getty|file|photo|photograph|epa|xinhua|bloomberg|courtesy|handout|images?|website|screengrab)\\b|/");
    private static final Pattern CAPTION_PREFIX = Pattern.compile(
            "(?i)^(photo|image|picture|file photo|caption|photograph)(\\s+credit)?\\s*[:|]\\s*\\S.*");
    private static final Pattern RELATED_MARKER = Pattern.compile(
            "(?i)^(more (stories )?(from|on|in|about) \\S.{0,38}:|more (stories )?(from|on|in|about)( the)?( \\p{Lu}\\S*){1,4}|related( (stories|articles|news|coverage|content|posts|reading|links))?"
                    + "|read (more|also|next)|also read|see also|you (may|might) also like|recommended( for you| stories)?"
                    + "|most (read|popular|viewed|shared)|trending( now| stories)?|more stories|more news|top stories"
                    + "|latest (news|stories))\\s*:?$");
    private static final Pattern MORE_FROM = Pattern.compile("(?i)^more (?:stories )?(?:from|on|in|about) (?:the )?(.*)$");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(©|\\(c\\)|copyright\\b|all rights reserved|share (this|on)|follow us|subscribe\\b|sign up\\b|advertisement$"
                    + "|click here\\b|print this\\b).*");
    private static final Set<String> NAME_CONNECTORS = Set.of("and", "de", "da", "del", "der", "van", "von", "bin", "bint",
            "al", "el", "la", "le", "du", "dos", "ibn", "ul", "e");
    private static final Set<String> TRAILING_STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "on", "in",
            "to", "for", "with", "at", "by", "from", "as", "is", "are", "was", "were", "that", "which", "its", "their",
            "his", "her", "into", "over", "about", "after", "before", "will", "would", "has", "have", "had");

    // ---- white space and words ------------------------------------------------------------------------------

    /** Replaces non-breaking and other Unicode spaces by plain spaces, collapses runs, and trims. */
    public static String clean(String s) {
        if (s == null) return "";
        if (isClean(s)) return s; // most lines are: the heuristics clean each line several times
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (blank(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** White space as {@link #clean} collapses it: Java's white space and space characters, and the BOM. */
    private static boolean blank(char c) {
        if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); // what the two calls give below 0x80
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Whether {@link #clean} would return {@code s} unchanged: single plain spaces between words, none at the ends. */
    private static boolean isClean(String s) {
        boolean afterSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (afterSpace) return false;
                afterSpace = true;
            } else if (blank(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || s.isEmpty();
    }

    /** Whether {@code s} holds anything but white space (as {@link #clean} sees it). */
    public static boolean hasText(String s) {
        if (s == null) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(blank(c))) return true;
        }
        return false;
    }

    public static int wordCount(String s) {
        String t = clean(s);
        return t.isEmpty() ? 0 : t.split(" ").length;
    }

    /** The line without closing quotes and brackets at its end, to look at its real last character. */
    private static String withoutClosingQuotes(String t) {
        int end = t.length();
        while (end > 0 && "\"'’”»)]*".indexOf(t.charAt(end - 1)) >= 0) end--;
        return t.substring(0, end);
    }

    /** Whether the line ends a sentence ({@code . ! ?}, possibly inside closing quotes). */
    public static boolean endsSentence(String line) {
        String t = withoutClosingQuotes(clean(line));
        return !t.isEmpty() && ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static char lastChar(String line) {
        String t = withoutClosingQuotes(clean(line));
        return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }

    /** Whether two lines say the same thing, ignoring spacing, case and quote styles. */
    public static boolean sameLine(String a, String b) {
        return a != null && b != null && normalizeForCompare(a).equals(normalizeForCompare(b));
    }

    private static String normalizeForCompare(String s) {
        return clean(s).toLowerCase(Locale.ROOT).replaceAll("[‘’`]", "'").replaceAll("[“”]", "\"");
    }

    // ---- dates ----------------------------------------------------------------------------------------------

    /** The first date written with a year in {@code s} (month names or ISO), if any. */
    public static Optional<LocalDate> findDate(String s) {
        return firstDateMatch(clean(s)).map(DateMatch::date);
    }

    private record DateMatch(LocalDate date, int start, int end) {
    }

    private static Optional<DateMatch> firstDateMatch(String t) {
        DateMatch best = null;
        Matcher m = MONTH_DAY_YEAR.matcher(t);
        if (m.find()) best = pick(best, date(m.group(3), Months.number(m.group(1)), m.group(2)), m);
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find()) best = pick(best, date(m.group(3), Months.number(m.group(2)), m.group(1)), m);
        m = ISO_DATE.matcher(t);
        if (m.find()) best = pick(best, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), m);
        return Optional.ofNullable(best);
    }

    private static DateMatch pick(DateMatch best, LocalDate d, Matcher m) {
        if (d == null) return best;
        if (best == null || m.start() < best.start()) return new DateMatch(d, m.start(), m.end());
        return best;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The date when the line is only a date, perhaps with a weekday, a time, a time zone or a word such as
     * "Published" or "Updated" ({@code Saturday Mar 04, 2023}, {@code Published: 4 March 2023 10:30 PKT}).
     */
    public static Optional<LocalDate> parseDateLine(String line) {
        String t = clean(line);
        if (t.isEmpty() || wordCount(t) > 10) return Optional.empty();
        Optional<DateMatch> dm = firstDateMatch(t);
        if (dm.isEmpty()) return Optional.empty();
        String rest = t.substring(0, dm.get().start()) + " " + t.substring(dm.get().end());
        rest = DATE_LINE_NOISE.matcher(rest).replaceAll("");
        return rest.isEmpty() ? Optional.of(dm.get().date()) : Optional.empty();
    }

    // ---- header fields, bylines, sections -------------------------------------------------------------------

    /**
     * A metadata line such as {@code date 2023-03-04}, {@code Title: ...} or {@code url = https://...}. A date field
     * must hold a date, and a url field a URL, or the line is not a header field.
     */
    public static Optional<HeaderField> headerField(String line) {
        Matcher m = HEADER_FIELD.matcher(clean(line));
        if (!m.matches()) return Optional.empty();
        String key = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2).strip();
        switch (key) {
            case "date", "published" -> {
                if (findDate(value).isEmpty() || wordCount(value) > 8) return Optional.empty();
                key = "date";
            }
            case "url", "link" -> {
                if (!value.matches("(?i)https?://\\S+")) return Optional.empty();
                key = "url";
            }
            case "by" -> {
                return Optional.empty(); // a byline, not a header field
            }
            case "source", "publication" -> key = "outlet";
            case "category" -> key = "section";
            case "lang" -> key = "language";
            default -> {
                // title, author, outlet, section, language: needs an explicit separator to tell it from prose
                if (!clean(line).matches("(?i)^[a-z]+\\s*[:=].*")) return Optional.empty();
            }
        }
        return Optional.of(new HeaderField(key, value));
    }

    /** Whether the line is the word "By" alone, with the name on the next line. */
    public static boolean isBylineMarker(String line) {
        return clean(line).toLowerCase(Locale.ROOT).matches("by:?");
    }

    /** The author of a one-line byline ({@code By Jane Doe}, {@code By Jane Doe, Staff Reporter}). */
    public static Optional<String> bylineName(String line) {
        Matcher m = BY_PREFIX.matcher(clean(line));
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).split("\\s*[|,;]\\s*|\\s+[—–-]\\s+", 2)[0].strip();
        return looksLikeName(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether the text reads as a person's name, or names joined by "and": capitalised words, no digits. */
    public static boolean looksLikeName(String s) {
        String t = clean(s);
        int words = wordCount(t);
        if (words < 1 || words > 8 || t.length() > 80 || t.matches(".*\\d.*")) return false;
        if (t.endsWith(".") && !t.matches(".*\\b\\p{Lu}\\.$")) return false;
        int capitalised = 0;
        for (String w : t.split(" ")) {
            if (NAME_CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
            capitalised++;
        }
        return capitalised > 0;
    }

    /** A section name as shown: an all-lower-case word is capitalised ({@code pakistan} → {@code Pakistan}). */
    public static String sectionName(String line) {
        String t = clean(line);
        if (!t.equals(t.toLowerCase(Locale.ROOT))) return t;
        StringBuilder out = new StringBuilder();
        for (String w : t.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return out.toString();
    }

    /** Whether the line could be a section label: one to three words, no digits, no punctuation at the end. */
    public static boolean looksLikeSectionLabel(String line) {
        String t = clean(line);
        return !t.isEmpty() && wordCount(t) <= 3 && t.length() <= 30 && !t.matches(".*\\d.*")
                && Character.isLetter(t.charAt(t.length() - 1));
    }

    // ---- datelines, captions, headings, titles --------------------------------------------------------------

    /**
     * A dateline opening a paragraph: an upper-case place, optionally a country or date and an agency in brackets,
     * then a colon or dash ({@code WASHINGTON:}, {@code LONDON, March 3 (Reuters) -}).
     */
    public static Optional<Dateline> dateline(String paragraph) {
        String t = clean(paragraph);
        Matcher m = DATELINE.matcher(t);
        if (!m.lookingAt()) return Optional.empty();
        String place = m.group(1);
        if (place.replaceAll("[^A-Z]", "").length() < 3) return Optional.empty();
        String rest = t.substring(m.end());
        if (wordCount(rest) < 3) return Optional.empty();
        return Optional.of(new Dateline(place, t.substring(0, m.end()).strip(), rest));
    }

    /**
     * Whether the line is an image caption: it ends with a credit after a dash ({@code … — Reuters/File}), or starts
     * with "Photo:" or similar.
     */
    public static boolean isCaption(String line) {
        String t = clean(line);
        if (t.isEmpty() || t.length() > 600) return false;
        if (CAPTION_PREFIX.matcher(t).matches()) return true;
        // the picture description before the credit has a few words: "Talks resume — Analysis" is not a caption
        Matcher m = CREDIT_TAIL.matcher(t);
        if (m.find() && isCredit(m.group(1), false) && wordCount(t.substring(0, m.start())) >= 4) return true;
        m = HYPHEN_CREDIT_TAIL.matcher(t);
        return m.find() && isCredit(m.group(1), true) && wordCount(t.substring(0, m.start())) >= 4;
    }

    private static boolean isCredit(String credit, boolean needCreditWord) {
        String c = credit.strip();
        if (c.isEmpty() || !Character.isUpperCase(c.codePointAt(0))) return false;
        if (wordCount(c) > 7 || ".!?,;:\"”’".indexOf(c.charAt(c.length() - 1)) >= 0) return false;
        return !needCreditWord || CREDIT_WORDS.matcher(c).find();
    }

    /** Whether the line introduces a list of links to other stories ("More From Pakistan:", "Related", "Read more"). */
    public static boolean isRelatedMarker(String line) {
        String t = clean(line);
        if (t.length() > 60 || !RELATED_MARKER.matcher(t).matches()) return false;
        Matcher more = MORE_FROM.matcher(t);
        if (more.matches() && !t.endsWith(":")) {
            // "More from Pakistan" is a label; "More from the minister was said" is prose
            for (String w : more.group(1).split(" ")) if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) return false;
        }
        return true;
    }

    /** Whether the line is site furniture: copyright, share and subscribe prompts. */
    public static boolean isBoilerplateLine(String line) {
        String t = clean(line);
        return t.length() <= 200 && BOILERPLATE_LINE.matcher(t).matches();
    }

    /** Whether the text reads as a paragraph of running prose rather than a label or a headline. */
    public static boolean looksLikeProse(String line) {
        int words = wordCount(line);
        return words >= 20 || (words >= 6 && endsSentence(line));
    }

    /**
     * Whether the line could be a sub-heading: short, no sentence or clause punctuation at the end. Whether it stands
     * between paragraphs is the caller's judgement.
     */
    public static boolean looksLikeHeading(String line) {
        String t = clean(line);
        int words = wordCount(t);
        if (words < 1 || words > 12 || t.length() > 100) return false;
        char last = lastChar(t);
        return ".,;:…".indexOf(last) < 0 && !isCaption(t) && parseDateLine(t).isEmpty() && !isRelatedMarker(t)
                && !isBoilerplateLine(t);
    }

    /** Whether the line could be a headline: two to 25 words, not ending like a sentence (a question may). */
    public static boolean looksLikeTitle(String line) {
        String t = clean(line);
        int words = wordCount(t);
        if (words < 2 || words > 25 || t.length() > 200) return false;
        char last = lastChar(t);
        return ".,;:…".indexOf(last) < 0 && !isCaption(t) && parseDateLine(t).isEmpty() && !isBoilerplateLine(t);
    }

    /** The first sentence of a paragraph, not stopping at abbreviations such as "Mr." or initials such as "A.". */
    public static String firstSentence(String paragraph) {
        return Sentences.first(clean(paragraph));
    }

    /**
     * A title made from body text for an article that has none: its first sentence, cut to at most
     * {@code maxWords} words at a word boundary, without a dangling "of" or "the", with "…" when cut.
     */
    public static String deriveTitle(String bodyText, int maxWords) {
        String sentence = firstSentence(bodyText);
        String[] words = sentence.isEmpty() ? new String[0] : sentence.split(" ");
        if (words.length == 0) return "";
        if (words.length <= maxWords) {
            String s = sentence;
            if (s.endsWith(".") && !s.endsWith("..")) s = s.substring(0, s.length() - 1);
            return s;
        }
        int n = maxWords;
        while (n > 3 && TRAILING_STOP_WORDS.contains(words[n - 1].toLowerCase(Locale.ROOT).replaceAll("\\W", ""))) n--;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(' ');
            out.append(words[i]);
        }
        String s = out.toString().replaceAll("[,;:—–\\-]+$", "");
        return s + "…";
    }

    /** {@link #deriveTitle(String, int)} with the usual limit of 12 words. */
    public static String deriveTitle(String bodyText) {
        return deriveTitle(bodyText, 12);
    }

    // ---- line joining ---------------------------------------------------------------------------------------

    /**
     * Splits text into units: one per line, except that hard-wrapped paragraphs (lines broken at a fixed width,
     * as in e-mail, old text files and PDF extraction) are joined back. A blank line always ends a unit.
     *
     * @param forceJoin join every run of lines that fill most of the width, even when the file does not look
     *                  wrapped (PDF text is always wrapped)
     */
    public static List<String> units(String text, boolean forceJoin) {
        List<List<String>> groups = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String l = clean(raw);
            if (l.isEmpty()) {
                if (!cur.isEmpty()) groups.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(l);
            }
        }
        if (!cur.isEmpty()) groups.add(cur);
        int width = wrapWidth(groups, forceJoin);
        List<String> out = new ArrayList<>();
        for (List<String> g : groups) {
            if (width <= 0) {
                out.addAll(g);
                continue;
            }
            StringBuilder para = new StringBuilder();
            for (int i = 0; i < g.size(); i++) {
                String l = g.get(i);
                para = appendWrapped(para, l);
                boolean full = l.length() >= width * 0.6;
                boolean last = i == g.size() - 1;
                if (last || !full || startsNewUnit(g.get(i + 1))) {
                    out.add(para.toString());
                    para = new StringBuilder();
                }
            }
        }
        return out;
    }

    private static boolean startsNewUnit(String next) {
        return isBylineMarker(next) || parseDateLine(next).isPresent() || isRelatedMarker(next);
    }

    private static StringBuilder appendWrapped(StringBuilder para, String line) {
        if (para.length() == 0) return para.append(line);
        int n = para.length();
        // a word broken with a hyphen at the line end ("impor-" + "tant") is joined without it
        if (n >= 2 && para.charAt(n - 1) == '-' && Character.isLowerCase(para.charAt(n - 2))
                && Character.isLowerCase(line.codePointAt(0))) {
            para.setLength(n - 1);
            return para.append(line);
        }
        return para.append(' ').append(line);
    }

    /**
     * The width the text is wrapped at, or 0 when it is not hard-wrapped: many groups of several lines whose lines
     * (but the last) have about the same length.
     */
    private static int wrapWidth(List<List<String>> groups, boolean forceJoin) {
        List<Integer> lengths = new ArrayList<>();
        int multiLineGroups = 0;
        for (List<String> g : groups) {
            if (g.size() > 1) multiLineGroups++;
            for (String l : g) lengths.add(l.length());
        }
        if (lengths.isEmpty() || multiLineGroups == 0) return 0;
        lengths.sort(null);
        int p90 = lengths.get(Math.min(lengths.size() - 1, (int) (lengths.size() * 0.9)));
        if (forceJoin) return p90;
        if (p90 > 120 || p90 < 30) return 0;
        int nearWidth = 0;
        for (int len : lengths) if (len >= p90 * 0.8 && len <= p90 * 1.1) nearWidth++;
        return nearWidth >= 3 && nearWidth * 10 >= lengths.size() * 4 ? p90 : 0;
    }
}
