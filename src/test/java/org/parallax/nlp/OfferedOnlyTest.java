package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfferedOnlyTest {
    @Test
    void anInvitationOrADenialInSoManyWordsIsNoEvent() {
        assertTrue(OfferedOnly.offeredOnly("His Excellency Mr Mwale invited His Excellency Dr Molefe to pay a state visit to Zambia in 2040."));
        assertTrue(OfferedOnly.offeredOnly("Soto renewed an invitation for the Pope to visit Chile, for which no date has been set."));
        assertTrue(OfferedOnly.offeredOnly("The premier has invited her to visit Accra next year."));
        assertTrue(OfferedOnly.offeredOnly("On Wednesday a spokesman had told reporters that \"no such meeting took place\"."));
        assertTrue(OfferedOnly.offeredOnly("Aides said the meeting never happened."));
        assertTrue(NotAnEvent.planOff("Mwale invited Molefe to pay a state visit to Zambia in 2040."));
    }

    @Test
    void aVisitMadeAtAnInvitationStays() {
        assertFalse(OfferedOnly.offeredOnly("At the invitation of Dr Kagiso Molefe, Mr Chanda Mwale paid an official visit to Botswana"
                + " from 5 to 7 April 2039."));
        assertFalse(OfferedOnly.offeredOnly("Nawrocki invited the pope when they met at the Vatican in January."));
        assertFalse(OfferedOnly.offeredOnly("The meeting took place at the Al Bustan Palace hotel on Tuesday."));
    }
}
