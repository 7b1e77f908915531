package org.parallax.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Picks an article's content images from its extracted body, by kind rather than by site: only images inside the
 * body count (the page's ads and widgets were left outside it), and among those, pixels and icons (declared 1 to 15
 * pixels wide or high), data: placeholders, URLs with a path segment that names a tracker, beacon, ad or spacer, and
 * images from a known ad or analytics host are passed over. Lazy-loaded images are taken from data-src (before a
 * placeholder src) or srcset.
 */
public final class ContentImages {
    /** A chosen image: its absolute URL and its caption (the figure's figcaption, else alt or title text; may be null). */
    public record Candidate(URI url, String caption) {
    }

    /** A whole path segment (or file name without extension) that names a tracker, an ad or a spacer. */
    private static final Pattern TRACKER_PATH = Pattern.compile("(?i)/(pixel|beacon|tracking|tracker|track|analytics|"
            + "ads?|adserver|adsystem|adview|spacer|1x1|blank|clear|transparent|count|counter|impression|collect)"
            + "(\\.(gif|png|jpe?g|php|aspx?|cgi))?(/|$)");
    private static final Pattern TRACKER_HOST = Pattern.compile("(?i)(^|\\.)(doubleclick\\.net|googlesyndication\\.com|"
            + "google-analytics\\.com|googletagmanager\\.com|googleadservices\\.com|adservice\\.google\\.[a-z.]+|"
            + "scorecardresearch\\.com|quantserve\\.com|amazon-adsystem\\.com|adnxs\\.com|taboola\\.com|outbrain\\.com|"
            + "chartbeat\\.net|facebook\\.com|pixel\\.[a-z0-9.-]+|ads?\\.[a-z0-9.-]+|stats\\.[a-z0-9.-]+|"
            + "analytics\\.[a-z0-9.-]+|sb\\.scorecardresearch\\.com|bat\\.bing\\.com|criteo\\.(com|net)|moatads\\.com)$");
    private static final int MIN_DECLARED = 16;

    private ContentImages() {
    }

    /** The content images inside {@code body} of the page at {@code page}, in page order, at most {@code max}, without repeats. */
    public static List<Candidate> find(Element body, URI page, int max) {
        List<Candidate> out = new ArrayList<>();
        if (body == null) return out;
        Set<URI> seen = new LinkedHashSet<>();
        for (Element img : body.select("img")) {
            if (out.size() >= max) break;
            if (tiny(img.attr("width")) || tiny(img.attr("height"))) continue;
            URI u = samePort(source(img), page);
            if (u == null || !Fetcher.isWebUrl(u) || isTracker(u) || !seen.add(u)) continue;
            out.add(new Candidate(u, caption(img)));
        }
        return out;
    }

    /**
     * The extractor (Readability4J) makes relative links absolute without the page's port; a link to the page's own
     * scheme and host without a port, on a page served from a port of its own, gets the page's port back.
     */
    private static URI samePort(URI u, URI page) {
        if (u == null || page == null || u.getPort() != -1 || page.getPort() == -1) return u;
        if (!page.getScheme().equalsIgnoreCase(u.getScheme()) || !page.getHost().equalsIgnoreCase(u.getHost())) return u;
        try {
            return new URI(u.getScheme(), u.getUserInfo(), u.getHost(), page.getPort(), u.getPath(), u.getQuery(), null);
        } catch (URISyntaxException e) {
            return u;
        }
    }

    /** Whether a URL is of the tracker, ad or spacer kind. */
    public static boolean isTracker(URI u) {
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        if (TRACKER_HOST.matcher(host).find()) return true;
        return u.getRawPath() != null && TRACKER_PATH.matcher(u.getRawPath()).find();
    }

    /** A declared size under {@link #MIN_DECLARED} pixels ("1", "1px"); percentages and blanks say nothing. */
    private static boolean tiny(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT).replace("px", "");
        if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 6) return false;
        return Integer.parseInt(s) < MIN_DECLARED;
    }

    private static URI source(Element img) {
        // a lazy-loaded image keeps its real source in data-*, and a placeholder in src
        for (String attr : new String[] {"data-src", "data-original", "data-lazy-src", "src"}) {
            String v = img.attr(attr).strip();
            if (v.isEmpty() || v.startsWith("data:")) continue;
            URI u = absolute(img, attr, v);
            if (u != null) return u;
        }
        String srcset = img.hasAttr("srcset") ? img.attr("srcset") : img.attr("data-srcset");
        // candidates are separated by a comma and white space; a comma inside a URL ("c_fill,f_auto") is not one
        for (String part : srcset.split(",\\s+")) {
            String v = part.strip().split("\\s+")[0];
            if (v.isEmpty() || v.startsWith("data:")) continue;
            URI u = absolute(img, null, v);
            if (u != null) return u;
        }
        return null;
    }

    private static URI absolute(Element img, String attr, String value) {
        String abs = attr != null ? img.absUrl(attr) : null;
        if (abs == null || abs.isEmpty()) {
            try {
                URI base = new URI(img.baseUri());
                abs = base.resolve(new URI(value.replace(" ", "%20"))).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
        try {
            URI u = new URI(abs.replace(" ", "%20"));
            return new URI(u.getScheme(), u.getRawAuthority() == null ? null : u.getAuthority(), u.getPath(), u.getQuery(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String caption(Element img) {
        Element figure = img.closest("figure");
        if (figure != null) {
            Element cap = figure.selectFirst("figcaption");
            if (cap != null && !cap.text().isBlank()) return clean(cap.text());
        }
        String alt = img.attr("alt");
        if (!alt.isBlank()) return clean(alt);
        String title = img.attr("title");
        return title.isBlank() ? null : clean(title);
    }

    private static String clean(String s) {
        String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.length() > 500 ? t.substring(0, 500) + "…" : t;
    }
}
