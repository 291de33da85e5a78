package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void alignsColumnsAndTrimsTrailingSpace() {
        Listing l = Listing.builder("A", "BB").row("xxx", "y").row("z", "").build(List.of());
        assertEquals("A    BB\nxxx  y\nz\n", Table.render(l));
    }

    @Test
    void countsAccentedLettersAsOneColumn() {
        // "Ame\u0301rica" spells the accent as a combining mark: 8 code points, 7 columns.
        Listing l = Listing.builder("T", "K").row("Ame\u0301rica", "x").row("Le\u00f3n", "y").build(List.of());
        assertEquals("T        K\nAme\u0301rica  x\nLe\u00f3n     y\n", Table.render(l));
    }

    @Test
    void printsTheFooterAfterABlankLine() {
        Listing l = Listing.builder("A").row("1").footer("1 row").build(List.of());
        assertEquals("A\n1\n\n1 row\n", Table.render(l));
    }

    @Test
    void rowsMustFitTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> Listing.builder("A").row("1", "2").build(List.of()));
    }
}
