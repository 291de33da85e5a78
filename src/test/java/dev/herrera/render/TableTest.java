package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void alignsColumnsAndTrimsTrailingSpace() {
        String out = new Table(List.of("A", "BB")).row(List.of("xxx", "y")).row(List.of("z", "")).render();
        assertEquals("A    BB\nxxx  y\nz\n", out);
    }

    @Test
    void countsAccentedLettersAsOneColumn() {
        // "Ame\u0301rica" spells the accent as a combining mark: 8 code points, 7 columns.
        String out = new Table(List.of("T", "K")).row(List.of("Ame\u0301rica", "x")).row(List.of("Le\u00f3n", "y")).render();
        assertEquals("T        K\nAme\u0301rica  x\nLe\u00f3n     y\n", out);
    }

    @Test
    void rowsMustFitTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of("A")).row(List.of("1", "2")));
    }
}
