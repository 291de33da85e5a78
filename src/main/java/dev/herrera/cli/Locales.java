package dev.herrera.cli;

/**
 * Whether Java could read the command line: under a locale that is not UTF-8 (LC_ALL=C or POSIX),
 * Java decodes arguments and file names as ASCII, so "América" arrives as "Am??rica". The launcher
 * runs Java under C.UTF-8 in that case; {@code java -jar} users get this hint instead.
 */
final class Locales {
    private Locales() {
    }

    /** Whether arguments and file names are read as UTF-8. */
    static boolean readsUtf8() {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        return encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
    }

    /** A hint to add to a message about something typed, or "" when the locale is not the cause. */
    static String hint() {
        return readsUtf8() ? "" : " (the locale is not UTF-8, so Java cannot read accented letters on the command line:"
                + " run with LC_ALL=C.UTF-8, or use the herrera launcher)";
    }
}
