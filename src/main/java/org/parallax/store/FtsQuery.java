package org.parallax.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.parallax.store.Fts5Lexer.Kind;
import org.parallax.store.Fts5Lexer.Token;

/**
 * FTS5's query grammar (SQLite's {@code fts5parse.y} and the tokenizer in {@code fts5_expr.c}), read just far enough to
 * replace prefix terms that stand as whole phrases by a parenthesized expression without changing what the query means
 * or whether FTS5 accepts it. A query this reader cannot follow is returned unchanged, so FTS5 itself judges it.
 *
 * <p>The rule: a parenthesized expression may stand wherever FTS5 takes an expression, but not beside a phrase (the
 * implicit AND of {@code a b} joins phrases only: {@code a (b OR c)} is a syntax error) and not inside a phrase,
 * {@code NEAR(...)}, a column filter's phrase or after {@code ^}. So a run of phrases joined by implicit AND
 * ({@code Chollet visit*}) in which a prefix is replaced is written with explicit ANDs in parentheses
 * ({@code (Chollet AND ("visit" OR "visits"))}): the implicit AND binds tighter than NOT, AND and OR, so the
 * parentheses keep the meaning. Prefixes inside NEAR, after {@code ^}, joined by {@code +} or after a column filter
 * are left to FTS5.
 */
final class FtsQuery {
    /** Replaces one prefix (its text without the star, quotes removed) by an expression, or null to leave it. */
    @FunctionalInterface
    interface Expander {
        String expand(String prefix) throws SQLException;
    }

    /** One phrase of an implicit-AND run: where it is, and the prefix it consists of (null when it is not one). */
    private record Part(int start, int end, String prefix) {
    }

    /** A run of phrases joined by implicit AND. */
    private record Run(List<Part> parts) {
    }

    private final String query;
    private final List<Token> tokens;
    private final List<Run> runs = new ArrayList<>();
    private int at;

    private FtsQuery(String query, List<Token> tokens) {
        this.query = query;
        this.tokens = tokens;
    }

    /** The query with its whole-phrase prefixes expanded; the query itself when FTS5 would reject it or none is. */
    static String rewrite(String query, Expander expander) throws SQLException {
        List<Token> tokens;
        try {
            tokens = Fts5Lexer.lex(query);
        } catch (Fts5Lexer.Stop notFts5) {
            return query;
        }
        if (tokens.isEmpty()) return query;
        FtsQuery q = new FtsQuery(query, tokens);
        try {
            q.expr();
            if (q.at != tokens.size()) return query;
        } catch (IllegalArgumentException notFts5) {
            return query;
        }
        StringBuilder out = new StringBuilder(query.length() * 4);
        int copied = 0;
        for (Run run : q.runs) {
            List<String> written = new ArrayList<>(run.parts().size());
            boolean changed = false;
            for (Part p : run.parts()) {
                String e = p.prefix() == null ? null : expander.expand(p.prefix());
                changed |= e != null;
                written.add(e != null ? e : query.substring(p.start(), p.end()));
            }
            if (!changed) continue;
            Part first = run.parts().get(0);
            out.append(query, copied, first.start());
            out.append(written.size() == 1 ? written.get(0) : "(" + String.join(" AND ", written) + ")");
            copied = run.parts().get(run.parts().size() - 1).end();
        }
        if (copied == 0) return query;
        return out.append(query, copied, query.length()).toString();
    }

    // expr := operand ((AND | OR | NOT) operand)*; precedence does not matter here, only where operands are
    private void expr() {
        operand();
        while (is(Kind.AND) || is(Kind.OR) || is(Kind.NOT)) {
            at++;
            operand();
        }
    }

    // operand := LP expr RP | colset COLON LP expr RP | cnearset+
    private void operand() {
        if (is(Kind.LP)) {
            at++;
            expr();
            expect(Kind.RP);
            return;
        }
        int mark = at;
        if (startsColset()) {
            colset();
            expect(Kind.COLON);
            if (is(Kind.LP)) {
                at++;
                expr();
                expect(Kind.RP);
                return;
            }
            at = mark;
        }
        List<Part> parts = new ArrayList<>();
        do {
            parts.add(cnearset());
        } while (is(Kind.STRING) || is(Kind.CARET) || is(Kind.MINUS) || is(Kind.LCP));
        runs.add(new Run(parts));
    }

    // cnearset := [colset COLON] nearset; nearset := CARET phrase | STRING LP phrase+ [COMMA STRING] RP | phrase
    private Part cnearset() {
        int start = token().start();
        boolean filtered = false;
        if (startsColset()) {
            colset();
            expect(Kind.COLON);
            filtered = true;
        }
        if (is(Kind.CARET)) {
            at++;
            phrase();
            return new Part(start, tokens.get(at - 1).end(), null);
        }
        if (is(Kind.STRING) && at + 1 < tokens.size() && tokens.get(at + 1).kind() == Kind.LP) {
            at += 2;
            do {
                phrase();
            } while (is(Kind.STRING));
            if (is(Kind.COMMA)) {
                at++;
                expect(Kind.STRING);
            }
            expect(Kind.RP);
            return new Part(start, tokens.get(at - 1).end(), null);
        }
        int first = at;
        phrase();
        boolean prefix = !filtered && at - first == 2 && tokens.get(first + 1).kind() == Kind.STAR;
        return new Part(start, tokens.get(at - 1).end(), prefix ? tokens.get(first).text() : null);
    }

    // phrase := STRING [STAR] (PLUS STRING [STAR])*
    private void phrase() {
        expect(Kind.STRING);
        if (is(Kind.STAR)) at++;
        while (is(Kind.PLUS)) {
            at++;
            expect(Kind.STRING);
            if (is(Kind.STAR)) at++;
        }
    }

    /** A column filter starts here: {@code col:}, {@code -col:}, {@code {a b}:}, {@code -{a b}:}. */
    private boolean startsColset() {
        int i = at;
        if (i < tokens.size() && tokens.get(i).kind() == Kind.MINUS) i++;
        if (i >= tokens.size()) return false;
        if (tokens.get(i).kind() == Kind.LCP) return true;
        return tokens.get(i).kind() == Kind.STRING && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.COLON;
    }

    // colset := [MINUS] (STRING | LCP STRING+ RCP)
    private void colset() {
        if (is(Kind.MINUS)) at++;
        if (is(Kind.LCP)) {
            at++;
            do {
                expect(Kind.STRING);
            } while (is(Kind.STRING));
            expect(Kind.RCP);
        } else {
            expect(Kind.STRING);
        }
    }

    private Token token() {
        if (at >= tokens.size()) throw new IllegalArgumentException("end of query");
        return tokens.get(at);
    }

    private boolean is(Kind k) {
        return at < tokens.size() && tokens.get(at).kind() == k;
    }

    private void expect(Kind k) {
        if (token().kind() != k) throw new IllegalArgumentException("expected " + k);
        at++;
    }
}
