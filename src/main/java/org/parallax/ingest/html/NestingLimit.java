package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Keeps a parsed page's element nesting within {@link #MAX_DEPTH} levels, so the recursive parts of extraction
 * (Readability's scoring, {@link BlockWalker}) stay fast and cannot overflow the stack: the content of an element at the
 * limit is replaced by its text, one paragraph per block element it held. Real pages stay far below the limit (the
 * deepest of the shared test pages nests 39 levels), so only hostile or broken pages are changed.
 */
public final class NestingLimit {
    /** Levels below the document root an element may sit; over three times the deepest real page seen. */
    public static final int MAX_DEPTH = 128;
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "title", "svg",
            "button", "select", "option", "textarea", "input");
    /** Marks a {@code <br>} in a run of text; jsoup never leaves a NUL in parsed text. */
    private static final char BREAK = '\0';
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private NestingLimit() {
    }

    /** The deepest level of any node under {@code root} (its children are level 1); walked without recursion. */
    public static int depth(Node root) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), root);
        return max[0];
    }

    /**
     * Flattens every element at {@link #MAX_DEPTH} that holds elements into paragraphs of its text. Returns whether
     * anything was changed. Runs in time linear in the page's size.
     */
    public static boolean apply(Node root) {
        List<Element> atLimit = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth < MAX_DEPTH) return FilterResult.CONTINUE;
                if (node instanceof Element e && !e.children().isEmpty()) atLimit.add(e);
                return FilterResult.SKIP_CHILDREN;
            }
        }, root);
        for (Element e : atLimit) flatten(e);
        return !atLimit.isEmpty();
    }

    /** Replaces what {@code e} holds by its text: a paragraph (or heading) per run of text between block elements. */
    private static void flatten(Element e) {
        List<Node> blocks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String[] runTag = {"p"};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == e) return FilterResult.CONTINUE;
                if (node instanceof TextNode t) {
                    run.append(t.getWholeText());
                } else if (node instanceof Element el) {
                    if (SKIP.contains(el.normalName()) || el.hasAttr("hidden")) return FilterResult.SKIP_ENTIRELY;
                    if (el.normalName().equals("br")) {
                        run.append(BREAK);
                    } else if (el.isBlock()) {
                        end(blocks, run, runTag[0]);
                        runTag[0] = HEADINGS.contains(el.normalName()) ? el.normalName() : "p";
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                // jsoup counts a <br> as a block tag: it is a break inside the run, handled at its head
                if (node != e && node instanceof Element el && el.isBlock() && !el.normalName().equals("br")) {
                    end(blocks, run, runTag[0]);
                    runTag[0] = "p";
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        end(blocks, run, runTag[0]);
        e.empty();
        e.appendChildren(blocks);
    }

    private static void end(List<Node> blocks, StringBuilder run, String tag) {
        if (run.toString().isBlank()) {
            run.setLength(0);
            return;
        }
        Element block = new Element(tag);
        String[] lines = run.toString().split(String.valueOf(BREAK), -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) block.appendElement("br");
            block.appendChild(new TextNode(lines[i]));
        }
        blocks.add(block);
        run.setLength(0);
    }
}
