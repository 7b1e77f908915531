package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

class HtmlImporterTest {
    private final HtmlImporter importer = new HtmlImporter();

    @TempDir
    Path tmp;

    private static SourceFile page(String name) throws IOException, URISyntaxException {
        Path p = Path.of(HtmlImporterTest.class.getResource("/html/" + name).toURI());
        return new SourceFile(p, Files.readAllBytes(p));
    }

    private static List<String> blockTexts(ArticleDraft d, BlockType type) {
        return d.blocks().stream().filter(b -> b.type() == type).map(b -> b.textIn(d.text())).toList();
    }

    @Test
    void prefersJsonLdArticleMetadataOverOpenGraph() throws Exception {
        ArticleMeta m = importer.parse(page("news-jsonld.html")).meta();
        assertEquals("Harbour bridge reopens after two-year repair", m.title());
        assertFalse(m.titleDerived());
        assertEquals("Ana Lima, Tom Berg", m.author());
        assertEquals("The Daily Example", m.outlet());
        assertEquals("Local", m.section());
        assertEquals("https://example.org/local/harbour-bridge-reopens", m.url());
        assertEquals("en-GB", m.language());
        assertEquals("html", m.format());
    }

    @Test
    void readsPublicationDateAsWrittenOnThePage() throws Exception {
        ArticleMeta m = importer.parse(page("news-jsonld.html")).meta();
        // 21:30 at -05:00 is the next day in UTC; the page's own date is the 14th
        assertEquals(LocalDate.of(2023, 3, 14), m.published());
        assertEquals(DateSource.PAGE_METADATA, m.publishedSource());
    }

    @Test
    void typesBodyBlocksAndPutsTheTitleOnTopOnce() throws Exception {
        ArticleDraft d = importer.parse(page("news-jsonld.html"));
        Block first = d.blocks().get(0);
        assertEquals(BlockType.TITLE, first.type());
        assertEquals("Harbour bridge reopens after two-year repair", first.textIn(d.text()));
        assertEquals(1, d.text().split("Harbour bridge reopens after two-year repair", -1).length - 1,
                "the page's h1 repeats the title and is dropped");
        assertEquals(List.of("Costs doubled"), blockTexts(d, BlockType.HEADING));
        assertEquals(List.of("Cars cross the reopened harbour bridge on Tuesday."), blockTexts(d, BlockType.CAPTION));
        assertTrue(blockTexts(d, BlockType.PARAGRAPH).contains("Two lanes open each way from Tuesday."));
        assertFalse(d.text().contains("Weather menu"), "navigation leaked: " + d.text());
        assertFalse(d.text().contains("All rights reserved"), "footer leaked: " + d.text());
    }

    @Test
    void readsOpenGraphAndMetaTagsWithoutJsonLd() throws Exception {
        ArticleDraft d = importer.parse(page("news-opengraph.html"));
        ArticleMeta m = d.meta();
        assertEquals("Le port de Marseille bat un record de trafic", m.title());
        assertEquals("Claire Dubois", m.author());
        assertEquals("Le Courrier du Sud", m.outlet());
        assertEquals("Économie", m.section());
        assertEquals("https://courrier.example.fr/eco/port-record", m.url());
        assertEquals(LocalDate.of(2022, 9, 5), m.published());
        assertEquals(DateSource.PAGE_METADATA, m.publishedSource());
        assertEquals("fr", m.language());
        assertEquals(List.of("Par Claire Dubois"), blockTexts(d, BlockType.BYLINE));
        assertEquals(1, d.text().split("Par Claire Dubois", -1).length - 1, "the byline is not repeated in the body");
        assertTrue(d.bodyText().contains("Les dockers ont travaillé en trois équipes"));
    }

    @Test
    void decodesWindows1252PageByItsMetaCharset() throws Exception {
        SourceFile src = page("legacy-1252.html");
        assertFalse(StandardCharsets.UTF_8.equals(src.charset()), "the fixture must not be valid UTF-8");
        ArticleDraft d = importer.parse(src);
        assertEquals("Café prices rise again", d.meta().title(), "the site suffix is cut where the h1 confirms it");
        String body = d.bodyText();
        assertTrue(body.contains("now costs €3.20, up from €2.90"), body);
        assertTrue(body.contains("“We had no choice,” said the owner, José Martínez"), body);
        assertTrue(body.contains("“It’s the third rise in two years,”"), body);
        assertFalse(body.contains("\uFFFD"));
        assertNull(d.meta().published());
        assertEquals(DateSource.NONE, d.meta().publishedSource());
    }

    @Test
    void decodesLatin1DeclaredPageAsWindows1252() throws Exception {
        byte[] bytes = ("<html><head><meta charset=\"iso-8859-1\"><title>Prices</title></head><body><p>"
                + "It\u2019s \u20ac5 at the caf\u00e9 \u2013 again.</p></body></html>").getBytes("windows-1252");
        Path f = Files.write(tmp.resolve("latin1.html"), bytes);
        ArticleDraft d = importer.parse(new SourceFile(f, bytes));
        assertTrue(d.bodyText().contains("It\u2019s \u20ac5 at the caf\u00e9 \u2013 again."), d.bodyText());
    }

