package org.parallax.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.model.ArticleSummary;
import org.parallax.model.DatePrecision;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventSource;

/**
 * Writes events as an iCalendar (RFC 5545) file. Every event is an all-day VEVENT: DTSTART its first day, DTEND the
 * day after its last (DTEND is exclusive); week-, month- and year-precision events span their whole period with
 * "(month)" and the like in the SUMMARY. SUMMARY is the short title ({@link EventText#shortTitle}: kind and main
 * participant), LOCATION the destination, DESCRIPTION everyone taking part, the places and each source as article and
 * shortened sentence; one DTSTAMP. The UID of a pipeline event hashes its kind, dates and participants, so it stays
 * the same across NLP re-runs and re-exports; a manual event's UID is its id. The text is written here rather than
 * by a library so that each rule is visible: CRLF line ends, TEXT escaping of {@code \ ; ,} and line breaks, and lines
 * folded at 75 octets, never inside a UTF-8 sequence.
 */
public final class IcsExporter {
    public static final String PRODID = "-//Parallax//Parallax calendar export//EN";
    /** RFC 5545 3.1: a content line is at most 75 octets, not counting its CRLF. */
    static final int LINE_OCTETS = 75;
    /** A source sentence longer than this is cut at a word, with an ellipsis. */
    static final int SENTENCE_CHARS = 240;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * Writes the .ics text. {@code entities} are the events' entities by id (for the main participant and the
     * destination; {@link CalendarService#entitiesOf} gives them), {@code stamp} the DTSTAMP: when the file was made.
     */
    public void write(List<Event> events, Map<Long, ArticleSummary> articles, Map<Long, Entity> entities, Instant stamp,
                      Writer out) {
        try {
            line(out, "BEGIN:VCALENDAR");
            line(out, "VERSION:2.0");
            line(out, "PRODID:" + PRODID);
            line(out, "CALSCALE:GREGORIAN");
            Set<String> uids = new HashSet<>();
            String dtstamp = STAMP.format(stamp.truncatedTo(ChronoUnit.SECONDS));
            for (Event e : events) {
                String uid = uid(e);
                if (!uids.add(uid)) uid = uid.replace("@", "-" + e.id() + "@");
                line(out, "BEGIN:VEVENT");
                line(out, "UID:" + text(uid));
                line(out, "DTSTAMP:" + dtstamp);
                line(out, "DTSTART;VALUE=DATE:" + date(e.when().start()));
                line(out, "DTEND;VALUE=DATE:" + date(e.when().end().plusDays(1)));
                line(out, "SUMMARY:" + text(EventText.shortTitle(e, entities)));
                EventText.destination(e, entities).ifPresent(p -> line(out, "LOCATION:" + text(p)));
                line(out, "DESCRIPTION:" + text(description(e, articles)));
                line(out, "CATEGORIES:" + text(EventText.kindLabel(e.kind())));
                line(out, "TRANSP:TRANSPARENT");
                line(out, "END:VEVENT");
            }
            line(out, "END:VCALENDAR");
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the calendar file: " + ex.getMessage(), ex);
        } catch (UncheckedIOException ex) {
            throw new UncheckedIOException("Cannot write the calendar file: " + ex.getCause().getMessage(), ex.getCause());
        }
    }

    /** Everyone, every place, the date's precision, the user's note, and each source sentence, shortened. */
    static String description(Event e, Map<Long, ArticleSummary> articles) {
        List<String> lines = new ArrayList<>();
        if (!e.who().isEmpty()) lines.add("Who: " + String.join("; ", e.who()));
        if (!e.where().isEmpty()) lines.add("Where: " + String.join("; ", e.where()));
        if (e.when().precision() != DatePrecision.DAY) {
            lines.add("Date known to the " + e.when().precision().name().toLowerCase(Locale.ROOT) + " only: " + e.when());
        }
        if (e.manual()) lines.add("Added by hand" + (e.note() == null ? "." : ": " + e.note()));
        if (!e.sources().isEmpty()) lines.add("Sources:");
        for (EventSource s : e.sources()) {
            lines.add("- " + EventText.articleLabel(s.articleId(), articles) + ": \u201c"
                    + shorten(EventText.oneLine(s.sentenceText()), SENTENCE_CHARS) + "\u201d");
        }
        return String.join("\n", lines);
    }

    /** The text cut at the last word that fits {@code max} characters, with an ellipsis; as it is when short enough. */
    static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = Character.isLowSurrogate(s.charAt(max - 1)) ? max - 2 : max - 1;
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') sb.append("\\n");
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /**
     * One content line, folded (RFC 5545 3.1): at most 75 octets of UTF-8 per physical line, continuation lines
     * starting with a space that counts toward them; breaks fall between code points, never inside a multi-byte
     * character, and not after an escaping backslash, so even a careless unfolder keeps "\," whole.
     */
    static String fold(String contentLine) {
        StringBuilder out = new StringBuilder(contentLine.length() + contentLine.length() / 60 * 3 + 2);
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < contentLine.length(); ) {
            int cp = contentLine.codePointAt(i);
            int n = Character.charCount(cp);
            int width = utf8Length(cp);
            if (cp == '\\' && i + n < contentLine.length()) {
                // keep an escape with the character it escapes
                width += utf8Length(contentLine.codePointAt(i + n));
                n += Character.charCount(contentLine.codePointAt(i + n));
            }
            if (octets + width > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            out.append(contentLine, i, i + n);
            octets += width;
            i += n;
        }
        return out.append("\r\n").toString();
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    private static void line(Writer out, String contentLine) {
        try {
            out.write(fold(contentLine));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(LocalDate d) {
        return DATE.format(d);
    }

    /** Stable across re-runs: the content of a pipeline event, the id of a manual one. */
    static String uid(Event e) {
        if (e.manual()) return "manual-" + e.id() + "@parallax";
        String key = e.kind() + "|" + e.when().start() + "|" + e.when().end() + "|" + e.when().precision() + "|"
                + String.join(",", e.who()) + "|" + String.join(",", e.where());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "event-" + HexFormat.of().formatHex(h, 0, 12) + "@parallax";
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }
}
