package dev.herrera.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every exit code herrera uses, with what it means: the one list that the handlers return, the help
 * text prints ({@link HelpList}) and the README's table repeats (a test keeps the README equal to it).
 * The codes above 2 are the BSD sysexits ones.
 */
public enum ExitCode {
    OK(0, "success"),
    SOFTWARE(1, "internal error"),
    USAGE(2, "bad command line: unknown command or option, bad value, unknown team"),
    DATA_ERR(65, "the data file is not a valid dataset"),
    NO_INPUT(66, "the data file cannot be read"),
    CANT_CREATE(73, "an output file cannot be written"),
    IO_ERR(74, "stdout cannot be written; a closed pipe is not an error");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * Puts the exit-code lists in the help: every code under the root, and under {@code validate} the
     * three it ends with, in its own words. Run on every command tree: by {@link Cli} once the tree of
     * a run is built, and as a model transformer of the whole tree, which the man pages are made from.
     */
    static void describe(CommandSpec root) {
        Map<String, String> all = new LinkedHashMap<>();
        for (ExitCode e : values()) {
            all.put(e.key(), e.meaning);
        }
        root.usageMessage().exitCodeList(all);
        CommandLine validate = root.subcommands().get("validate");
        if (validate != null) {
            Map<String, String> own = new LinkedHashMap<>();
            own.put(OK.key(), "the file is a valid dataset");
            own.put(DATA_ERR.key(), "the file has problems (each one printed)");
            own.put(NO_INPUT.key(), "the file cannot be read");
            validate.getCommandSpec().usageMessage().exitCodeList(own);
        }
    }

    /** The code as the help lists it, right-aligned in two columns. */
    private String key() {
        return code < 10 ? " " + code : String.valueOf(code);
    }

    /** {@link #describe} for a tree built from the annotations alone (the man pages). */
    public static final class HelpList implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            describe(spec);
            return spec;
        }
    }
}
