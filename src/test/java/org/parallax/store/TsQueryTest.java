package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The file library's query language written as tsquery text; which queries are refused, and why, is checked against
 * a real FTS5 table (in memory), so the server library accepts and rejects what the file library does.
 */
class TsQueryTest {
    @Test
    void writesEachOperatorAsTsquery() {
        assertEquals("'running'", TsQuery.translate("running"));
        assertEquals("('bank' <-> 'of' <-> 'england')", TsQuery.translate("\"bank of england\""));
        assertEquals("('a' & 'b')", TsQuery.translate("a AND b"));
        assertEquals("('a' & 'b')", TsQuery.translate("a b"), "juxtaposed words are an implicit AND");
        assertEquals("('a' | 'b')", TsQuery.translate("a OR b"));
        assertEquals("('a' & !'b')", TsQuery.translate("a NOT b"), "FTS5's NOT is binary");
        assertEquals("'elect':*", TsQuery.translate("elect*"));
        assertEquals("('new' <-> 'york':*)", TsQuery.translate("\"new york\"*"));
        assertEquals("(('a' | 'b') & 'c')", TsQuery.translate("(a OR b) AND c"));
        assertEquals("'and'", TsQuery.translate("and"), "only upper-case AND is an operator, as in FTS5");
        assertEquals("'AND'", TsQuery.translate("\"AND\""));
    }

    @Test
    void bindsAsFts5Does() {
        // NOT binds tighter than AND, AND tighter than OR, the implicit AND tightest of all
        assertEquals("('a' | ('b' & 'c'))", TsQuery.translate("a OR b AND c"));
        assertEquals("('a' & ('b' & !'c'))", TsQuery.translate("a AND b NOT c"));
        assertEquals("(('a' & 'b') | 'c')", TsQuery.translate("a b OR c"));
        assertEquals("(('a' & !'b') & !'c')", TsQuery.translate("a NOT b NOT c"));
    }

    @Test
    void splitsWordsWhereUnicode61Does() {
        assertEquals("('U' <-> 'S')", TsQuery.translate("\"U.S.\""));
        assertEquals("('counter' <-> 'terrorism')", TsQuery.translate("\"counter-terrorism\""));
        assertEquals("('Māori' <-> 's')", TsQuery.translate("Māori’s"), "a curly apostrophe is a bareword character but splits");
        assertEquals("('3' <-> '5')", TsQuery.translate("\"3.5\""));
        assertEquals("'café'", TsQuery.translate("café"), "accents are left to the configuration's unaccent");
        assertEquals(List.of("U", "S", "counter", "terrorism", "2019", "x", "y", "中文"),
                TsQuery.words("U.S. counter-terrorism, 2019; x_y 中文"));
        assertEquals("U S e mail foo bar", TsQuery.wordsOnly("U.S. e-mail: foo@bar"));
    }

    @Test
    void columnFiltersBecomeWeights() {
        assertEquals("'whale':A", TsQuery.translate("title:whale"));
        assertEquals("('whale':D & 'sea')", TsQuery.translate("body:whale sea"));
        assertEquals("'whale':D", TsQuery.translate("-title:whale"));
        assertEquals("'whale'", TsQuery.translate("{title body}:whale"));
        assertEquals("('a':A | 'b':*A)", TsQuery.translate("title:(a OR b*)"));
        assertEquals(TsQuery.NEVER, TsQuery.translate("title:(body:a)"), "no column passes both filters");
        assertEquals("'a'", TsQuery.parse("text:a", TsQuery.NOTE_COLUMNS).text());
    }

    @Test
    void aPhraseOfNoWordsIsLeftOutOrMatchesNothing() {
        // as in FTS5: left out beside juxtaposed words, matching nothing with AND
        assertEquals("'a'", TsQuery.translate("a \"...\""));
        assertEquals("('a' & " + TsQuery.NEVER + ")", TsQuery.translate("a AND \"...\""));
        assertEquals("('a' | " + TsQuery.NEVER + ")", TsQuery.translate("a OR \"...\""));
    }

    @Test
    void refusesWhatTsqueryCannotSay() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> TsQuery.translate("NEAR(a b, 3)"));
        assertTrue(e.getMessage().contains("NEAR"), e.getMessage());
        assertThrows(QuerySyntaxException.class, () -> TsQuery.translate("^start"));
    }

    /** Valid and invalid queries: the server side accepts exactly what FTS5 accepts, and names the same reason. */
    @Test
    void acceptsAndRefusesWhatFts5Does() throws SQLException {
        List<String> queries = List.of("whale", "whale strandings", "\"whale strandings\"", "whale AND sea", "whale OR sea",
                "whale NOT sea", "strand*", "(whale OR dolphin) AND sea", "title:whale", "-body:whale", "{title body}:whale",
                "title:(whale OR sea)", "\"new york\"*", "a + b", "café", "Māori’s", "a OR b AND c NOT d", "2019",
                // refused by FTS5
                "AND", "whale AND", "NOT whale", "whale NOT", "OR whale", "(whale", "whale)", "()", "\"whale", "U.S.",
                "counter-terrorism", "3.5", "whale (sea OR ocean)", "whale -sea", "nosuch:whale", "whale AND AND sea",
                "a:b:c", "{title}:", "whale (sea ocean)", "NEAR(a b", "*whale", "whale*sea", "whale, sea", "#tag", "a + ", "foo(bar)", "whale ()");
        int refused = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')");
            }
            for (String q : queries) {
                String fts5Error = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM t WHERE t MATCH ?")) {
                    ps.setString(1, q);
                    ps.executeQuery().close();
                } catch (SQLException e) {
                    fts5Error = Database.cleanFtsMessage(e.getMessage());
                }
                String ours = null;
                try {
                    TsQuery.translate(q);
                } catch (QuerySyntaxException e) {
                    ours = e.getMessage();
                }
                if (fts5Error == null && ours != null) fail(q + ": FTS5 accepts it, the server side says " + ours);
                if (fts5Error != null && ours == null) fail(q + ": FTS5 refuses it (" + fts5Error + "), the server side accepts it");
                if (fts5Error != null) {
                    refused++;
                    assertTrue(ours.contains("(" + fts5Error + ")"), q + ": FTS5 says " + fts5Error + ", the server side " + ours);
                }
            }
        }
        assertTrue(refused >= 20, refused + " refused");
    }
}
