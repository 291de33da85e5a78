package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.Claim;
import dev.herrera.model.Departure;
import dev.herrera.model.Incident;
import dev.herrera.model.Label;
import dev.herrera.model.Leg;
import dev.herrera.model.Match;
import dev.herrera.model.Note;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Penalties;
import dev.herrera.model.Person;
import dev.herrera.model.Role;
import dev.herrera.model.Score;
import dev.herrera.model.Source;
import dev.herrera.model.SourceKind;
import dev.herrera.model.Stage;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.model.TeamKind;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A quick reader for the dataset bundled in the jar, with jackson-core's streaming parser.
 *
 * <p>Setting up Databind (the mapper, then a deserializer for every model record, found by
 * reflection) costs more than the rest of a run together, and the bundled file is read on every
 * run. This reader builds the same records through their own constructors, so every model rule
 * still holds; {@link CareerLoader} still runs the dataset rules on the result.
 *
 * <p>It accepts only what the strict Databind loader accepts, and less: on anything it does not
 * expect (an unknown or repeated property, a wrong type, a missing number, a record that rejects
 * its values) it gives up with {@link Unexpected}, and the loader reads the file again with
 * Databind, which says exactly what is wrong. Files given with {@code --data} never come here.
 */
final class BundledReader {
    /** The file is not what this reader expects: read it with Databind instead. */
    static final class Unexpected extends Exception {
        private static final long serialVersionUID = 1L;

        Unexpected(String what) {
            super(what, null, false, false);
        }
    }

    private final JsonParser p;

    private BundledReader(JsonParser p) {
        this.p = p;
    }

