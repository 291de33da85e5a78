package dev.herrera.render.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScaleAndSpreadTest {
    private static final double EPS = 1e-9;

    @Test
    void theScaleRunsFromTheFirstDayToTheEndOfTheLast() {
        Scale s = new Scale(2002, 2005);
        assertEquals(0, s.at(LocalDate.of(2002, 1, 1)), EPS);
        assertEquals(1, s.after(LocalDate.of(2005, 12, 31)), EPS);
        assertEquals(4, s.years());
        // Proportional to days: 2004 is a leap year, so it takes 366 of the 1461 days.
        assertEquals(366.0 / 1461, s.year(2005) - s.year(2004), EPS);
        assertEquals(0, s.at(LocalDate.of(1999, 5, 5)), EPS);
        assertEquals(1, s.at(LocalDate.of(2030, 5, 5)), EPS);
        assertThrows(IllegalArgumentException.class, () -> new Scale(2005, 2004));
    }

    @Test
    void cellsSplitTheAxisEvenly() {
        assertEquals(0, Scale.cell(0, 10));
        assertEquals(4, Scale.cell(0.45, 10));
        assertEquals(9, Scale.cell(1, 10));
        assertEquals(0, Scale.cell(-0.5, 10));
    }

    @Test
    void marksFarApartStayPut() {
        double[] at = {1, 5, 9};
        assertArrayEquals(at, Spread.apart(at, 1, 0, 10), EPS);
    }

    @Test
    void marksTooCloseSpreadAroundWhereTheyBelong() {
        double[] p = Spread.apart(new double[] {5, 5, 5}, 1, 0, 10);
        assertArrayEquals(new double[] {4, 5, 6}, p, EPS);
        double[] q = Spread.apart(new double[] {3, 3.2, 4, 8}, 1, 0, 10);
        for (int i = 1; i < q.length; i++) {
            assertTrue(q[i] - q[i - 1] >= 1 - EPS, java.util.Arrays.toString(q));
        }
        assertEquals(8, q[3], EPS);
    }

    @Test
    void spreadKeepsWithinBounds() {
        double[] p = Spread.apart(new double[] {0, 0, 10, 10}, 1, 0, 10);
        assertArrayEquals(new double[] {0, 1, 9, 10}, p, EPS);
        assertThrows(IllegalArgumentException.class, () -> Spread.apart(new double[] {2, 1}, 1, 0, 10));
    }
}
