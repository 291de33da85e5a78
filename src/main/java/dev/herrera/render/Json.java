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
     * bidi controls and line separators (see {@link Escape#isControl}), which JSON allows raw but a
     * terminal would act on, and for every surrogate: a lone one cannot be encoded as UTF-8 at all,
     * and a pair escaped half by half is the same character to a JSON reader. The value a JSON reader
     * gets back is exactly the dataset's.
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
            return Escape.isControl(ch) || Character.isSurrogate((char) ch) ? new SerializedString(unicode(ch)) : null;
        }
    }

    private static String unicode(int ch) {
        String hex = Integer.toHexString(ch);
        return "\\u" + "0000".substring(hex.length()) + hex;
    }

    /** The given records (a list becomes a JSON array) as JSON text ending with a newline. */
    public static String write(Object records) {
        return WRITER.writeValueAsString(records) + "\n";
    }
}
