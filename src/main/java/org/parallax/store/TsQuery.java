package org.parallax.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.store.Fts5Lexer.Kind;
import org.parallax.store.Fts5Lexer.Token;

/**
 * The search language of a file library (FTS5's: words, "phrases", AND/OR/NOT, prefix*, parentheses, column filters
 * {@code title:} / {@code body:}) read into a tree and written as text for PostgreSQL's {@code to_tsquery('parallax', ?)}.
 * A query FTS5 would reject is rejected here with a {@link QuerySyntaxException} whose message reads as the file
 * library's does; {@code NEAR(...)} and {@code ^} parse but are refused, as tsquery cannot say them.
 *
 * <p>Words are split where FTS5's unicode61 tokenizer splits them (anything but letters, digits and marks), so
 * {@code "U.S."} is the phrase {@code 'u' <-> 's'}; the server indexes text split the same way ({@link #words}).
 * Stemming, case and accents are left to {@code to_tsquery}. Its stop words drop out of the query: in a phrase they
 * keep their place ({@code "bank of england"} is {@code 'bank' <2> 'england'}); beside AND/OR/NOT the operand goes
 * (so {@code cat NOT the} is {@code cat}); a query of stop words only is empty and matches nothing.
 */
public final class TsQuery {
    /** A node of the query tree. */
    public sealed interface Node permits Phrase, Op {
    }

    /**
     * Tokens in sequence (one token: a word), the last one a prefix when {@code prefix} is set; {@code weights} the
     * tsquery weight letters it is restricted to (null: any). No tokens means a phrase that matches nothing.
     */
    public record Phrase(List<String> tokens, boolean prefix, String weights) implements Node {
    }

    /** {@code '&'}, {@code '|'}, or {@code '!'} for FTS5's binary NOT (left and not right). */
    public record Op(char op, Node left, Node right) implements Node {
    }

    /** An article's columns and their weights in {@code article_fts.tsv}: title on A, body on D (the default). */
    public static final Map<String, String> ARTICLE_COLUMNS = Map.of("title", "A", "body", "D");
    /** A note's one column. */
    public static final Map<String, String> NOTE_COLUMNS = Map.of("text", "ABCD");

    /** A tsquery that no indexed text matches: weight B is never written (see {@link PostgresSearch}). */
    static final String NEVER = "'0':B";

    private static final String HINT = "Put phrases in double quotes, and use AND, OR, NOT only between words.";

    private final Node root;

    private TsQuery(Node root) {
        this.root = root;
    }

    /** Reads an article query. @throws QuerySyntaxException where FTS5 would reject it, or it uses NEAR or ^ */
    public static TsQuery parse(String query) {
        return parse(query, ARTICLE_COLUMNS);
    }

    /** Reads a query over the given columns (name to weight letters). */
    public static TsQuery parse(String query, Map<String, String> columns) {
        return new TsQuery(new Parser(lex(query), columns).top());
    }

    /** The tsquery text of an article query, for {@code to_tsquery('parallax', ?)}. */
    public static String translate(String query) {
        return parse(query).text();
    }

    public Node root() {
        return root;
    }

    /** The whole query as tsquery text. */
    public String text() {
        return render(root);
    }

