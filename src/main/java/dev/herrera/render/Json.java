package dev.herrera.render;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes records as JSON with the dataset's own field names, indented like the dataset file. */
public final class Json {
    private static final ObjectWriter WRITER = JsonMapper.builder().build()
            .writer()
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .with(new TerminalSafeEscapes());

    private Json() {
    }

    /**
     * JSON's own escapes for C0 controls and quotes, plus {@code \}{@code uXXXX} for DEL, C1 controls,
     * bidi controls and line separators (see {@link Printable#isControl}), which JSON allows raw but a
     * terminal would act on. The value a JSON reader gets back is unchanged.
     */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Printable.isControl(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** The given records (a list becomes a JSON array) as JSON text ending with a newline. */
    public static String write(Object records) {
        return WRITER.writeValueAsString(records) + "\n";
    }
}
