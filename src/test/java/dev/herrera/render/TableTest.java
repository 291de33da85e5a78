package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

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
    void countsWideEastAsianCharactersAsTwoColumns() {
        Listing l = Listing.builder("TEAM", "K").row("\u6771\u4eac", "x").row("Osaka FC", "y").build(List.of());
        assertEquals("TEAM      K\n\u6771\u4eac      x\nOsaka FC  y\n", Table.render(l));
    }

    @Test
    void countsAnEmojiSequenceAsOneWideCharacter() {
        // man, zero-width joiner, woman, zero-width joiner, girl: one glyph, two columns.
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(2, Width.of(family));
        assertEquals(4, Width.of("\u00e9" + "e\u0301" + "\u00fc" + "n"));
    }

    @Test
    void padsByThePlainTextWidthWhateverTheStylerAdds() {
        Styler brackets = (ink, text) -> ink == Styler.Ink.HEADER ? "<" + text + ">" : "[" + text + "]";
        Listing l = Listing.builder("R", "X")
                .row(new Cell("won", Cell.Tone.GOOD), Cell.of("1"))
                .row(new Cell("lost", Cell.Tone.BAD), Cell.of("2"))
                .row(Cell.of("drawn"), Cell.of("3"))
                .build(List.of());
        assertEquals("<R>      <X>\n[won]    1\n[lost]   2\ndrawn  3\n", Table.render(l, brackets));
    }

    @Test
    void aCellMadeWithoutAToneIsPrintedPlain() {
        Styler brackets = (ink, text) -> ink == Styler.Ink.HEADER ? text : "[" + text + "]";
        Listing l = Listing.builder("R").row(new Cell("won", Cell.Tone.GOOD)).row(new Cell("drawn", null))
                .build(List.of());
        assertEquals("R\n[won]\ndrawn\n", Table.render(l, brackets));
    }

    /**
     * 17 + 2 + 10 columns of a team and a date. At 20 the team's name gives up the 9 too many and the
     * date stays whole; at 12 no column is narrowed below six, and the table then overflows.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20 | 'TEAM      FROM\nEstudia\u2026  2008-01-01\n'",
        "12 | 'TEAM    FROM\nEstud\u2026  2008-\u2026\n'"
    })
    void aNarrowTableShortensFreeTextBeforeDatesAndNoColumnBelowSix(int width, String expected) {
        Listing l = Listing.builder("TEAM", "FROM")
                .row(List.of(Cell.of("Estudiantes Tecos"), Cell.of("2008-01-01")))
                .build(List.of());
        assertEquals(expected, Table.render(l, Styler.PLAIN, width));
    }

    @Test
    void footerLinesWrapBetweenWordsAndAWordTooLongIsShortened() {
        Listing l = Listing.builder("A").row("1")
                .footer("3 matches: 2 won, 1 lost")
                .footer("atlante-2002-league-and-playoffs: no record")
                .build(List.of());
        // "3 matches: 2" fills the 12 columns exactly; the long id is cut to 11 columns and the ellipsis.
        assertEquals("A\n1\n\n3 matches: 2\nwon, 1 lost\natlante-200\u2026\nno record\n",
                Table.render(l, Styler.PLAIN, 12));
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
