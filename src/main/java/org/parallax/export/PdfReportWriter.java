package org.parallax.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.parallax.export.PdfLayout.Anchor;
import org.parallax.export.PdfLayout.Block;
import org.parallax.export.PdfLayout.Run;
import org.parallax.export.PdfLayout.Style;
import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.export.ReportContent.CalendarEvent;
import org.parallax.export.ReportContent.ComparisonSection;
import org.parallax.export.ReportContent.Highlight;
import org.parallax.export.ReportContent.IndexEntry;
import org.parallax.export.ReportContent.NoteItem;
import org.parallax.export.ReportContent.Paragraph;
import org.parallax.model.DatePrecision;
import org.parallax.model.EventKind;
import org.parallax.model.Progress;

/**
 * Lays out a {@link ReportContent} as a PDF: cover, clickable contents, one section per article with its notes and
 * highlighted quotes, comparisons, entity index and a drawn calendar, with running headers, "page / pages" footers,
 * bookmarks and document information. Text uses the shipped DejaVu fonts, embedded, and stays selectable.
 */
public final class PdfReportWriter {
    private static final Color INK = new Color(0x1F, 0x23, 0x28);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6E);
    private static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    private static final Color QUOTE_BAR = new Color(0x8C, 0x95, 0x9F);
    private static final Color ACCENT = new Color(0x09, 0x69, 0xDA);
    private static final Color OUTSIDE_MONTH = new Color(0xF6, 0xF8, 0xFA);

    /** The calendar's colour per event kind: the entity palette's pastels, so the two read as one family. */
    static Color kindColor(EventKind kind) {
        return switch (kind) {
            case VISIT -> new Color(0xFF, 0xE5, 0x9E);
            case MEETING -> new Color(0xB6, 0xE3, 0xFF);
            case STATEMENT -> new Color(0xC8, 0xF0, 0xD2);
        };
    }

    private record TocEntry(String title, int level) {
    }

    /** Writes the report to {@code out}, through a temporary file so that a failure never leaves half a PDF. */
    public void write(ReportContent report, Path out, Progress progress) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".parallax-export", ".pdf");
        try {
            try (PDDocument doc = build(report, progress); OutputStream os = Files.newOutputStream(tmp)) {
                doc.save(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Builds the document in memory (the caller closes it), for saving or for a preview. */
    public PDDocument build(ReportContent r, Progress progress) {
        PDDocument doc = new PDDocument();
        try {
            new Job(doc, r, progress).run();
            return doc;
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // the original failure matters more
            }
            throw e;
        }
    }

    static PDRectangle rectangle(ReportContent.PageSize size) {
        return size == ReportContent.PageSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
    }

    /** One export: the layout state of one document. */
    private static final class Job {
        private final PDDocument doc;
        private final ReportContent r;
        private final Progress progress;
        private final PdfLayout l;
        private final Style body;
        private final Style bodyBold;
        private final Style small;
        private final Style quote;
        private final Style h1;
        private final Style h2;
        private final Style h3;
        private final List<TocEntry> toc = new ArrayList<>();
        private final List<Anchor> tocAnchors = new ArrayList<>();
        private final List<PDPage> tocPages = new ArrayList<>();
        private int tocNext;
        private long done;
        private final long total;

        Job(PDDocument doc, ReportContent r, Progress progress) {
            this.doc = doc;
            this.r = r;
            this.progress = progress == null ? Progress.NONE : progress;
            this.l = new PdfLayout(doc, rectangle(r.pageSize()));
            PdfLayout.Fonts f = l.fonts;
            body = new Style(f.regular, 10, INK, null, null);
            bodyBold = body.font(f.bold);
            small = new Style(f.regular, 8.5f, MUTED, null, null);
            quote = new Style(f.serif, 10.5f, INK, null, null);
            h1 = new Style(f.bold, 18, INK, null, null);
            h2 = new Style(f.bold, 12.5f, INK, null, null);
            h3 = new Style(f.bold, 10.5f, MUTED, null, null);
            total = r.articles().size() + r.comparisons().size() + r.entityIndex().size() / 20 + 3;
        }

        void run() {
            planToc();
            cover();
            reserveToc();
            articles();
            comparisons();
            index();
            calendar();
            l.close();
            fillToc();
            headersAndFooters();
            outline();
            info();
            progress.update(total, total, "Done");
        }

        private void step(String message) {
            if (progress.isCancelled()) throw new CancellationException("Export cancelled");
            progress.update(++done, total, message);
        }

        // ---- contents ----

        private void planToc() {
            if (!r.articles().isEmpty()) {
                toc.add(new TocEntry("Articles and notes", 0));
                int n = 1;
                for (ArticleSection a : r.articles()) toc.add(new TocEntry(n++ + ". " + a.title(), 1));
            }
            if (!r.comparisons().isEmpty()) {
                toc.add(new TocEntry("Comparison", 0));
                for (ComparisonSection c : r.comparisons()) toc.add(new TocEntry(c.leftTitle() + " ↔ " + c.rightTitle(), 1));
            }
            if (!r.entityIndex().isEmpty()) toc.add(new TocEntry("Entity index", 0));
            if (!r.calendar().isEmpty()) toc.add(new TocEntry("Calendar", 0));
        }

        /** Marks where the next contents entry points. */
        private Anchor mark() {
            Anchor a = l.here();
            tocAnchors.add(a);
            tocNext++;
            return a;
        }

        private float tocLine() {
            return body.leading() + 3;
        }

        private void reserveToc() {
            if (toc.isEmpty()) return;
            float firstPageRoom = l.top() - l.bottom() - h1.leading() - 16;
            float room = l.top() - l.bottom();
            int perFirst = (int) (firstPageRoom / tocLine());
            int pages = 1 + (toc.size() <= perFirst ? 0 : (int) Math.ceil((toc.size() - perFirst) / (double) (int) (room / tocLine())));
            for (int i = 0; i < pages; i++) tocPages.add(l.newPage());
        }

        private void fillToc() {
            if (tocPages.isEmpty()) return;
            int pageIdx = 0;
            PDPageContentStream cs = null;
            try {
                PDPage page = tocPages.get(0);
                cs = append(page);
                float y = l.top() - h1.size();
                text(cs, l.left(), y, "Contents", h1);
                y -= 16 + tocLine();
                for (int i = 0; i < toc.size(); i++) {
                    if (y < l.bottom()) {
                        cs.close();
                        page = tocPages.get(++pageIdx);
                        cs = append(page);
                        y = l.top() - tocLine();
                    }
                    TocEntry e = toc.get(i);
                    Anchor a = tocAnchors.get(i);
                    Style st = e.level() == 0 ? bodyBold : body;
                    String num = Integer.toString(doc.getPages().indexOf(a.page()) + 1);
                    float indent = e.level() * 16;
                    float numW = l.width(num, st);
                    String title = l.fit(e.title(), st, l.width() - indent - numW - 24);
                    text(cs, l.left() + indent, y, title, st);
                    float titleEnd = l.left() + indent + l.width(title, st) + 4;
                    float dotsEnd = l.right() - numW - 4;
                    String dots = dots(dotsEnd - titleEnd, small);
                    if (!dots.isEmpty()) text(cs, dotsEnd - l.width(dots, small), y, dots, small);
                    text(cs, l.right() - numW, y, num, st);
                    link(page, a, l.left() + indent, y - 3, l.width() - indent, tocLine());
                    y -= tocLine();
                }
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String dots(float width, Style st) {
            float dot = l.width(" .", st);
            int n = (int) (width / dot);
            return n <= 1 ? "" : " .".repeat(n);
        }

        private void link(PDPage page, Anchor target, float x, float y, float w, float h) throws IOException {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(x, y, w, h));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            PDActionGoTo go = new PDActionGoTo();
            go.setDestination(destination(target));
            link.setAction(go);
            page.getAnnotations().add(link);
        }

        private static PDPageXYZDestination destination(Anchor a) {
            PDPageXYZDestination d = new PDPageXYZDestination();
            d.setPage(a.page());
            d.setTop((int) a.top());
            d.setLeft(0);
            return d;
        }

        private PDPageContentStream append(PDPage page) throws IOException {
            return new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
        }

        private void text(PDPageContentStream cs, float x, float y, String s, Style st) throws IOException {
            String c = l.clean(st.font(), s);
            if (c.isEmpty()) return;
            cs.beginText();
            cs.setFont(st.font(), st.size());
            cs.setNonStrokingColor(st.color());
            cs.newLineAtOffset(x, y);
            cs.showText(c);
            cs.endText();
        }

        private void headersAndFooters() {
            int n = doc.getNumberOfPages();
            String title = r.title();
            for (int i = 1; i < n; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream cs = append(page)) {
                    float headY = l.pageSize().getHeight() - 36;
                    String head = l.fit(title, small, l.width() * 0.7f);
                    text(cs, l.left(), headY, head, small);
                    String date = r.exportDate().toString();
                    text(cs, l.right() - l.width(date, small), headY, date, small);
                    cs.setStrokingColor(RULE);
                    cs.setLineWidth(0.6f);
                    cs.moveTo(l.left(), headY - 6);
                    cs.lineTo(l.right(), headY - 6);
                    cs.stroke();
                    String num = (i + 1) + " / " + n;
                    text(cs, (l.pageSize().getWidth() - l.width(num, small)) / 2, 30, num, small);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void outline() {
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            PDOutlineItem section = null;
            for (int i = 0; i < toc.size(); i++) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(toc.get(i).title());
                item.setDestination(destination(tocAnchors.get(i)));
                if (toc.get(i).level() == 0 || section == null) {
                    outline.addLast(item);
                    section = item;
                } else {
                    section.addLast(item);
                }
            }
            outline.openNode();
            for (PDOutlineItem item : outline.children()) item.openNode();
        }

        private void info() {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(r.title());
            if (!r.userName().isBlank()) info.setAuthor(r.userName());
            info.setSubject(subject());
            info.setCreator("Parallax");
            info.setProducer("Parallax (Apache PDFBox)");
            Calendar now = GregorianCalendar.getInstance();
            info.setCreationDate(now);
            info.setModificationDate(now);
        }

        private String subject() {
            int notes = r.articles().stream().mapToInt(a -> a.notes().size() + a.articleNotes().size()).sum();
            return "Reading notes on " + r.articles().size() + " article" + (r.articles().size() == 1 ? "" : "s")
                    + " (" + notes + " note" + (notes == 1 ? "" : "s") + ")";
        }

        // ---- cover ----

        private void cover() {
            l.newPage();
            l.space(110);
            Style title = new Style(l.fonts.bold, 28, INK, null, null);
            l.paragraph(List.of(new Run(r.title(), title)), Block.PLAIN);
            l.space(18);
            l.fillRect(l.left(), l.y(), 60, 3, ACCENT);
            l.space(22);
            Style meta = new Style(l.fonts.regular, 11.5f, MUTED, null, null);
            l.paragraph(List.of(new Run("Exported " + r.exportDate(), meta)), Block.PLAIN);
            if (!r.userName().isBlank()) l.paragraph(List.of(new Run("Prepared by " + r.userName(), meta)), Block.PLAIN);
            l.paragraph(List.of(new Run(subject(), meta)), Block.PLAIN);
            if (r.articles().isEmpty()) return;
            l.space(30);
            l.paragraph("Articles in this report", h2);
            l.space(6);
            int n = 1;
            for (ArticleSection a : r.articles()) {
                List<Run> runs = new ArrayList<>();
                runs.add(new Run(a.title(), bodyBold));
                String src = source(a);
                if (!src.isEmpty()) runs.add(new Run("\n" + src, small));
                l.paragraph(runs, new Block(18, null, n++ + ".", body));
                l.space(4);
            }
        }

        private static String source(ArticleSection a) {
            List<String> parts = new ArrayList<>();
            if (a.meta().outlet() != null && !a.meta().outlet().isBlank()) parts.add(a.meta().outlet());
            if (a.meta().published() != null) parts.add(a.meta().published().toString());
            if (a.meta().author() != null && !a.meta().author().isBlank()) parts.add(a.meta().author());
            return String.join(" · ", parts);
        }

        // ---- articles ----

        private void heading(String text, Style st, float before) {
            heading(text, st, before, false);
        }

        /** A heading kept with the start of what follows; {@code marked}: the contents point at it, on its page. */
        private void heading(String text, Style st, float before, boolean marked) {
            l.ensure(st.leading() + before + body.leading() * 4);
            if (l.y() < l.top()) l.space(before);
            if (marked) mark();
            l.paragraph(List.of(new Run(text, st)), Block.PLAIN);
            l.space(st.size() * 0.45f);
        }

        private void sectionStart(String title) {
            l.newPage();
            mark();
            heading(title, h1, 0);
            l.fillRect(l.left(), l.y() + 2, l.width(), 0.8f, RULE);
            l.space(10);
        }

        private void articles() {
            if (r.articles().isEmpty()) return;
            l.newPage();
            mark();
            int n = 1;
            for (ArticleSection a : r.articles()) {
                if (n > 1) l.newPage();
                mark();
                article(n++, a);
                step("Article " + (n - 1) + " of " + r.articles().size());
            }
        }

        private void article(int n, ArticleSection a) {
            heading(n + ". " + a.title(), h1, 0);
            List<String> meta = new ArrayList<>();
            String src = source(a);
            if (!src.isEmpty()) meta.add(src);
            if (a.meta().section() != null && !a.meta().section().isBlank()) meta.add("Section: " + a.meta().section());
            if (a.meta().dateline() != null && !a.meta().dateline().isBlank()) meta.add("Dateline: " + a.meta().dateline());
            if (a.meta().url() != null && !a.meta().url().isBlank()) meta.add(a.meta().url());
            for (String m : meta) l.paragraph(m, small);
            l.space(6);
            l.fillRect(l.left(), l.y(), l.width(), 0.8f, RULE);
            l.space(12);
            if (a.notes().isEmpty() && a.articleNotes().isEmpty()) {
                l.paragraph(List.of(new Run("No notes on this article.", small)), Block.PLAIN);
            }
            if (!a.notes().isEmpty()) {
                heading("Notes on passages", h2, 4);
                int i = 1;
                for (NoteItem note : a.notes()) {
                    passageNote(i++, note);
                }
            }
            if (!a.articleNotes().isEmpty()) {
                heading("Notes on the article", h2, 8);
                for (NoteItem note : a.articleNotes()) {
                    markdown(note.text(), 0);
                    l.space(8);
                }
            }
            if (!a.fullText().isEmpty()) {
                heading("Full text", h2, 10);
                Style marker = new Style(l.fonts.bold, 8, ACCENT, null, null);
                for (Paragraph p : a.fullText()) {
                    String m = p.noteMarkers().isEmpty() ? null
                            : "[" + String.join(",", p.noteMarkers().stream().map(String::valueOf).toList()) + "]";
                    l.paragraph(highlighted(p.text(), p.highlights(), quote), new Block(0, null, m, marker));
                    l.space(5);
                }
            }
        }

        private void passageNote(int i, NoteItem note) {
            l.ensure(small.leading() + quote.leading() * 2 + body.leading());
            // the number goes on a line of its own: a margin marker would be read as a column of its own by pdftotext
            Style label = new Style(l.fonts.bold, 8.5f, ACCENT, null, null);
            l.paragraph(List.of(new Run("Note " + i, label)), Block.indented(14));
            l.space(2);
            if (note.hasQuote()) {
                String q = note.quote();
                String kept = q.strip();
                int cut = q.length() - q.stripLeading().length();
                l.paragraph(highlighted("“" + kept + "”", shift(note.quoteHighlights(), 1, kept.length(), cut), quote),
                        new Block(14, QUOTE_BAR, null, null));
                l.space(4);
            }
            markdown(note.text(), 14);
            l.space(12);
        }

        /** Highlights moved to text that gained {@code offset} leading characters and lost {@code cut} leading ones. */
        private static List<Highlight> shift(List<Highlight> hs, int offset, int keptLength, int cut) {
            List<Highlight> out = new ArrayList<>();
            for (Highlight h : hs) {
                int s = Math.max(0, h.start() - cut);
                int e = Math.min(keptLength, h.end() - cut);
                if (e > s) out.add(new Highlight(s + offset, e + offset, h.type()));
            }
            return out;
        }

        /** The text as runs, highlighted parts with their entity background; overlapping highlights keep the first. */
        private List<Run> highlighted(String text, List<Highlight> hs, Style base) {
            List<Run> runs = new ArrayList<>();
            List<Highlight> sorted = new ArrayList<>(hs);
            sorted.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(h -> -h.end()));
            int at = 0;
            for (Highlight h : sorted) {
                int s = Math.max(h.start(), at);
                int e = Math.min(h.end(), text.length());
                if (e <= s) continue;
                Color bg = EntityColors.background(h.type());
                if (bg == null) continue;
                if (s > at) runs.add(new Run(text.substring(at, s), base));
                runs.add(new Run(text.substring(s, e), base.with(bg, EntityColors.line(h.type()))));
                at = e;
            }
            if (at < text.length()) runs.add(new Run(text.substring(at), base));
            return runs;
        }

        private void markdown(String md, float indent) {
            for (MarkdownLite.MdBlock b : MarkdownLite.parse(md)) {
                Style base = switch (b.kind()) {
                    case HEADING -> bodyBold;
                    case QUOTE -> body.color(MUTED);
                    default -> body;
                };
                List<Run> runs = new ArrayList<>();
                for (MarkdownLite.Span s : b.spans()) {
                    Style st = s.bold() ? base.font(l.fonts.bold) : s.italic() ? base.font(l.fonts.italic) : base;
                    runs.add(new Run(s.text(), st));
                }
                // an item's bullet starts its first line, so that it stays with the item's text when extracted
                if (b.kind() == MarkdownLite.Kind.ITEM) runs.add(0, new Run(b.bullet() + " ", body));
                Block block = switch (b.kind()) {
                    case ITEM -> Block.indented(indent + 14);
                    case QUOTE -> new Block(indent + 12, RULE, null, null);
                    default -> Block.indented(indent);
                };
                l.paragraph(runs, block);
                l.space(b.kind() == MarkdownLite.Kind.ITEM ? 1.5f : 4);
            }
        }

        // ---- comparison ----

        private void comparisons() {
            if (r.comparisons().isEmpty()) return;
            sectionStart("Comparison");
            boolean first = true;
            for (ComparisonSection c : r.comparisons()) {
                if (!first) l.space(14);
                first = false;
                heading(c.leftTitle() + " ↔ " + c.rightTitle(), h2, 0, true);
                l.paragraph(List.of(new Run("Similarity: ", bodyBold),
                        new Run(Math.round(c.similarity() * 100) + " %", body)), Block.PLAIN);
                l.space(4);
                entities("Shared entities", c.sharedEntities());
                entities("Only in “" + c.leftTitle() + "”", c.onlyLeftEntities());
                entities("Only in “" + c.rightTitle() + "”", c.onlyRightEntities());
                sentences("Sentences only in “" + c.leftTitle() + "”", c.onlyLeftSentences());
                sentences("Sentences only in “" + c.rightTitle() + "”", c.onlyRightSentences());
                step("Comparison");
            }
        }

        private void entities(String label, List<String> names) {
            l.paragraph(List.of(new Run(label + ": ", bodyBold),
                    new Run(names.isEmpty() ? "none" : String.join(", ", names), body)), Block.PLAIN);
            l.space(3);
        }

        private void sentences(String label, List<String> ss) {
            heading(label, h3, 6);
            if (ss.isEmpty()) l.paragraph(List.of(new Run("none", small)), Block.indented(14));
            for (String s : ss) {
                l.paragraph(List.of(new Run(s, quote)), new Block(14, QUOTE_BAR, null, null));
                l.space(3);
            }
        }

        // ---- entity index ----

        private void index() {
            if (r.entityIndex().isEmpty()) return;
            sectionStart("Entity index");
            int n = 0;
            for (IndexEntry e : r.entityIndex()) {
                l.ensure(body.leading() * 3);
                Color bg = EntityColors.background(e.type());
                Style name = bodyBold.with(bg, bg == null ? null : EntityColors.line(e.type()));
                l.paragraph(List.of(new Run(e.name(), name), new Run("  " + e.type().name().toLowerCase(Locale.ROOT), small)),
                        Block.PLAIN);
                List<String> aliases = e.aliases().stream().filter(a -> !a.equals(e.name())).toList();
                if (!aliases.isEmpty()) {
                    l.paragraph(List.of(new Run("Also: ", small.font(l.fonts.bold)), new Run(String.join("; ", aliases), small)),
                            Block.indented(14));
                }
                if (!e.articles().isEmpty()) {
                    String list = String.join("; ", e.articles().stream()
                            .map(c -> c.articleTitle() + " (" + c.mentions() + ")").toList());
                    l.paragraph(List.of(new Run("In: ", small.font(l.fonts.bold)), new Run(list, small)), Block.indented(14));
                }
                for (String note : e.notes()) {
                    markdown(note, 14);
                }
                l.space(6);
                if (++n % 20 == 0) step("Entity index");
            }
        }

        // ---- calendar ----

        private void calendar() {
            if (r.calendar().isEmpty()) return;
            sectionStart("Calendar");
            TreeSet<YearMonth> months = new TreeSet<>();
            for (CalendarEvent e : r.calendar()) {
                YearMonth from = YearMonth.from(e.when().start());
                YearMonth to = YearMonth.from(e.when().end());
                if (ChronoUnit.MONTHS.between(from, to) > 2) to = from.plusMonths(2);
                for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) months.add(m);
            }
            int drawn = 0;
            for (YearMonth m : months) {
                if (drawn++ >= 36) break;
                monthGrid(m);
            }
            step("Calendar");
            heading("Events", h2, 12);
            for (CalendarEvent e : r.calendar()) {
                l.ensure(body.leading() * 3);
                String when = e.when() + (e.when().precision() == DatePrecision.DAY ? "" : " (" + precision(e.when().precision()) + ")");
                l.paragraph(List.of(new Run(when + "  ", bodyBold),
                        new Run(kindName(e.kind()), body.with(kindColor(e.kind()), null))), Block.PLAIN);
                if (!e.who().isEmpty()) {
                    l.paragraph(List.of(new Run("Who: ", small.font(l.fonts.bold)), new Run(String.join("; ", e.who()), small.color(INK))),
                            Block.indented(14));
                }
                if (!e.where().isEmpty()) {
                    l.paragraph(List.of(new Run("Where: ", small.font(l.fonts.bold)), new Run(String.join("; ", e.where()), small.color(INK))),
                            Block.indented(14));
                }
                if (!e.note().isBlank()) markdown(e.note(), 14);
                for (ReportContent.EventReport s : e.sources()) {
                    l.paragraph(List.of(new Run(s.sentence().strip(), quote),
                            new Run(" — " + s.articleTitle(), small)), new Block(14, QUOTE_BAR, null, null));
                }
                l.space(8);
            }
        }

        /** The label in at most two lines of {@code width}, the second cut with an ellipsis when needed. */
        private String[] twoLines(String text, Style st, float width) {
            String t = l.clean(st.font(), text).replace('\n', ' ');
            if (l.width(t, st) <= width) return new String[] {t, ""};
            int cut = 0;
            for (int i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) {
                if (l.width(t.substring(0, i), st) <= width) cut = i;
                else break;
            }
            if (cut == 0) return new String[] {l.fit(t, st, width), ""};
            return new String[] {t.substring(0, cut), l.fit(t.substring(cut + 1), st, width)};
        }

        private static String precision(DatePrecision p) {
            return p.name().toLowerCase(Locale.ROOT);
        }

        private static String kindName(EventKind k) {
            return k.name().charAt(0) + k.name().substring(1).toLowerCase(Locale.ROOT);
        }

        private void monthGrid(YearMonth month) {
            float cellW = l.width() / 7;
            float cellH = 54;
            LocalDate first = month.atDay(1);
            int lead = first.getDayOfWeek().getValue() - 1;
            int weeks = (int) Math.ceil((lead + month.lengthOfMonth()) / 7.0);
            List<CalendarEvent> vague = r.calendar().stream()
                    .filter(e -> e.when().precision() == DatePrecision.MONTH || e.when().precision() == DatePrecision.YEAR)
                    .filter(e -> !e.when().end().isBefore(first) && !e.when().start().isAfter(month.atEndOfMonth()))
                    .toList();
            float height = h2.leading() + 16 + weeks * cellH + 10 + vague.size() * small.leading();
            l.ensure(height);
            String title = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
            l.paragraph(title, h2);
            l.space(4);
            float top = l.y();
            Style head = new Style(l.fonts.bold, 7.5f, MUTED, null, null);
            for (int d = 0; d < 7; d++) {
                String name = DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                l.text(l.left() + d * cellW + 3, top - 10, name, head);
            }
            float gridTop = top - 14;
            Style dayNum = new Style(l.fonts.regular, 7.5f, MUTED, null, null);
            Style label = new Style(l.fonts.regular, 6.2f, INK, null, null);
            for (int w = 0; w < weeks; w++) {
                for (int d = 0; d < 7; d++) {
                    LocalDate day = first.minusDays(lead).plusDays(w * 7L + d);
                    float x = l.left() + d * cellW;
                    float y = gridTop - (w + 1) * cellH;
                    boolean inMonth = YearMonth.from(day).equals(month);
                    if (!inMonth) l.fillRect(x, y, cellW, cellH, OUTSIDE_MONTH);
                    l.strokeRect(x, y, cellW, cellH, RULE, 0.5f);
                    if (!inMonth) continue;
                    l.text(x + 3, y + cellH - 9, Integer.toString(day.getDayOfMonth()), dayNum);
                    List<CalendarEvent> today = r.calendar().stream()
                            .filter(e -> e.when().precision() == DatePrecision.DAY || e.when().precision() == DatePrecision.WEEK)
                            .filter(e -> !day.isBefore(e.when().start()) && !day.isAfter(e.when().end()))
                            .toList();
                    // one or two events get two-line labels; more get one line each, up to three and "+n more"
                    boolean roomy = today.size() <= 2;
                    float barH = roomy ? 17 : 9.5f;
                    float by = y + cellH - 12 - barH;
                    for (int i = 0; i < today.size(); i++) {
                        if (i == 3 && today.size() > 4) {
                            l.text(x + 3, by + 2.5f, "+" + (today.size() - 3) + " more", dayNum);
                            break;
                        }
                        CalendarEvent e = today.get(i);
                        l.fillRect(x + 1.5f, by, cellW - 3, barH, kindColor(e.kind()));
                        if (roomy) {
                            String[] lines = twoLines(e.label(), label, cellW - 6);
                            l.text(x + 3, by + barH - 7, lines[0], label);
                            if (!lines[1].isEmpty()) l.text(x + 3, by + 2.4f, lines[1], label);
                        } else {
                            l.text(x + 3, by + 2.6f, l.fit(e.label(), label, cellW - 6), label);
                        }
                        by -= barH + 1.5f;
                    }
                }
            }
            l.advance(14 + weeks * cellH + 6);
            for (CalendarEvent e : vague) {
                l.paragraph(List.of(new Run("During " + e.when() + ": ", small.font(l.fonts.bold)), new Run(e.label(), small)),
                        Block.PLAIN);
            }
            l.space(12);
        }
    }
}
