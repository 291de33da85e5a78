package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/** Stored help pages stand for a live run only where it would print exactly the same bytes. */
class HelpPagesTest {
    private static byte[] pages;
    private static int stored;

    @BeforeAll
    static void writePages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stored = HelpPages.write(out);
        pages = out.toByteArray();
    }

    private static byte[] lookup(boolean colour, String... args) throws IOException {
        return HelpPages.lookup(new ByteArrayInputStream(pages), args, colour);
    }

    @Test
    void everyStoredPageIsWhatTheCommandLinePrints() throws IOException {
        int checked = 0;
        for (boolean colour : new boolean[] {false, true}) {
            for (List<String> line : HelpPages.commandLines()) {
                String[] args = line.toArray(new String[0]);
                CliRun.Result live = CliRun.run(Environment.of(Map.of(), colour), args);
                assertEquals(0, live.code(), String.join(" ", args));
                assertEquals("", live.err(), String.join(" ", args));
                assertTrue(HelpPages.mayBeStored(args), String.join(" ", args));
                byte[] page = lookup(colour, args);
                assertNotNull(page, "no page for: herrera " + String.join(" ", args));
                assertEquals(live.out(), new String(page, StandardCharsets.UTF_8), "herrera " + String.join(" ", args));
                checked++;
            }
        }
        assertEquals(stored, checked);
    }

    @Test
    void colouredAndPlainPagesDiffer() throws IOException {
        String plain = new String(lookup(false, "stints", "--help"), StandardCharsets.UTF_8);
        String coloured = new String(lookup(true, "stints", "--help"), StandardCharsets.UTF_8);
        assertFalse(plain.contains("\u001b["), plain);
        assertTrue(coloured.contains("\u001b["), coloured);
    }

    @Test
    void everySubcommandHasItsHelpAndTheRootItsVersion() throws IOException {
        for (Class<?> type : HerreraCommand.Tree.class.getAnnotation(Command.class).subcommands()) {
            String name = type.getAnnotation(Command.class).name();
            assertNotNull(lookup(false, name, "--help"), name + " --help");
            assertNotNull(lookup(false, "help", name), "help " + name);
        }
        assertTrue(new String(lookup(false, "--version"), StandardCharsets.UTF_8).startsWith("herrera "));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {
        "stints",
        "--help --debug",
        "stints --help --format json",
        "--data data/herrera.json --help",
        "-hV",
        "help nosuchcommand",
        "stintz --help",
        "STINTS --help",
        "--HELP"
    })
    void anyOtherCommandLineHasNoPage(String line) throws IOException {
        assertNull(lookup(false, line.split(" ")));
    }

    @Test
    void picocliSettingsThatShapeHelpTurnThePagesOff() {
        Properties own = new Properties();
        own.setProperty(Cli.CLOSURES_PROPERTY, "true");
        own.setProperty(Cli.CONVERTERS_PROPERTY, "x");
        own.setProperty("user.name", "someone");
        assertTrue(HelpPages.covers(own));
        for (String name : new String[] {"picocli.usage.width", "picocli.color.options", "picocli.trace"}) {
            Properties p = new Properties();
            p.putAll(own);
            p.setProperty(name, "1");
            assertFalse(HelpPages.covers(p), name);
        }
    }

    @Test
    void pagesOfAnotherLayoutOrLineSeparatorAreNotRead() throws IOException {
        assertNull(HelpPages.lookup(new ByteArrayInputStream(header(2, System.lineSeparator())),
                new String[] {"--help"}, false));
        assertNull(HelpPages.lookup(new ByteArrayInputStream(header(1, "\r\n".equals(System.lineSeparator()) ? "\n" : "\r\n")),
                new String[] {"--help"}, false));
    }

    /** Pages whose header says this layout and line separator, holding one page for --help. */
    private static byte[] header(int layout, String lineSeparator) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(layout);
        out.writeUTF(lineSeparator);
        out.writeInt(1);
        out.writeBoolean(false);
        out.writeInt(1);
        out.writeUTF("--help");
        out.writeInt(0);
        out.writeInt(1);
        out.writeInt(1);
        out.write('x');
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void aWellFormedHeaderIsRead() throws IOException {
        assertArrayEquals(new byte[] {'x'}, HelpPages.lookup(new ByteArrayInputStream(header(1, System.lineSeparator())),
                new String[] {"--help"}, false));
    }
}
