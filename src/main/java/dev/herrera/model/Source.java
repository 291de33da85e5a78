package dev.herrera.model;

import java.util.regex.Pattern;

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
    /** Compiled once: a large dataset holds many sources, and String.matches compiles on every call. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    public Source {
        Checks.slug(id, "id");
        Checks.text(title, "title");
        Checks.text(language, "language");
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidRecordException("language", "\"" + language + "\" is not an ISO 639 language code");
        }
        Checks.required(kind, "kind");
        Checks.optionalText(about, "about");
        Checks.optionalText(publisher, "publisher");
        Checks.optionalText(url, "url");
        if (url != null && !URL.matcher(url).matches()) {
            throw new InvalidRecordException("url", "\"" + url + "\" is not an http(s) URL");
        }
    }
}
