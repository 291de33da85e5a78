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
        PartialDate published) {
    public Source {
        Checks.slug(id, "id");
        Checks.text(title, "title");
        Checks.text(language, "language");
        if (!language.matches("[a-z]{2,3}")) {
            throw new InvalidRecordException("language", "\"" + language + "\" is not an ISO 639 language code");
        }
        Checks.required(kind, "kind");
        Checks.optionalText(about, "about");
        Checks.optionalText(publisher, "publisher");
        Checks.optionalText(url, "url");
        if (url != null && !url.matches("https?://\\S+")) {
            throw new InvalidRecordException("url", "\"" + url + "\" is not an http(s) URL");
        }
    }
}
