package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.store.Fts5Lexer.Kind;
import org.parallax.store.Fts5Lexer.Token;

/** The one reading of FTS5's query tokens that the file library's rewriting and the server's translation share. */
class Fts5LexerTest {
    @Test
    void readsOperatorsQuotedStringsAndBarewordsWithTheirPlaces() throws Fts5Lexer.Stop {
        String q = "title:\"a \"\"b\"\"\" OR visit* NOT(x)";
        List<Token> t = Fts5Lexer.lex(q);
        assertEquals(List.of(Kind.STRING, Kind.COLON, Kind.STRING, Kind.OR, Kind.STRING, Kind.STAR, Kind.NOT, Kind.LP,
                Kind.STRING, Kind.RP), t.stream().map(Token::kind).toList());
        Token quoted = t.get(2);
        assertEquals("a \"b\"", quoted.text());
        assertEquals(q.substring(quoted.start(), quoted.end()), quoted.source());
        assertEquals("\"a \"\"b\"\"\"", quoted.source());
        // AND, OR and NOT are operators only in capitals; anything beyond ASCII is part of a word
        assertEquals(List.of(Kind.STRING, Kind.STRING, Kind.STRING), Fts5Lexer.lex("or and Zürich").stream().map(Token::kind).toList());
    }

    @Test
    void stopsWhereFts5Stops() {
        Fts5Lexer.Stop open = assertThrows(Fts5Lexer.Stop.class, () -> Fts5Lexer.lex("ferry \"link"));
        assertTrue(open.unterminated);
        assertEquals(6, open.at);
        Fts5Lexer.Stop odd = assertThrows(Fts5Lexer.Stop.class, () -> Fts5Lexer.lex("ferry & link"));
        assertFalse(odd.unterminated);
        assertEquals(6, odd.at);
    }
}
