package dev.herrera.render;

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
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** The given records (a list becomes a JSON array) as JSON text ending with a newline. */
    public static String write(Object records) {
        return WRITER.writeValueAsString(records) + "\n";
    }
}
