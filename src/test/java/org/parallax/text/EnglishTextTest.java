package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which texts the English recogniser is given: English prose and tables, never prose of another language. */
class EnglishTextTest {
    @Test
    void englishProseReadsAsEnglish() {
        assertTrue(EnglishText.reads("Valdorian Foreign Minister Ilse Marren will travel to Halvik on June 14-15 for talks with her "
                + "Norvenian counterpart on shipping, fisheries and a long-delayed ferry link, the foreign ministry said in a "
                + "statement on Thursday. Marren will meet Norvenian Foreign Minister Pavel Dresnik and is expected to call on "
                + "Prime Minister Oda Lindqvist before returning to Sarnec on Sunday evening."));
    }

    @Test
    void englishWithForeignNamesAndAbbreviationsStaysEnglish() {
        assertTrue(EnglishText.reads("Yang Jiechi met Bashar al-Assad in Damascus, and the U.S. envoy Ali Khan said the talks with "
                + "the MIT team in Des Moines were a non-event, per a statement issued at 10 a.m. EST; Dan and Meg van der Berg "
                + "met them after the talks, which were held in the old post office that the city had restored."));
    }

    @Test
    void aTableOfNamesAndFiguresStaysEnglish() {
        assertTrue(EnglishText.reads("Leeds v Chelsea 2-1\nArsenal v Everton 0-0\nW L PCT GB\nBoston 60 40 .600 -\nNew York 55 45 "
                + ".550 5\nToronto 50 50 .500 10\nBaltimore 45 55 .450 15\nTampa Bay 40 60 .400 20\nHarrow Bank +8.2%\n"
                + "Lumen Platforms +5.1%\nGranary Press +4.4%\nAlice Tennant -12.7%\nQassimi Ports -3.0%"));
    }

    @Test
    void aShortTextIsTooShortToTellAndStaysEnglish() {
        assertTrue(EnglishText.reads("Die Bahn und die Lounge: kein Zugang mehr."));
    }

    @Test
    void proseInOtherLanguagesDoesNot() {
        assertFalse(EnglishText.reads("Leider gibt es seit dem 1. Oktober keinen Zugang mehr zur DB Lounge mit einem Sparpreis-Ticket. "
                + "Auch bei der Buchung von Fahrkarten hat sich einiges geändert, wie die Bahn mitteilte. Wer in der ersten Klasse "
                + "reist, kann die Lounge weiterhin nutzen."));
        assertFalse(EnglishText.reads("Le ministre des Affaires étrangères est arrivé lundi à Halvik pour une visite de deux jours. "
                + "Il doit rencontrer son homologue et le Premier ministre, qui a dit que les discussions porteraient sur la pêche "
                + "et sur le ferry."));
        assertFalse(EnglishText.reads("Minister spraw zagranicznych przybył w poniedziałek do Halviku. Jak poinformowało "
                + "ministerstwo, rozmowy dotyczą rybołówstwa oraz promu, który nie kursuje od dwóch lat, i nie jest jasne, czy "
                + "zostanie przywrócony w tym roku."));
    }

    @Test
    void textInAnotherScriptDoesNot() {
        assertFalse(EnglishText.reads("Министр иностранных дел прибыл в понедельник в Хальвик с двухдневным визитом. Он встретится "
                + "со своим коллегой и премьер-министром, чтобы обсудить рыболовство и паромное сообщение между странами."));
        assertFalse(EnglishText.reads("外交部长周一抵达哈尔维克进行为期两天的访问，他将与对方外长和总理会谈，讨论渔业和渡轮航线的问题。"));
    }
}
