package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void keepsThePrecisionItWasGiven() {
        assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2002").precision());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2007-09").precision());
        assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2010-09-06").precision());
        assertEquals("2002", PartialDate.parse("2002").toString());
        assertEquals("2007-09", PartialDate.parse("2007-09").toString());
        assertEquals("2010-09-06", PartialDate.parse("2010-09-06").toString());
    }

    @Test
    void spansTheWholePeriodItNames() {
        PartialDate month = PartialDate.parse("2007-09");
        assertEquals(LocalDate.of(2007, 9, 1), month.firstDay());
        assertEquals(LocalDate.of(2007, 9, 30), month.lastDay());
        PartialDate leapFeb = PartialDate.parse("2008-02");
        assertEquals(LocalDate.of(2008, 2, 29), leapFeb.lastDay());
        assertEquals(LocalDate.of(2002, 12, 31), PartialDate.parse("2002").lastDay());
    }

    @Test
    void aMonthOverlapsItsDaysAndAYearItsMonths() {
        assertTrue(PartialDate.parse("2007-09").overlaps(PartialDate.parse("2007-09-15")));
        assertTrue(PartialDate.parse("2007").overlaps(PartialDate.parse("2007-09")));
        assertFalse(PartialDate.parse("2007-09").overlaps(PartialDate.parse("2007-10-01")));
    }

    @Test
    void isSurelyBeforeOnlyWhenTheSpansDoNotTouch() {
        assertTrue(PartialDate.parse("2007-08-31").isSurelyBefore(PartialDate.parse("2007-09")));
        assertFalse(PartialDate.parse("2007-09-15").isSurelyBefore(PartialDate.parse("2007-09")));
        assertFalse(PartialDate.parse("2007").isSurelyBefore(PartialDate.parse("2007-03-01")));
    }

    @Test
    void ordersByStartThenMorePreciseFirst() {
        assertTrue(PartialDate.parse("2007-09-01").compareTo(PartialDate.parse("2007-09")) < 0);
        assertTrue(PartialDate.parse("2007").compareTo(PartialDate.parse("2007-02")) < 0);
        assertTrue(PartialDate.parse("2006-12-31").compareTo(PartialDate.parse("2007")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2007-13", "2010-02-30", "20077", "2007-9", "07-09-2010", "", "2007-00", "2007-01-00", "abcd", " 2007"})
    void rejectsWhatIsNotADate(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertFalse(e.getMessage().isBlank());
    }
}