    /** The phrases of the query, in order, each as tsquery text (evaluated on their own for sectioned articles). */
    public List<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>();
        collect(root, out, true);
        return out;
    }

    /** The phrases that count towards a match (not on the right of a NOT), as one OR: what ranking and snippets weigh. */
    public String positiveText() {
        List<Phrase> pos = new ArrayList<>();
        collect(root, pos, false);
        List<String> parts = new ArrayList<>();
        for (Phrase p : pos) if (!p.tokens().isEmpty()) parts.add(render(p));
        return parts.isEmpty() ? NEVER : String.join(" | ", parts);
    }

    private static void collect(Node n, List<Phrase> out, boolean negated) {
        if (n instanceof Phrase p) {
            out.add(p);
        } else if (n instanceof Op o) {
            collect(o.left(), out, negated);
            if (negated || o.op() != '!') collect(o.right(), out, negated);
        }
    }

    /** A node as tsquery text. */
    public static String render(Node n) {
        if (n instanceof Op o) {
            String right = render(o.right());
            return "(" + render(o.left()) + (o.op() == '!' ? " & !" + right : " " + o.op() + " " + right) + ")";
        }
        Phrase p = (Phrase) n;
        if (p.tokens().isEmpty()) return NEVER;
        StringBuilder sb = new StringBuilder();
        if (p.tokens().size() > 1) sb.append('(');
        for (int i = 0; i < p.tokens().size(); i++) {
            if (i > 0) sb.append(" <-> ");
            sb.append('\'').append(p.tokens().get(i).replace("'", "''")).append('\'');
            boolean last = i == p.tokens().size() - 1;
            String w = p.weights() == null ? "" : p.weights();
            if (last && p.prefix()) sb.append(":*").append(w);
            else if (!w.isEmpty()) sb.append(':').append(w);
        }
        if (p.tokens().size() > 1) sb.append(')');
        return sb.toString();
    }

    /**
     * The words of a text as FTS5's unicode61 tokenizer finds them: runs of letters, digits (any number) and marks;
     * everything else separates. Case and accents are kept (the text search configuration folds them).
     */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !wordChar(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            int start = i;
            while (i < n && wordChar(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            if (i > start) out.add(text.substring(start, i));
        }
        return out;
    }

    /** The text with every run of separators (see {@link #words}) made one space: what the server indexes. */
    public static String wordsOnly(String text) {
        return String.join(" ", words(text));
    }

    static boolean wordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.PRIVATE_USE, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    static QuerySyntaxException error(String reason) {
        return new QuerySyntaxException("The search could not be understood (" + reason + "). " + HINT, null);
    }

    /** FTS5's query tokens ({@link Fts5Lexer}) and an end token; a query starting with '*' asks for FTS5's figures. */
    private static List<Token> lex(String q) {
        if (q.startsWith("*")) {
            // FTS5 takes a query starting with '*' as a request for one of its internal figures
            String z = q.substring(1).stripLeading();
            int n = z.indexOf(' ');
            throw error("unknown special query: " + (n < 0 ? z : z.substring(0, n)));
        }
        List<Token> out;
        try {
            out = new ArrayList<>(Fts5Lexer.lex(q));
        } catch (Fts5Lexer.Stop stop) {
            throw error(stop.unterminated ? "unterminated string"
                    : "syntax error near \"" + new String(Character.toChars(q.codePointAt(stop.at))) + "\"");
        }
        out.add(new Token(Kind.EOF, q.length(), q.length(), "", ""));
        return out;
    }

    /**
     * Recursive descent over FTS5's grammar ({@code fts5parse.y}): OR binds loosest, then AND, then NOT (all left to
     * right); juxtaposed phrases (implicit AND) bind tightest and join phrases only, not parenthesized expressions.
     */
    private static final class Parser {
        private final List<Token> tokens;
        private final Map<String, String> columns;
        private final String allWeights;
        private int at;

        Parser(List<Token> tokens, Map<String, String> columns) {
            this.tokens = tokens;
            this.columns = columns;
            this.allWeights = weights(new LinkedHashSet<>(columns.keySet()));
        }

        Node top() {
            Node n = or(null);
            if (peek().kind() != Kind.EOF) throw near(peek());
            return n;
        }

        private Token peek() {
            return tokens.get(at);
        }

        private Token peek(int ahead) {
            return tokens.get(Math.min(at + ahead, tokens.size() - 1));
        }

        private boolean is(Kind k) {
            return peek().kind() == k;
        }

        private Token expect(Kind k) {
            if (!is(k)) throw near(peek());
            return tokens.get(at++);
        }

        private static QuerySyntaxException near(Token t) {
            return error("syntax error near \"" + t.source() + "\"");
        }

        private Node or(String w) {
            Node n = and(w);
            while (is(Kind.OR)) {
                at++;
                n = new Op('|', n, and(w));
            }
            return n;
        }

        private Node and(String w) {
            Node n = not(w);
            while (is(Kind.AND)) {
                at++;
                n = new Op('&', n, not(w));
            }
            return n;
        }

        private Node not(String w) {
            Node n = primary(w);
            while (is(Kind.NOT)) {
                at++;
                n = new Op('!', n, primary(w));
            }
            return n;
        }

        private Node primary(String w) {
            if (is(Kind.LP)) {
                at++;
                Node n = or(w);
                expect(Kind.RP);
                return n;
            }
            if (startsColset()) {
                int mark = at;
                String cw = intersect(w, colset());
                expect(Kind.COLON);
                if (is(Kind.LP)) {
                    at++;
                    Node n = or(cw);
                    expect(Kind.RP);
                    return n;
                }
                at = mark;
            }
            // FTS5 leaves a phrase of no words out of a run of juxtaposed phrases (elsewhere it matches nothing)
            Node n = cnearset(w);
            while (is(Kind.STRING) || is(Kind.CARET) || is(Kind.LCP) || is(Kind.MINUS)) {
                Node next = cnearset(w);
                if (isEmpty(n)) n = next;
                else if (!isEmpty(next)) n = new Op('&', n, next);
            }
            return n;
        }

        private static boolean isEmpty(Node n) {
            return n instanceof Phrase p && p.tokens().isEmpty();
        }

        private Node cnearset(String w) {
            String cw = w;
            if (startsColset()) {
                cw = intersect(w, colset());
                expect(Kind.COLON);
            }
            if (is(Kind.CARET)) throw error("^ (first word of a column) is not supported on a server library");
            if (is(Kind.STRING) && peek(1).kind() == Kind.LP) {
                // FTS5 reads NAME(phrase ... [, N]) whole before it checks that NAME is NEAR
                Token name = peek();
                at += 2;
                do {
                    phrase(null);
                } while (is(Kind.STRING));
                if (is(Kind.COMMA)) {
                    at++;
                    expect(Kind.STRING);
                }
                expect(Kind.RP);
                if (!name.source().equals("NEAR")) throw near(name);
                throw error("NEAR(...) is not supported on a server library");
            }
            return phrase(cw);
        }

        private Node phrase(String w) {
            List<String> words = new ArrayList<>(words(expect(Kind.STRING).text()));
            boolean prefix = false;
            if (is(Kind.STAR)) {
                at++;
                prefix = true;
            }
            while (is(Kind.PLUS)) {
                at++;
                if (prefix) throw error("a prefix* may only end a phrase on a server library");
                words.addAll(words(expect(Kind.STRING).text()));
                if (is(Kind.STAR)) {
                    at++;
                    prefix = true;
                }
            }
            if (w != null && w.isEmpty()) words.clear(); // a column filter no column passes
            return new Phrase(List.copyOf(words), prefix && !words.isEmpty(), w);
        }

        private boolean startsColset() {
            // after '-' or '{' only a column filter may follow (FTS5 then names an unknown column before a missing ':')
            if (is(Kind.MINUS) || is(Kind.LCP)) return true;
            return is(Kind.STRING) && peek(1).kind() == Kind.COLON;
        }

        /** A column filter's weight letters. */
        private String colset() {
            boolean minus = false;
            if (is(Kind.MINUS)) {
                at++;
                minus = true;
            }
            Set<String> named = new LinkedHashSet<>();
            if (is(Kind.LCP)) {
                at++;
                do {
                    named.add(column(expect(Kind.STRING)));
                } while (is(Kind.STRING));
                expect(Kind.RCP);
            } else {
                named.add(column(expect(Kind.STRING)));
            }
            if (minus) {
                Set<String> rest = new LinkedHashSet<>(columns.keySet());
                rest.removeAll(named);
                named = rest;
            }
            return weights(named);
        }

        private String column(Token t) {
            String name = t.text().toLowerCase(Locale.ROOT);
            if (!columns.containsKey(name)) throw error("no such column: " + t.text());
            return name;
        }

        private String weights(Set<String> names) {
            StringBuilder sb = new StringBuilder();
            for (String n : names) {
                for (char c : columns.get(n).toCharArray()) if (sb.indexOf(String.valueOf(c)) < 0) sb.append(c);
            }
            char[] cs = sb.toString().toCharArray();
            java.util.Arrays.sort(cs);
            return new String(cs);
        }

        /** Nested column filters pass only the columns both name; null (no filter) and all columns restrict nothing. */
        private String intersect(String outer, String inner) {
            String in = inner.equals(allWeights) ? null : inner;
            if (outer == null) return in;
            if (in == null) return outer;
            StringBuilder sb = new StringBuilder();
            for (char c : in.toCharArray()) if (outer.indexOf(c) >= 0) sb.append(c);
            return sb.toString();
        }
    }
}
