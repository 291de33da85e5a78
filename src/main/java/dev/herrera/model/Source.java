package dev.herrera.model;

/**
 * A document facts are taken from. {@code about} says in a few words what it covers;
 * {@code publisher}, {@code url} and {@code published} are given where known.
 */
public record Source(
        String id,
        String title,
        String language,
        SourceKind kind,
        String about,
        String publisher,
        String url,
        PartialDate published) implements Identified {
    public Source {
        Checks.slug(id, "id");
        Checks.text(title, "title");
        Checks.text(language, "language");
        if (!isLanguageCode(language)) {
            throw new InvalidRecordException("language", "\"" + language + "\" is not an ISO 639 language code");
        }
        Checks.required(kind, "kind");
        Checks.optionalText(about, "about");
        Checks.optionalText(publisher, "publisher");
        Checks.optionalText(url, "url");
        if (url != null && !isHttpUrl(url)) {
            throw new InvalidRecordException("url", "\"" + url + "\" is not an http(s) URL");
        }
    }

    // By hand rather than regular expressions, which build their matchers from lambdas at every start.

    /** Two or three lower-case ASCII letters: {@code [a-z]{2,3}}. */
    static boolean isLanguageCode(String s) {
        if (s.length() < 2 || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** {@code http://} or {@code https://} and at least one more character, none of them ASCII white space: {@code https?://\S+}. */
    static boolean isHttpUrl(String s) {
        int rest = s.startsWith("https://") ? 8 : s.startsWith("http://") ? 7 : -1;
        if (rest < 0 || rest == s.length()) {
            return false;
        }
        for (int i = rest; i < s.length(); i++) {
            char c = s.charAt(i);
            // What \s matches: space, tab, line feed, vertical tab, form feed, carriage return.
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
