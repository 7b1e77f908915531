package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parallax.ingest.html.AuthorNames;
import org.parallax.ingest.html.BlockWalker;
import org.parallax.ingest.html.BlockWalker.BlockText;
import org.parallax.ingest.html.BodyCleaner;
import org.parallax.ingest.html.BodyExtractor;
import org.parallax.ingest.html.MetadataExtractor;
import org.parallax.ingest.html.NestingLimit;
import org.parallax.ingest.html.PageMetadata;
import org.parallax.ingest.html.ReleaseIssuers;
import org.parallax.ingest.html.SectionCredits;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.text.Months;

/**
 * Imports a saved web page: metadata from JSON-LD, meta tags and the title; the article body found by
 * {@link BodyExtractor} and split into typed blocks, with the title as a TITLE block on top and the byline under
 * it. Navigation, ads, share widgets, scripts and related-link lists do not reach the text.
 */
public final class HtmlImporter implements Importer {
    private static final Logger LOG = Logger.getLogger(HtmlImporter.class.getName());
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private static final Pattern MONTH_TAIL = Pattern.compile("(?i)[\\s,]*\\b" + Months.NAME + "\\.?[\\s,]*$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day$"
            + "|\\b(updated|published|posted|ago)\\b");

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final BodyExtractor bodies = new BodyExtractor();

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (EXTENSIONS.contains(ImportService.extension(file.path()))) return true;
        return file.startsWithIgnoreCase("<!doctype html") || file.startsWithIgnoreCase("<html");
    }

    @Override
    public ArticleDraft parse(SourceFile file) throws ImportException {
        String html = decode(file);
        String baseUri = file.path().toAbsolutePath().toUri().toString();
        return extract(html, baseUri).draft();
    }

    /** A page's article and the element its body was taken from (a fetched page's images are the ones inside it). */
    public record Extracted(ArticleDraft draft, Element body) {
    }

    /**
     * Extracts the article from a page's decoded HTML, resolving its links against {@code baseUri} (a fetched page's
     * final URL); the draft's format is html and its source path unset.
     */
    public Extracted extract(String html, String baseUri) throws ImportException {
        // jsoup (1.22) would cut the tree at 512 levels, moving what lies deeper beside its parent; NestingLimit flattens
        // such a page into paragraphs itself, keeping a paragraph's line breaks, so the parser keeps every level
        Document doc = Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(Integer.MAX_VALUE));
        // a page nested thousands deep made Readability take half a minute and the block walk overflow the stack
        if (NestingLimit.apply(doc)) LOG.fine(() -> baseUri + ": nested deeper than " + NestingLimit.MAX_DEPTH + " levels, flattened");
        PageMetadata page = metadata.extract(doc);
        // a press release names no writer; read before the body's extraction changes the document
        boolean release = ReleaseIssuers.release(doc, page.url());
        // the section's name or a role with no name, which Readability reads from the author tag, is no byline either
        Predicate<String> noWriter = SectionCredits.noWriter(doc);
        BodyExtractor.Body body = bodies.extract(doc, baseUri);
        List<BlockText> blocks = body.content() == null ? List.of() : BlockWalker.walk(body.content());
        LOG.fine(() -> baseUri + ": body by " + body.method() + ", " + blocks.size() + " blocks");

        boolean derived = page.title() == null;
        String title = derived ? derivedTitle(blocks) : page.title();
        if (title == null) throw new ImportException("has no article text in its HTML");
        List<BlockText> kept = BodyCleaner.clean(blocks, title);
        String byline = cleanByline(body.bylineElement());
        String author = page.author();
        if (author == null) {
            author = authorFromByline(body.bylineName(), body.readabilityByline(), byline);
            // the release's issuer, which Readability reads from the author tag, is no byline either
            if (author != null && release && ReleaseIssuers.issuer(author, page.siteName())) author = null;
            if (noWriter.test(author)) author = null;
        }
        // stored as readers expect to see it: a byline printed in capitals in title case
        author = AuthorNames.readerCase(author, page.language());

        TextAssembler text = new TextAssembler();
        text.add(BlockType.TITLE, title);
        if (byline != null) text.add(BlockType.BYLINE, byline);
        boolean first = true;
        for (BlockText b : kept) {
            // the page's own headline often opens the body; the TITLE block already holds it
            if (first && b.type() == BlockType.HEADING && same(b.text(), title)) {
                first = false;
                continue;
            }
            first = false;
            // the plain extraction leaves the byline in the body; it is already the BYLINE block
            if (byline != null && same(b.text(), byline)) continue;
            text.add(b.type(), b.text());
        }
        if (blocks.isEmpty()) throw new ImportException("has no article text in its HTML");
        ArticleMeta meta = new ArticleMeta(title, derived, author, page.siteName(), page.section(), page.url(),
                page.published(), page.published() == null ? DateSource.NONE : DateSource.PAGE_METADATA,
                null, null, format(), page.language());
        return new Extracted(text.build(meta), body.content());
    }

    /**
     * The page's text: UTF-8 when the bytes are valid UTF-8, UTF-16 when they are UTF-16; otherwise the charset its {@code <meta charset>} or
     * http-equiv Content-Type declares (Latin-1 read as Windows-1252, as browsers do); otherwise Windows-1252.
     */
    static String decode(SourceFile file) {
        if (StandardCharsets.UTF_8.equals(file.charset()) || file.isUtf16()) return file.text();
        Charset declared = declaredCharset(file.bytes());
        if (declared == null || declared.equals(file.charset())) return file.text();
        try {
            String s = declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.bytes())).toString();
            return asText(s);
        } catch (CharacterCodingException e) {
            return StandardCharsets.UTF_8.equals(declared) ? mostlyUtf8(file) : file.text();
        }
    }

    /**
     * A page that declares UTF-8 and is UTF-8 but for a stray byte or two (a pasted Windows-1252 quote) is read as UTF-8
     * with the stray bytes replaced, as browsers read it; read as Windows-1252 instead, every accented letter of it
     * would be garbled. A page with fewer good multi-byte letters than bad sequences, or with more than a few bad ones
     * (one per hundred good letters), is no UTF-8, whatever it declares, and stays as {@link SourceFile} read it.
     */
    private static String mostlyUtf8(SourceFile file) {
        String s = new String(file.bytes(), StandardCharsets.UTF_8);
        long bad = s.chars().filter(c -> c == '\uFFFD').count();
        long good = s.chars().filter(c -> c > 0x7F).count() - bad;
        if (good <= bad || bad > Math.max(2, good / 100)) return file.text();
        return asText(s);
    }

    /** Decoded page text without a byte-order mark and with every line break a {@code \n}. */
    private static String asText(String s) {
        String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The charset a page's {@code <meta charset>} or http-equiv declaration names in its first 4 KB, or null. */
    public static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    /**
     * A charset by its label, or null when the label is blank, malformed or unknown to this JVM; Latin-1 and ASCII
     * are read as Windows-1252, as browsers do.
     */
    public static Charset charsetNamed(String label) {
        if (label == null) return null;
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) return null;
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * The first byline candidate that reads as a name. Bylines often run on into the date ("By Nathan Willis
     * March 25, 2015"): the text is cut before its first digit and a dangling month name, and a leading "By" is
     * dropped. What is left must still look like a name, since no author is better than a date in that field.
     */
    static String authorFromByline(String... candidates) {
        for (String c : candidates) {
            String b = cleanByline(c);
            if (b == null) continue;
            int digit = 0;
            while (digit < b.length() && !Character.isDigit(b.charAt(digit))) digit++;
            b = b.substring(0, digit);
            b = MONTH_TAIL.matcher(b).replaceFirst("");
            b = b.replaceAll("[\\s\\p{Pd}|,;:·•@]+$", "").replaceFirst("(?i)^(by|par|von|por|di|door)\\s+", "").strip();
            b = AuthorNames.clean(b);
            if (b == null || NOT_A_NAME.matcher(b).find()) continue;
            return b;
        }
        return null;
    }

    private static String cleanByline(String byline) {
        if (byline == null) return null;
        String b = byline.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip()
                .replaceAll("[\\s\\p{Pd}|,;:·•]+$", "").strip();
        return b.isEmpty() || b.length() > 200 ? null : b;
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
    }

    /** A title made from the first words of the body, for pages that name themselves nowhere. */
    private static String derivedTitle(List<BlockText> blocks) {
        for (BlockText b : blocks) {
            String t = b.text().replaceAll("\\s+", " ").strip();
            if (t.isEmpty()) continue;
            if (t.length() <= 80) return t;
            int cut = t.lastIndexOf(' ', 80);
            return t.substring(0, cut > 20 ? cut : 80) + "…";
        }
        return null;
    }
}
