package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EscapeTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            x\u001b[31mred\u001b[0m                    | x\\e[31mred\\e[0m
            x\u001b]8;;https://x.example/\u001b\\link | x\\e]8;;https://x.example/\\e\\link
            x\u0007bell\bback\rreturn              | x\\abell\\bback\\rreturn
            c1\u009b31m\u0085nel                     | c1\\u009b31m\\u0085nel
            abc\u202egnp.exe                       | abc\\u202egnp.exe
            \u2066iso\u2069\u200e\u200f\u061c          | \\u2066iso\\u2069\\u200e\\u200f\\u061c
            line\u2028para\u2029                   | line\\u2028para\\u2029
            """)
    void unsafeCharactersAreEscaped(String raw, String shown) {
        assertEquals(shown, Escape.terminal(raw));
    }

    @Test
    void otherC0ControlsAndDel() {
        String raw = "a" + (char) 0x0B + "b" + (char) 0x0C + "c" + (char) 0 + "d" + (char) 1 + "e" + (char) 0x1F + "f"
                + (char) 0x7F + "g";
        assertEquals("a\\vb\\fc\\u0000d\\u0001e\\u001ff\\u007fg", Escape.terminal(raw));
    }

    @Test
    void tabsAndNewlinesAreEscapedInOneLineText() {
        assertEquals("a\\tb\\nc", Escape.terminal("a\tb\nc"));
        assertEquals("a\tb\nc\\e", Escape.terminalKeepingLines("a\tb\nc\u001b"));
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String text = "América – Álvaro Galindo, 東京, 😀, back\\slash";
        assertSame(text, Escape.terminal(text));
    }

    @Test
    void loneSurrogatesAreEscapedButPairsAreKept() {
        assertEquals("x\\ud800y", Escape.terminal("x\ud800y"));
        assertEquals("x\\udc00", Escape.terminal("x\udc00"));
        assertEquals("😀", Escape.terminal("😀"));
    }

    @Test
    void aCellHoldsTheEscapedText() {
        assertEquals("\\e[2J", Cell.of("\u001b[2J").text());
        assertEquals("", Cell.of(null).text());
    }

    @Test
    void aLineHoldsTheEscapedTextAndReadsAsIt() {
        Line line = new Line("Tigres\u001b[2J UANL");
        assertEquals("Tigres\\e[2J UANL", line.text());
        assertEquals("footer: Tigres\\e[2J UANL", "footer: " + line);
        assertEquals("", new Line(null).text());
    }
}
