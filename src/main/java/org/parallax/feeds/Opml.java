package org.parallax.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * OPML subscription lists, as feed readers exchange them: every {@code <outline>} with an {@code xmlUrl}, at any
 * depth (folders are flattened), is read; writing gives OPML 2.0 with one outline per feed. DTDs and external
 * entities are refused, so a hostile file cannot read local files.
 */
public final class Opml {
    /** One subscription in an OPML file: the feed's URL, and its title and site (either may be null). */
    public record Outline(String xmlUrl, String title, String htmlUrl) {
    }

    private Opml() {
    }

    /** The subscriptions in {@code file}; an unreadable or malformed file is an IOException with a one-line reason. */
    public static List<Outline> read(Path file) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(in);
        } catch (NoSuchFileException e) {
            throw new IOException("does not exist", e);
        } catch (SAXException e) {
            throw new IOException("is not well-formed XML (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (!"opml".equals(doc.getDocumentElement().getTagName())) throw new IOException("is XML but not OPML (no <opml> root)");
        List<Outline> out = new ArrayList<>();
        NodeList outlines = doc.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element e = (Element) outlines.item(i);
            String url = attr(e, "xmlUrl");
            if (url == null) continue;
            String title = attr(e, "title");
            out.add(new Outline(url, title != null ? title : attr(e, "text"), attr(e, "htmlUrl")));
        }
        return out;
    }

    /** Writes {@code outlines} as an OPML 2.0 document titled {@code title}. */
    public static void write(List<Outline> outlines, String title, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("opml");
            x.writeAttribute("version", "2.0");
            x.writeCharacters("\n  ");
            x.writeStartElement("head");
            element(x, "title", title);
            element(x, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeStartElement("body");
            for (Outline o : outlines) {
                x.writeCharacters("\n    ");
                x.writeEmptyElement("outline");
                x.writeAttribute("type", "rss");
                String name = o.title() != null ? o.title() : o.xmlUrl();
                x.writeAttribute("text", name);
                x.writeAttribute("title", name);
                x.writeAttribute("xmlUrl", o.xmlUrl());
                if (o.htmlUrl() != null) x.writeAttribute("htmlUrl", o.htmlUrl());
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
