package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Sentence;

class SentencesTest {
    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(s -> s.textIn(text)).toList();
    }

    @Test
    void rankAbbreviationsDoNotEndASentence() {
        assertEquals(List.of("Lt. Gen. Ahmed and Col. Khan met Const. Raza and Sgt. Ali on Monday.", "Maj. Gen. Iqbal left."),
                split("Lt. Gen. Ahmed and Col. Khan met Const. Raza and Sgt. Ali on Monday. Maj. Gen. Iqbal left."));
        assertEquals(List.of("Brig. Shah, Capt. Noor and Supt. Gill spoke to Insp. Malik.", "Adm. Niazi agreed."),
                split("Brig. Shah, Capt. Noor and Supt. Gill spoke to Insp. Malik. Adm. Niazi agreed."));
    }

    @Test
    void monthAbbreviationsDoNotEndASentenceButMayDoes() {
        assertEquals(List.of("The talks ran from Feb. 16 to Sept. 17 in Islamabad."),
                split("The talks ran from Feb. 16 to Sept. 17 in Islamabad."));
        assertEquals(List.of("They met in May.", "Then they left."), split("They met in May. Then they left."));
    }

    @Test
    void aPlacesClockAfterAClockTimeGoesOnTheSentence() {
        assertEquals(List.of("Sales opened at 11 a.m. Paris time, and every ticket was gone within an hour."),
                split("Sales opened at 11 a.m. Paris time, and every ticket was gone within an hour."));
        // a new sentence after the clock time still starts there, "time" later in it or not
        assertEquals(List.of("The fire started at 11 p.m.", "Paris firefighters took time to arrive."),
                split("The fire started at 11 p.m. Paris firefighters took time to arrive."));
        assertEquals(List.of("The fire started at 11 p.m.", "Time was short."), split("The fire started at 11 p.m. Time was short."));
    }

    @Test
    void aroundFindsTheSentenceOfASpanInsideItsBlock() {
        String text = "Talks on Friday\nMr. Landberg said on Friday that Gen. Munir will visit. He left.";
        int at = text.indexOf("Munir");
        Sentence s = Sentences.around(text, at, at + 5);
        assertEquals("Mr. Landberg said on Friday that Gen. Munir will visit.", s.textIn(text));
        int block = text.indexOf('\n') + 1;
        int left = text.indexOf("left");
        assertEquals("He left.", Sentences.around(text, block, text.length(), left, left + 4).textIn(text));
        assertEquals("Talks on Friday", Sentences.around(text, 9, 15).textIn(text), "a line break ends a sentence");
    }

    @Test
    void aroundASpanOverTwoSentencesTakesBoth() {
        String text = "One here. Two there. Three.";
        Sentence s = Sentences.around(text, text.indexOf("here"), text.indexOf("Two") + 3);
        assertEquals("One here. Two there.", s.textIn(text));
    }

    @Test
    void firstSentenceKeepsInitialsAndClosingQuotes() {
        assertEquals("Christopher A. Landberg will lead the talks.", Sentences.first("Christopher A. Landberg will lead the talks. Others follow."));
        assertEquals("He said: “We agree.”", Sentences.first("He said: “We agree.” Then he left."));
        assertEquals("no end here", Sentences.first("no end here"));
    }

    @Test
    void splitsTheRealSampleArticleAtItsSentenceEnds() throws IOException {
        Path file = Path.of(System.getProperty("parallax.sharedData", "../shared/data"), "samples", "story1-outlet-a.txt");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> ss = split(text);
        assertTrue(ss.contains("WASHINGTON: Pakistan and the US will hold a comprehensive dialogue on counter-terrorism and develop "
                + "policy-oriented strategies regarding cooperation between the two countries, the State Department said in a "
                + "statement on Friday."), ss.toString());
        assertTrue(ss.contains("In a meeting with Chief of Army Staff (COAS) General Asim Munir, Counselor Chollet discussed "
                + "security cooperation and counter-terrorism efforts."), ss.toString());
        // the quoted statement is one sentence with its closing quote and attribution
        assertTrue(ss.stream().anyMatch(s -> s.startsWith("\"Chollet and a delegation") && s.endsWith("said the US Embassy in a statement.")),
                ss.toString());
        for (String s : ss) {
            assertTrue(!s.contains("\n") && s.equals(s.strip()), s);
            assertTrue(!s.matches("(?s).*\\b(Mr|Gen|Col|Lt|Dr|Mar|Feb)\\.$"), "ends at an abbreviation: " + s);
        }
    }
}
