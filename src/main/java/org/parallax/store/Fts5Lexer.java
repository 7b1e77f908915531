package org.parallax.store;

import java.util.ArrayList;
import java.util.List;

/**
 * FTS5's query tokenizer ({@code fts5_expr.c}), shared by the file library's query rewriting ({@link FtsQuery}) and
 * the server library's translation of the same language ({@link TsQuery}), so the two read a query alike: whitespace is
 * space, tab, CR and LF; one-character operators; a string in double quotes doubles its quotes; a bareword is letters,
 * digits, '_', U+001A and anything beyond ASCII; AND, OR and NOT are operators only so spelled.
 */
final class Fts5Lexer {
    enum Kind { STRING, STAR, PLUS, CARET, COLON, MINUS, LP, RP, LCP, RCP, COMMA, AND, OR, NOT, EOF }

    /**
     * One token: its kind, where it stands in the query ({@code start} to {@code end}, which is {@code source}), and
     * its text (a quoted string's without the quotes, its doubled quotes single).
     */
    record Token(Kind kind, int start, int end, String text, String source) {
    }

    /** Where FTS5's tokenizer stops with an error: an unterminated string, or a character no token starts with. */
    static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        /** The offset of the string's opening quote, or of the character. */
        final int at;
        /** Whether a string runs to the end of the query without its closing quote. */
        final boolean unterminated;

        Stop(int at, boolean unterminated) {
            super(null, null, false, false);
            this.at = at;
            this.unterminated = unterminated;
        }
    }

    private Fts5Lexer() {
    }

    /** The tokens of {@code q}, without an end token. */
    static List<Token> lex(String q) throws Stop {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            Kind single = switch (c) {
                case '(' -> Kind.LP;
                case ')' -> Kind.RP;
                case '{' -> Kind.LCP;
                case '}' -> Kind.RCP;
                case ':' -> Kind.COLON;
                case ',' -> Kind.COMMA;
                case '+' -> Kind.PLUS;
                case '*' -> Kind.STAR;
                case '-' -> Kind.MINUS;
                case '^' -> Kind.CARET;
                default -> null;
            };
            if (single != null) {
                String s = String.valueOf(c);
                out.add(new Token(single, i, i + 1, s, s));
                i++;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= q.length()) throw new Stop(i, true);
                    char d = q.charAt(j);
                    if (d == '"') {
                        if (j + 1 < q.length() && q.charAt(j + 1) == '"') {
                            text.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    text.append(d);
                    j++;
                }
                out.add(new Token(Kind.STRING, i, j + 1, text.toString(), q.substring(i, j + 1)));
                i = j + 1;
            } else if (bareword(c)) {
                int j = i;
                while (j < q.length() && bareword(q.charAt(j))) j++;
                String word = q.substring(i, j);
                Kind k = switch (word) {
                    case "AND" -> Kind.AND;
                    case "OR" -> Kind.OR;
                    case "NOT" -> Kind.NOT;
                    default -> Kind.STRING;
                };
                out.add(new Token(k, i, j, word, word));
                i = j;
            } else {
                throw new Stop(i, false);
            }
        }
        return out;
    }

    private static boolean bareword(char c) {
        return c >= 0x80 || c == '_' || c == 0x1A || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