    /** The career the file holds, or {@link Unexpected} when it is anything but a plain, valid dataset. */
    static Career read(byte[] json, int from) throws Unexpected {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(CareerLoader.constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json, from, json.length - from)) {
            BundledReader r = new BundledReader(p);
            r.expect(p.nextToken(), JsonToken.START_OBJECT);
            Career career = r.career();
            if (p.nextToken() != null) {
                throw new Unexpected("content after the dataset");
            }
            return career;
        } catch (RuntimeException e) {
            // A syntax error, a duplicate key, a number out of range, or a record that rejected its values.
            throw new Unexpected(String.valueOf(e));
        }
    }

    private Career career() throws Unexpected {
        Person person = null;
        PartialDate updated = null;
        List<Source> sources = null;
        List<Team> teams = null;
        List<Stint> stints = null;
        List<Match> matches = null;
        List<Incident> incidents = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "person" -> person = t == JsonToken.VALUE_NULL ? null : person(t);
                case "updated" -> updated = date(t);
                case "sources" -> sources = list(t, this::source);
                case "teams" -> teams = list(t, this::team);
                case "stints" -> stints = list(t, this::stint);
                case "matches" -> matches = list(t, this::match);
                case "incidents" -> incidents = list(t, this::incident);
                default -> throw unknown(name);
            }
        }
        return new Career(person, updated, sources, teams, stints, matches, incidents);
    }

    private Person person(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String name = null;
        String fullName = null;
        String nickname = null;
        PartialDate born = null;
        List<String> sources = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "name" -> name = text(v);
                case "fullName" -> fullName = text(v);
                case "nickname" -> nickname = text(v);
                case "born" -> born = date(v);
                case "sources" -> sources = texts(v);
                default -> throw unknown(field);
            }
        }
        return new Person(name, fullName, nickname, born, sources);
    }

    private Source source(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String id = null;
        String title = null;
        String language = null;
        SourceKind kind = null;
        String about = null;
        String publisher = null;
        String url = null;
        PartialDate published = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> id = text(v);
                case "title" -> title = text(v);
                case "language" -> language = text(v);
                case "kind" -> kind = label(v, SourceKind.values());
                case "about" -> about = text(v);
                case "publisher" -> publisher = text(v);
                case "url" -> url = text(v);
                case "published" -> published = date(v);
                default -> throw unknown(field);
            }
        }
        return new Source(id, title, language, kind, about, publisher, url, published);
    }

    private Team team(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String id = null;
        String name = null;
        TeamKind kind = null;
        String country = null;
        List<String> aliases = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> id = text(v);
                case "name" -> name = text(v);
                case "kind" -> kind = label(v, TeamKind.values());
                case "country" -> country = text(v);
                case "aliases" -> aliases = texts(v);
                default -> throw unknown(field);
            }
        }
        return new Team(id, name, kind, country, aliases);
    }

    private Stint stint(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String id = null;
        String team = null;
        Role role = null;
        PartialDate start = null;
        PartialDate end = null;
        Departure ended = null;
        String predecessor = null;
        String successor = null;
        String note = null;
        List<String> concurrent = null;
        List<String> sources = null;
        List<Note> notes = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> id = text(v);
                case "team" -> team = text(v);
                case "role" -> role = label(v, Role.values());
                case "start" -> start = date(v);
                case "end" -> end = date(v);
                case "ended" -> ended = label(v, Departure.values());
                case "predecessor" -> predecessor = text(v);
                case "successor" -> successor = text(v);
                case "note" -> note = text(v);
                case "concurrent" -> concurrent = texts(v);
                case "sources" -> sources = texts(v);
                case "notes" -> notes = notes(v);
                default -> throw unknown(field);
            }
        }
        return new Stint(id, team, role, start, end, ended, predecessor, successor, note, concurrent, sources, notes);
    }

    private Match match(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String id = null;
        PartialDate date = null;
        String team = null;
        String competition = null;
        String season = null;
        Stage stage = null;
        String opponent = null;
        String venue = null;
        Score score = null;
        Outcome outcome = null;
        String note = null;
        List<String> sources = null;
        List<Note> notes = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> id = text(v);
                case "date" -> date = date(v);
                case "team" -> team = text(v);
                case "competition" -> competition = text(v);
                case "season" -> season = text(v);
                case "stage" -> stage = label(v, Stage.values());
                case "opponent" -> opponent = text(v);
                case "venue" -> venue = text(v);
                case "score" -> score = v == JsonToken.VALUE_NULL ? null : score(v);
                case "outcome" -> outcome = label(v, Outcome.values());
                case "note" -> note = text(v);
                case "sources" -> sources = texts(v);
                case "notes" -> notes = notes(v);
                default -> throw unknown(field);
            }
        }
        return new Match(id, date, team, competition, season, stage, opponent, venue, score, outcome, note, sources, notes);
    }

    private Score score(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        Integer goalsFor = null;
        Integer against = null;
        List<Leg> legs = null;
        Penalties penalties = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "for" -> goalsFor = number(v);
                case "against" -> against = number(v);
                case "legs" -> legs = list(v, this::leg);
                case "penalties" -> penalties = v == JsonToken.VALUE_NULL ? null : penalties(v);
                default -> throw unknown(field);
            }
        }
        return new Score(required(goalsFor), required(against), legs, penalties);
    }

    private Leg leg(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        PartialDate date = null;
        Integer goalsFor = null;
        Integer against = null;
        String venue = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "date" -> date = date(v);
                case "for" -> goalsFor = number(v);
                case "against" -> against = number(v);
                case "venue" -> venue = text(v);
                default -> throw unknown(field);
            }
        }
        return new Leg(date, required(goalsFor), required(against), venue);
    }

    private Penalties penalties(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        Integer goalsFor = null;
        Integer against = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "for" -> goalsFor = number(v);
                case "against" -> against = number(v);
                default -> throw unknown(field);
            }
        }
        return new Penalties(required(goalsFor), required(against));
    }

    private Incident incident(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String id = null;
        PartialDate date = null;
        String title = null;
        String team = null;
        String place = null;
        List<String> people = null;
        String summary = null;
        String consequence = null;
        List<String> sources = null;
        List<Note> notes = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> id = text(v);
                case "date" -> date = date(v);
                case "title" -> title = text(v);
                case "team" -> team = text(v);
                case "place" -> place = text(v);
                case "people" -> people = texts(v);
                case "summary" -> summary = text(v);
                case "consequence" -> consequence = text(v);
                case "sources" -> sources = texts(v);
                case "notes" -> notes = notes(v);
                default -> throw unknown(field);
            }
        }
        return new Incident(id, date, title, team, place, people, summary, consequence, sources, notes);
    }

    private List<Note> notes(JsonToken t) throws Unexpected {
        return list(t, this::note);
    }

    private Note note(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String about = null;
        List<Claim> claims = null;
        String holds = null;
        String why = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "about" -> about = text(v);
                case "claims" -> claims = list(v, this::claim);
                case "holds" -> holds = text(v);
                case "why" -> why = text(v);
                default -> throw unknown(field);
            }
        }
        return new Note(about, claims, holds, why);
    }

    private Claim claim(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String source = null;
        String says = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "source" -> source = text(v);
                case "says" -> says = text(v);
                default -> throw unknown(field);
            }
        }
        return new Claim(source, says);
    }

    /** A list of strings, or null for JSON null. */
    private List<String> texts(JsonToken t) throws Unexpected {
        return list(t, this::listedText);
    }

    private String listedText(JsonToken t) throws Unexpected {
        String s = text(t);
        if (s == null) {
            throw new Unexpected("null in a list of strings");
        }
        return s;
    }

    /** Reads one element of a list, given the token it starts with. */
    private interface Element<T> {
        T read(JsonToken t) throws Unexpected;
    }

    /** A JSON array read element by element, or null for JSON null. */
    private <T> List<T> list(JsonToken t, Element<T> element) throws Unexpected {
        List<T> list = startList(t);
        for (JsonToken e = p.nextToken(); list != null && e != JsonToken.END_ARRAY; e = p.nextToken()) {
            list.add(element.read(e));
        }
        return list;
    }

    /** A new list at the start of a JSON array, or null for JSON null. */
    private <T> List<T> startList(JsonToken t) throws Unexpected {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        return new ArrayList<>();
    }

    private String text(JsonToken t) throws Unexpected {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return p.getString();
    }

    private PartialDate date(JsonToken t) throws Unexpected {
        String s = text(t);
        return s == null ? null : PartialDate.parse(s);
    }

    private Integer number(JsonToken t) throws Unexpected {
        expect(t, JsonToken.VALUE_NUMBER_INT);
        return p.getIntValue();
    }

    private static int required(Integer n) throws Unexpected {
        if (n == null) {
            throw new Unexpected("a required number is missing");
        }
        return n;
    }

    private <E extends Label> E label(JsonToken t, E[] values) throws Unexpected {
        String s = text(t);
        if (s == null) {
            return null;
        }
        for (E e : values) {
            if (e.label().equals(s)) {
                return e;
            }
        }
        throw new Unexpected("unknown label " + s);
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws Unexpected {
        if (actual != wanted) {
            throw new Unexpected(actual + " where " + wanted + " was expected");
        }
    }

    private static Unexpected unknown(String field) {
        return new Unexpected("unknown property " + field);
    }
}
