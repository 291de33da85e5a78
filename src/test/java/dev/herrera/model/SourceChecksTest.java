package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written checks of a source's language and URL accept exactly what the patterns they replace do. */
class SourceChecksTest {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "e", "en", "spa", "engl", "EN", "eN", "e1", "é", "en ", " en", "zz", "a-b", "{|"})
    void languageCodeAsThePatternSays(String s) {
        assertEquals(LANGUAGE.matcher(s).matches(), Source.isLanguageCode(s));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "http://", "https://", "http://x", "https://es.wikipedia.org/wiki/Miguel_Herrera",
        "ftp://x", "HTTP://x", "http:/x", "httpx://x", "http://a b", "http://a\tb", "http://a\nb", "http://a\u000Bb",
        "http://a\fb", "http://a\rb", "http://a\u00A0b", "http://a\u2028b", "http://ñandú", "http:// ",
        "https://x/\uD83D\uDE00", " http://x", "http://x "})
    void httpUrlAsThePatternSays(String s) {
        assertEquals(URL.matcher(s).matches(), Source.isHttpUrl(s));
    }
}
