package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

class FormMemoTest {
    @Test
    void makesEachValueOnceAndStaysBounded() {
        Map<String, String> memo = new ConcurrentHashMap<>();
        AtomicInteger made = new AtomicInteger();
        assertEquals("A!", FormMemo.get(memo, "A", f -> f + "!" + (made.incrementAndGet() > 1 ? "again" : "")));
        assertEquals("A!", FormMemo.get(memo, "A", f -> f + "!" + (made.incrementAndGet() > 1 ? "again" : "")));
        assertEquals(1, made.get());
        for (int i = 0; i < 100_010; i++) FormMemo.get(memo, "form " + i, f -> f);
        assertTrue(memo.size() <= 100_001, "the memo starts again past its bound: " + memo.size());
    }

    @Test
    void aValueMayBeMadeFromAnotherOfTheSameMemo() {
        Map<String, String> memo = new ConcurrentHashMap<>();
        // as a person's key is made from its tokens: no nested-update failure, and both are kept
        assertEquals("inner outer", FormMemo.get(memo, "outer", f -> FormMemo.get(memo, "inner", g -> g) + " " + f));
        assertEquals("inner", memo.get("inner"));
    }

    @Test
    void keysAndTokensAreTheSameAskedAgain() {
        String first = EntityLinker.key(EntityType.PERSON, "Mr. Tony Blair's");
        assertEquals(first, EntityLinker.key(EntityType.PERSON, "Mr. Tony Blair's"));
        assertEquals("tony blair", first);
        assertEquals(EntityLinker.tokens("Tony  Blair"), EntityLinker.tokens("Tony  Blair"));
        assertEquals(java.util.List.of("tony", "blair"), EntityLinker.tokens("Tony  Blair"));
    }
}