    @Test
    void aUtf8PageWithAStrayByteIsStillReadAsUtf8ButALatin1PageDeclaringUtf8IsNot() throws Exception {
        String sentence = "Gr\u00fc\u00dfe aus K\u00f6ln: die Stra\u00dfenbahn f\u00e4hrt wieder \u00fcber die Br\u00fccke.";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("<html><head><meta charset=\"utf-8\"><title>K\u00f6ln</title></head><body><p>" + sentence + "</p><p>It")
                .getBytes(StandardCharsets.UTF_8));
        out.write(0x92); // a Windows-1252 apostrophe pasted into UTF-8
        out.write("s back.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        byte[] stray = out.toByteArray();
        Path f = Files.write(tmp.resolve("stray.html"), stray);
        SourceFile src = new SourceFile(f, stray);
        assertFalse(StandardCharsets.UTF_8.equals(src.charset()), "the fixture must not be valid UTF-8");
        assertTrue(importer.parse(src).bodyText().contains(sentence), importer.parse(src).bodyText());

        byte[] latin1 = ("<html><head><meta charset=\"utf-8\"><title>K\u00f6ln</title></head><body><p>" + sentence
                + "</p></body></html>").getBytes("windows-1252");
        Path g = Files.write(tmp.resolve("latin1-as-utf8.html"), latin1);
        assertTrue(importer.parse(new SourceFile(g, latin1)).bodyText().contains(sentence), "every letter is a bad sequence: Windows-1252");
    }

    @Test
    void keepsPageFurnitureOutOfTheText() throws Exception {
        ArticleDraft d = importer.parse(page("cluttered.html"));
        assertEquals("Flood defences hold as river peaks", d.meta().title());
        assertEquals("Sam Okafor", d.meta().author());
        assertEquals("Riverside Post", d.meta().outlet());
        assertEquals(LocalDate.of(2024, 2, 11), d.meta().published());
        String body = d.bodyText();
        assertTrue(body.contains("Water reached 5.4 metres at the town gauge"), body);
        assertTrue(body.contains("a second, smaller peak was expected on Tuesday"), body);
        for (String junk : List.of("SCRIPT TEXT", "STYLE TEXT", "ADVERTISEMENT", "Share on Facebook", "RELATED:",
                "Related stories", "MOST READ", "NEWSLETTER", "Subscribe", "FOOTER TEXT", "HIDDEN TEXT",
                "DISPLAY NONE", "navigation", "privacy", "Instagram")) {
            assertFalse(body.contains(junk), "'" + junk + "' leaked into the body: " + body);
            assertFalse(d.text().contains(junk), "'" + junk + "' leaked into the text: " + d.text());
        }
    }

    @Test
    void cutsTheDateOffABylineUsedAsAuthor() {
        assertEquals("Nathan Willis", HtmlImporter.authorFromByline("By Nathan Willis\n   March 25, 2015"));
        assertEquals("Lucas Nolan", HtmlImporter.authorFromByline("by Lucas Nolan22 Dec 2016651"));
        assertEquals("Nikhil Marathe", HtmlImporter.authorFromByline("Nikhil Marathe"), "a name is not a month");
        assertNull(HtmlImporter.authorFromByline("Sunday, Feb 1, 2015 11:57 AM UTC"));
        assertEquals("Alex Perry", HtmlImporter.authorFromByline(null, "Last Updated: January 7, 2025", "Alex Perry"));
    }

    @Test
    void acceptsHtmlByExtensionOrByItsFirstBytes() throws IOException {
        assertTrue(importer.accepts(file("story.htm", "anything")));
        assertTrue(importer.accepts(file("story.XHTML", "anything")));
        assertTrue(importer.accepts(file("saved.txt", "\uFEFF  <!DOCTYPE html><html><body>x</body></html>")));
        assertTrue(importer.accepts(file("saved", "<HTML><body>x</body></HTML>")));
        assertFalse(importer.accepts(file("notes.txt", "Just a note about <html> tags.")));
        assertFalse(importer.accepts(file("notes.md", "# Heading\n\ntext")));
    }

    @Test
    void refusesAPageWithoutText() throws IOException {
        SourceFile empty = file("empty.html", "<!doctype html><html><head></head><body><nav>Home</nav></body></html>");
        ImportException e = assertThrows(ImportException.class, () -> importer.parse(empty));
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }

    @Test
    void derivesATitleFromTheTextWhenThePageHasNone() throws Exception {
        SourceFile f = file("untitled.html", "<html><body><p>Short note without any title at all.</p></body></html>");
        ArticleDraft d = importer.parse(f);
        assertTrue(d.meta().titleDerived());
        assertEquals("Short note without any title at all.", d.meta().title());
    }

    private SourceFile file(String name, String content) throws IOException {
        Path p = Files.writeString(tmp.resolve(name), content);
        return new SourceFile(p, Files.readAllBytes(p));
    }
}
