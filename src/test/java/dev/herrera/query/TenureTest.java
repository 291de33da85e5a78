package dev.herrera.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TenureTest {
    @ParameterizedTest
    @CsvSource({
        "2013-10-18, 2013-12-02, 45 days",
        "2013-12-02, 2015-07-28, 1y 7m",
        "2017-05-26, 2020-12-21, 3y 6m",
        "2020-01-01, 2020-01-02, 1 day",
        "2020-01-01, 2020-03-30, 89 days",
        "2020-01-01, 2020-03-31, 2m",
        "2002, 2004, ~2y",
        "2004, 2007-09, ~3y",
        "2008, 2008-05, ~2m",
        "2015-11-02, 2017-05, ~1y 6m",
        "2011-11-16, 2013-12, ~2y 1m",
        "2010-09, 2010-09, <1m"
    })
    void isExactOnlyWhenBothEndsAreDays(String start, String end, String expected) {
        Tenure t = Tenure.between(PartialDate.parse(start), PartialDate.parse(end));
        assertEquals(expected.equals("<1m") ? "~<1m" : expected, t.toString());
    }

    @Test
    void exactYearsAndMonthsAreThoseOfPeriodBetween() {
        java.time.LocalDate from = java.time.LocalDate.of(2011, 1, 1);
        for (int a = 0; a < 800; a += 7) {
            for (int b = 0; b < 1500; b += 13) {
                java.time.LocalDate start = from.plusDays(a);
                java.time.LocalDate end = start.plusDays(b);
                java.time.Period p = java.time.Period.between(start, end);
                Tenure t = Tenure.between(PartialDate.of(start), PartialDate.of(end));
                assertEquals(p.getYears(), t.years(), start + " to " + end);
                assertEquals(p.getMonths(), t.months(), start + " to " + end);
                assertEquals(b, t.days(), start + " to " + end);
            }
        }
    }

    @Test
    void partialDatesAreMarkedApproximate() {
        assertTrue(Tenure.between(PartialDate.parse("2007-09"), PartialDate.parse("2008-01-01")).approximate());
        assertFalse(Tenure.between(PartialDate.parse("2007-09-01"), PartialDate.parse("2008-01-01")).approximate());
    }
}
