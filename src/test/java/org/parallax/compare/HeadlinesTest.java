package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

/** A headline names its event in one word; the event pass links it on that word, a sentence of prose still needs two. */
class HeadlinesTest {
    private final SentenceAligner aligner = new SentenceAligner();

    @Test
    void aShortLineWithNoStopIsAHeadline() {
        assertTrue(Headlines.isHeadline("US mafia godfather Gigante dies"));
        assertTrue(Headlines.isHeadline("AMD Buys SeaMicro, Enters Server Hardware Business"));
        assertFalse(Headlines.isHeadline("The mob boss died in prison on Monday."));
        assertFalse(Headlines.isHeadline("\"We are shocked\""), "a quote's end");
        assertFalse(Headlines.isHeadline("Is this the end?"));
        assertFalse(Headlines.isHeadline("The mob boss, who had feigned madness for decades to keep out of court and who was"
                + " known to neighbours as a harmless old man in a bathrobe, died in a prison hospital"), "too long for a headline");
    }

    @Test
    void aHeadlineMeetsTheSentenceThatTellsItsEventOnOneEventWord() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Mob boss Gigante dies in prison",
                "He led the Genovese family for decades."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Lawyers for the family asked for an inquiry.",
                "Vincent Gigante dies in hospital at 77, his lawyer says."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Gigante dies", b, "Vincent Gigante"), al.toString());
    }

    @Test
    void theSameLineWithAStopIsProseAndStillNeedsTwoEventWords() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Mob boss Gigante dies in prison.",
                "He led the Genovese family for decades."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Lawyers for the family asked for an inquiry.",
                "Vincent Gigante dies in hospital at 77, his lawyer says."));
        Alignment al = aligner.align(a, b);
        assertFalse(Samples.paired(al, a, "Gigante dies", b, "Vincent Gigante"), al.toString());
    }

    @Test
    void everySentenceThatTellsTheEventMeetsTheOtherSidesHeadline() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Jazz singer Marla Voss died at 88",
                "She recorded more than forty albums."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Marla Voss, the jazz singer, has died at the age of 88, her agent said.",
                "Jazz fans in Lisbon, where Voss died at her home, left flowers at the door."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Marla Voss died", b, "Marla Voss, the jazz singer"), al.toString());
        assertTrue(Samples.paired(al, a, "Marla Voss died", b, "Jazz fans in Lisbon"), al.toString());
    }

    @Test
    void aSentenceOfProseStillNeedsTwoEventWordsForAnotherSentenceOfProse() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Jazz singer Marla Voss died at 88.",
                "She recorded more than forty albums."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Marla Voss, the jazz singer, has died at the age of 88, her agent said.",
                "Jazz fans in Lisbon, where Voss died at her home, left flowers at the door."));
        Alignment al = aligner.align(a, b);
        assertFalse(Samples.paired(al, a, "Marla Voss died", b, "Jazz fans in Lisbon"), al.toString());
    }
}
