package org.parallax.feeds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the commonest namespace mistake of real feeds: an element such as {@code content:encoded} whose prefix is
 * never declared, which an XML parser rightly refuses. The missing prefixes are declared on the root element, with
 * the module's real namespace when the prefix is a well-known one (so its content is read), else a placeholder.
 */
final class Namespaces {
    private static final Map<String, String> KNOWN = Map.of(
            "content", "http://purl.org/rss/1.0/modules/content/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "atom", "http://www.w3.org/2005/Atom",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "media", "http://search.yahoo.com/mrss/",
            "wfw", "http://wellformedweb.org/CommentAPI/",
            "slash", "http://purl.org/rss/1.0/modules/slash/",
            "sy", "http://purl.org/rss/1.0/modules/syndication/",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "feedburner", "http://rssnamespace.org/feedburner/ext/1.0");
    private static final Pattern USED = Pattern.compile("<\\/?([A-Za-z_][\\w.-]*):[A-Za-z_]");
    private static final Pattern DECLARED = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
    private static final Pattern ROOT = Pattern.compile("<(?![?!])[A-Za-z_][\\w:.-]*");
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

    private Namespaces() {
    }

    /** The document with its undeclared prefixes declared on the root element, or null when none is missing. */
    static byte[] declareMissing(byte[] body) {
        Charset cs = charset(body);
        String doc = new String(body, cs);
        Set<String> missing = new LinkedHashSet<>();
        Matcher u = USED.matcher(doc);
        while (u.find()) missing.add(u.group(1));
        Matcher d = DECLARED.matcher(doc);
        while (d.find()) missing.remove(d.group(1));
        missing.remove("xml");
        missing.remove("xmlns");
        Matcher root = ROOT.matcher(doc);
        if (missing.isEmpty() || !root.find()) return null;
        StringBuilder decl = new StringBuilder();
        for (String p : missing) decl.append(" xmlns:").append(p).append("=\"").append(KNOWN.getOrDefault(p, "urn:x-undeclared:" + p)).append('"');
        return (doc.substring(0, root.end()) + decl + doc.substring(root.end())).getBytes(cs);
    }

    private static Charset charset(byte[] body) {
        Matcher m = ENCODING.matcher(new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1).stripLeading());
        try {
            return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
