package org.parallax.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parallax.model.ArticleDraft;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/**
 * Reads a news article saved as plain text: header lines (date, section, byline, date line, title, caption) are
 * told apart from the body with {@link TextHeuristics}, repeated header lines and related-headline lists are kept
 * as boilerplate, and a title is derived from the first sentence when the file has none. It takes any text file
 * no other importer claimed, and refuses binary data.
 */
public final class PlainTextImporter implements Importer {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "");
    /** Text formats whose markup would come out as noise: their own importer reads them, or none does. */
    private static final Set<String> MARKUP_EXTENSIONS = Set.of("html", "htm", "xhtml", "xml", "rtf", "svg", "json", "csv");

    @Override
    public String format() {
        return "plaintext";
    }

    @Override
    public boolean accepts(SourceFile file) {
        String ext = ImportService.extension(file.path());
        return TEXT_EXTENSIONS.contains(ext) || (!MARKUP_EXTENSIONS.contains(ext) && !file.looksBinary());
    }

    @Override
    public ArticleDraft parse(SourceFile file) throws ImportException {
        if (file.looksBinary()) {
            throw new ImportException("holds binary data, not text (is it an image or a program?)");
        }
        List<Unit> units = new ArrayList<>();
        for (String u : TextHeuristics.units(file.text(), false)) units.add(new Unit(u, null));
        return assemble(units, new MetaBuilder());
    }

    /** A paragraph-sized piece of input; {@code type} is set when the format already said what it is. */
    record Unit(String text, BlockType type) {
    }

    /**
     * Lays out units as an article: the header (metadata lines, section, date line, byline, title, captions), then
     * the body (dateline, paragraphs, sub-headings, captions, related links). Shared by the text, Markdown and PDF
     * importers; units with a type keep it.
     */
    static ArticleDraft assemble(List<Unit> units, MetaBuilder meta) {
        return new Layout(units, meta).run();
    }

    private static final class Layout {
        private final List<Unit> u;
        private final MetaBuilder meta;
        private final TextAssembler out = new TextAssembler();
        private String previous;
        private String lastCaption;
        private LocalDate seenDate;
        private boolean titleBlock;
        private BlockType lastType;
        private String firstParagraph;
        private int i;

        Layout(List<Unit> units, MetaBuilder meta) {
            this.u = units;
            this.meta = meta;
        }

        private String text(int k) {
            return k < u.size() ? u.get(k).text() : null;
        }

        private void emit(BlockType type, String text) {
            out.add(type, text);
            previous = text;
            lastType = type;
        }

        ArticleDraft run() {
            headerFields();
            header();
            body();
            String fallback = firstParagraph != null ? TextHeuristics.deriveTitle(firstParagraph)
                    : u.isEmpty() ? "" : TextHeuristics.deriveTitle(u.get(0).text());
            return out.build(meta.build(fallback));
        }

        /** {@code date 2023-03-04}-style lines at the very top: metadata only, not part of the text. */
        private void headerFields() {
            while (i < u.size() && u.get(i).type() == null) {
                Optional<TextHeuristics.HeaderField> f = TextHeuristics.headerField(text(i));
                if (f.isEmpty()) return;
                String v = f.get().value();
                switch (f.get().key()) {
                    case "date" -> meta.publishedIfAbsent(TextHeuristics.findDate(v).orElse(null), DateSource.FILE_HEADER);
                    case "title" -> meta.titleIfAbsent(v);
                    case "author" -> meta.authorIfAbsent(v);
                    case "outlet" -> meta.outletIfAbsent(v);
                    case "url" -> meta.urlIfAbsent(v);
                    case "section" -> meta.sectionIfAbsent(TextHeuristics.sectionName(v));
                    case "language" -> meta.languageIfAbsent(v.toLowerCase(Locale.ROOT));
                    default -> {
                        return;
                    }
                }
                i++;
            }
        }

        /** Lines before the story starts; returns when a dateline, prose, a heading or a related list begins. */
        private void header() {
            while (i < u.size()) {
                Unit unit = u.get(i);
                String t = unit.text();
                if (unit.type() != null && unit.type() != BlockType.PARAGRAPH) {
                    if (unit.type() == BlockType.TITLE && !titleBlock) {
                        title(t);
                        i++;
                        continue;
                    }
                    if (unit.type() == BlockType.CAPTION) {
                        caption(t);
                        i++;
                        continue;
                    }
                    return;
                }
                if (byline()) continue;
                Optional<LocalDate> date = TextHeuristics.parseDateLine(t);
                if (date.isPresent()) {
                    boolean repeat = date.get().equals(seenDate);
                    emit(repeat ? BlockType.BOILERPLATE : BlockType.DATE, t);
                    if (!repeat) meta.publishedIfAbsent(date.get(), DateSource.TEXT);
                    seenDate = date.get();
                    i++;
                    continue;
                }
                if (TextHeuristics.sameLine(t, previous)) {
                    emit(BlockType.BOILERPLATE, t);
                    i++;
                    continue;
                }
                if (TextHeuristics.isCaption(t)) {
                    caption(t);
                    i++;
                    continue;
                }
                if (TextHeuristics.dateline(t).isPresent() || TextHeuristics.looksLikeProse(t)
                        || TextHeuristics.isRelatedMarker(t)) {
                    return;
                }
                if (!titleBlock && meta.section() == null && out.isEmpty() && TextHeuristics.looksLikeSectionLabel(t)
                        && introducesHeader(i + 1)) {
                    meta.sectionIfAbsent(TextHeuristics.sectionName(t));
                    emit(BlockType.BOILERPLATE, t);
                    i++;
                    continue;
                }
                if (!titleBlock && TextHeuristics.looksLikeTitle(t)
                        && (meta.title() == null || TextHeuristics.sameLine(meta.title(), t) || i + 1 < u.size())) {
                    title(t);
                    i++;
                    continue;
                }
                return;
            }
        }

        /** Whether the unit at {@code k} is more header (a date line, a byline or a headline), not the story. */
        private boolean introducesHeader(int k) {
            String n = text(k);
            if (n == null) return false;
            return TextHeuristics.parseDateLine(n).isPresent() || TextHeuristics.isBylineMarker(n)
                    || TextHeuristics.bylineName(n).isPresent()
                    || (TextHeuristics.looksLikeTitle(n) && !TextHeuristics.looksLikeProse(n));
        }

        private void title(String t) {
            meta.titleIfAbsent(t);
            emit(BlockType.TITLE, t);
            titleBlock = true;
        }

        private void caption(String t) {
            boolean repeat = TextHeuristics.sameLine(t, lastCaption);
            emit(repeat ? BlockType.BOILERPLATE : BlockType.CAPTION, t);
            lastCaption = t;
        }

        /** A byline on one line ("By Jane Doe") or on two ("By", then the name); a repeated one is boilerplate. */
        private boolean byline() {
            String t = text(i);
            String name = null;
            int used = 1;
            if (TextHeuristics.isBylineMarker(t) && text(i + 1) != null && TextHeuristics.looksLikeName(text(i + 1))) {
                name = TextHeuristics.clean(text(i + 1));
                used = 2;
            } else {
                Optional<String> n = TextHeuristics.bylineName(t);
                if (n.isPresent()) name = n.get();
            }
            if (name == null) return false;
            boolean repeat = meta.author() != null && TextHeuristics.sameLine(meta.author(), name);
            String line = used == 2 ? "By " + name : t;
            emit(repeat ? BlockType.BOILERPLATE : BlockType.BYLINE, line);
            meta.authorIfAbsent(name);
            i += used;
            return true;
        }

        private void body() {
            boolean first = true;
            while (i < u.size()) {
                Unit unit = u.get(i);
                String t = unit.text();
                if (unit.type() != null && unit.type() != BlockType.PARAGRAPH) {
                    if (unit.type() == BlockType.CAPTION) caption(t);
                    else if (unit.type() == BlockType.TITLE && !titleBlock) title(t);
                    else emit(unit.type() == BlockType.TITLE ? BlockType.HEADING : unit.type(), t);
                    i++;
                    continue;
                }
                if (TextHeuristics.isRelatedMarker(t) || trailingRelatedRun()) {
                    related();
                    continue;
                }
                if (TextHeuristics.sameLine(t, previous)) {
                    emit(BlockType.BOILERPLATE, t);
                } else if (TextHeuristics.isCaption(t)) {
                    caption(t);
                } else if (TextHeuristics.isBoilerplateLine(t)) {
                    emit(BlockType.BOILERPLATE, t);
                } else if (first && TextHeuristics.dateline(t).isPresent()) {
                    TextHeuristics.Dateline d = TextHeuristics.dateline(t).get();
                    meta.datelineIfAbsent(d.place());
                    emit(BlockType.DATELINE, d.marker());
                    out.addSameLine(BlockType.PARAGRAPH, d.rest());
                    previous = t;
                    lastType = BlockType.PARAGRAPH;
                    firstParagraph = d.rest();
                    first = false;
                } else if (!first && lastType == BlockType.PARAGRAPH && TextHeuristics.looksLikeHeading(t)
                        && text(i + 1) != null && isParagraphLike(text(i + 1))) {
                    emit(BlockType.HEADING, t);
                } else {
                    emit(BlockType.PARAGRAPH, t);
                    if (firstParagraph == null) firstParagraph = t;
                    first = false;
                }
                i++;
            }
        }

        private static boolean isParagraphLike(String t) {
            return TextHeuristics.looksLikeProse(t) || TextHeuristics.dateline(t).isPresent();
        }

        /**
         * Whether everything from here on is a list of short headlines, most printed twice: a related-stories box
         * whose label was lost.
         */
        private boolean trailingRelatedRun() {
            int n = u.size() - i;
            if (n < 4 || lastType != BlockType.PARAGRAPH) return false;
            int repeats = 0;
            for (int k = i; k < u.size(); k++) {
                Unit x = u.get(k);
                if (x.type() != null && x.type() != BlockType.PARAGRAPH) return false;
                if (!TextHeuristics.looksLikeTitle(x.text()) || TextHeuristics.looksLikeProse(x.text())) return false;
                if (k > i && TextHeuristics.sameLine(x.text(), u.get(k - 1).text())) repeats++;
            }
            return repeats * 2 >= n - 1 - repeats && repeats >= 2;
        }

        /** A related-links list: the label and each headline once, as one block that stays out of the body. */
        private void related() {
            StringBuilder block = new StringBuilder();
            List<String> seen = new ArrayList<>();
            boolean label = TextHeuristics.isRelatedMarker(text(i));
            if (label) {
                block.append(text(i));
                i++;
            }
            while (i < u.size()) {
                Unit x = u.get(i);
                String t = x.text();
                if (x.type() != null && x.type() != BlockType.PARAGRAPH) break;
                if (TextHeuristics.wordCount(t) > 25 || (TextHeuristics.looksLikeProse(t) && TextHeuristics.wordCount(t) >= 12)) break;
                if (TextHeuristics.isRelatedMarker(t) && !seen.isEmpty()) break;
                if (seen.stream().noneMatch(s -> TextHeuristics.sameLine(s, t))) {
                    seen.add(t);
                    if (block.length() > 0) block.append('\n');
                    block.append(t);
                }
                i++;
            }
            emit(BlockType.RELATED, block.toString());
        }
    }
}
