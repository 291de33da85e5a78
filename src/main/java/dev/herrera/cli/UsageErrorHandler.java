package dev.herrera.cli;

import dev.herrera.query.Names;
import dev.herrera.render.Escape;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A bad command line: one line saying what was wrong in words for people — "unknown command 'stins'
 * (did you mean 'stints'?)" — then a hint where to look, and the usage exit code. picocli's own
 * wording ("Unmatched argument at index 0", "Error:") does not reach people. The message echoes what
 * was typed, so it is escaped like data. With {@code --debug} anywhere before {@code --}, the parser's
 * stack trace comes first, as for any other failure (it rarely helps: the message already says what
 * was wrong).
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    /** At most this many "did you mean" suggestions. */
    private static final int MAX_SUGGESTIONS = 2;
    /** A word longer than this gets no suggestions: nothing is named like it, and comparing costs time. */
    private static final int MAX_SUGGESTED_LENGTH = 100;

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (debugRequested(args)) {
            FailureHandler.printStackTrace(ex, err);
        }
        err.println("herrera: " + Escape.terminal(message(ex)));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** What was wrong, in one line. */
    static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unmatched(u.getCommandLine(), u.getUnmatched().get(0));
        }
        String message = String.valueOf(ex.getMessage());
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getCause() instanceof CommandLine.TypeConversionException conversion) {
            return "invalid " + name(arg) + ": " + conversion.getMessage();
        }
        if (message.startsWith("Error: ")) {
            message = message.substring("Error: ".length());
        }
        // picocli's sentences start with a capital ("Missing required parameter"); ours do not.
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
    }

    /** An option by its long name, a positional parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** A word no command, option or parameter takes. */
    private static String unmatched(CommandLine cmd, String word) {
        boolean option = word.startsWith("-") && word.length() > 1;
        List<String> known = new ArrayList<>();
        String what;
        if (option) {
            what = "unknown option";
            for (OptionSpec o : cmd.getCommandSpec().options()) {
                if (!o.hidden()) {
                    known.add(o.longestName());
                }
            }
        } else if (!cmd.getSubcommands().isEmpty()) {
            what = "unknown command";
            for (var e : cmd.getSubcommands().entrySet()) {
                if (!e.getValue().getCommandSpec().usageMessage().hidden()) {
                    known.add(e.getKey());
                }
            }
        } else {
            what = "unexpected argument";
        }
        String key = option ? word.split("=", 2)[0] : word;
        List<String> close = closest(key, known);
        StringBuilder sb = new StringBuilder(what).append(" '").append(key).append('\'');
        if (!close.isEmpty()) {
            sb.append(" (did you mean '").append(String.join("' or '", close)).append("'?)");
        }
        return sb.toString();
    }

    /** The one or two of {@code known} closest to {@code word}, if close enough to be a slip. */
    static List<String> closest(String word, List<String> known) {
        List<String> found = new ArrayList<>();
        if (word.length() > MAX_SUGGESTED_LENGTH) {
            return found;
        }
        String bare = word.replaceFirst("^-+", "");
        int limit = Math.max(1, (bare.length() + 1) / 3);
        List<Integer> distances = new ArrayList<>();
        for (String k : known) {
            String kb = k.replaceFirst("^-+", "");
            boolean prefix = bare.length() >= 3 && (kb.startsWith(bare) || bare.startsWith(kb));
            int d = prefix ? 1 : Names.distance(bare, kb);
            if (d > limit || bare.isEmpty()) {
                continue;
            }
            int at = 0;
            while (at < distances.size() && distances.get(at) <= d) {
                at++;
            }
            distances.add(at, d);
            found.add(at, k);
        }
        return found.size() > MAX_SUGGESTIONS ? List.copyOf(found.subList(0, MAX_SUGGESTIONS)) : found;
    }

    /** Whether --debug was given: the parse failed, so the option may not have been bound. */
    private static boolean debugRequested(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }
}
