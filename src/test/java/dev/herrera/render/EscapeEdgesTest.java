package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The escapers at the edges of the ranges they escape: the first and last character in, and the ones just out. */
class EscapeEdgesTest {

    @Test
    void c1EndsAtU009F() {
        assertEquals("a\\u009fb", Escape.terminal("a\u009Fb"));
        assertEquals("a\\u0080b", Escape.terminal("a\u0080b"));
        String nbsp = "a\u00A0b";
        assertSame(nbsp, Escape.terminal(nbsp));
        assertEquals("~", Escape.terminal("~"));
        assertEquals(" ", Escape.terminal(" "));
    }

    @Test
    void bidiEmbeddingsStartAtU202AAndEndAtU202E() {
        assertEquals("\\u202a", Escape.terminal("\u202A"));
        assertEquals("\\u202e", Escape.terminal("\u202E"));
        assertEquals("\\u2029", Escape.terminal("\u2029"));
        assertEquals("\\u2028", Escape.terminal("\u2028"));
        String outside = "\u2027\u202F\u2065\u206A\u061B\u061D\u200D\u2010";
        assertSame(outside, Escape.terminal(outside));
        assertEquals("\\u2066\\u2069\\u061c\\u200e\\u200f", Escape.terminal("\u2066\u2069\u061C\u200E\u200F"));
    }

    @Test
    void isControlAtTheRangeEdges() {
        assertTrue(Escape.isControl(0x1F));
        assertFalse(Escape.isControl(0x20));
        assertFalse(Escape.isControl(0x7E));
        assertTrue(Escape.isControl(0x7F));
        assertTrue(Escape.isControl(0x9F));
        assertFalse(Escape.isControl(0xA0));
        assertTrue(Escape.isControl(0x202A));
        assertFalse(Escape.isControl(0x2027));
        assertFalse(Escape.isControl(0x2028 - 1));
        assertFalse(Escape.isControl(0x206A));
        assertTrue(Escape.isControl(0x2069));
    }

    @Test
    void aStringEndingInALoneHighSurrogate() {
        assertEquals("abc\\ud83d", Escape.terminal("abc\uD83D"));
        assertEquals("\\ud83d", Escape.terminal("\uD83D"));
        assertEquals("😀\\ud83d", Escape.terminal("😀\uD83D"));
        assertEquals("\\ud83d\\ud83d😀", Escape.terminal("\uD83D\uD83D\uD83D\uDE00"));
        assertEquals("abc\uFFFD", Escape.xml("abc\uD83D"));
        assertEquals("\uFFFDx", Escape.xml("\uDE00x"));
        assertEquals("\\ude00\\ud83d", Escape.terminal("\uDE00\uD83D"));
    }

    @Test
    void keepingLinesKeepsOnlyTabsAndLineFeeds() {
        assertEquals("a\tb\nc\\r", Escape.terminalKeepingLines("a\tb\nc\r"));
        assertNull(Escape.terminal(null));
        assertEquals("\\e\\a\\b\\t\\n\\r\\f\\v", Escape.terminal("\u001B\u0007\b\t\n\r\f\u000B"));
    }

    @Test
    void xmlEscapesMarkupForbiddenAndTerminalCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&apos;", Escape.xml("&<>\"'"));
        assertEquals("&#9;&#10;&#13;", Escape.xml("\t\n\r"));
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", Escape.xml("\u0000\u001F\uFFFE\uFFFF"));
        assertEquals("&#x7F;&#x9F;&#x202E;", Escape.xml("\u007F\u009F\u202E"));
        assertEquals(" ~\u00A0\uFFFD\uFFFC😀", Escape.xml(" ~\u00A0\uFFFD\uFFFC😀"));
    }

    @Test
    void spreadsheetCellsThatLookLikeFormulas() {
        assertEquals("", Escape.spreadsheet(""));
        for (String f : new String[] {"=1", "+1", "-1", "@a", "\t1", "\r1", "\\t1", "\\r1"}) {
            assertEquals("'" + f, Escape.spreadsheet(f));
        }
        assertEquals("1=", Escape.spreadsheet("1="));
        assertEquals("\\n1", Escape.spreadsheet("\\n1"));
    }

    @Test
    void markdownCells() {
        assertEquals("&lt;b&gt;&amp;\\\\\\|\\[x\\]", Escape.markdown("<b>&\\|[x]"));
    }
}
