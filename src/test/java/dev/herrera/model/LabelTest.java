package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels compared letter by letter, at the ends of the ASCII letter ranges. */
class LabelTest {
    /** A constant whose label begins and ends with the first and last letters. */
    private enum Edge implements Label {
        AZ_AZ
    }

    @ParameterizedTest
    @CsvSource({
        // text, exactly the label, the label ignoring case
        "az-az, true, true",
        "AZ-AZ, false, true",
        "Az-az, false, true",
        "aZ-az, false, true",
        "az-aZ, false, true",
        "az_az, false, false",
        "az-a, false, false",
        "`z-az, false, false",
        "a{-az, false, false",
        "@z-az, false, false",
        "a[-az, false, false"
    })
    void aLabelIsLowerCaseWithHyphensAndOnlyCaseCanBeIgnored(String text, boolean exact, boolean ignoringCase) {
        assertEquals("az-az", Edge.AZ_AZ.label());
        assertEquals(exact, Label.matches(Edge.AZ_AZ, text), text);
        assertEquals(ignoringCase ? Edge.AZ_AZ : null, Label.parseIgnoringCase(Edge.values(), text), text);
    }
}
