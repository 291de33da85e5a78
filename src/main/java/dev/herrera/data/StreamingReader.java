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
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A quick reader for dataset files, with jackson-core's streaming parser.
 *
 * <p>Setting up Databind (the mapper, then a deserializer for every model record, found by
 * reflection) costs more than the rest of a run together, and the bundled file is read on every
 * run; on a large file, Databind's generic calls into the record constructors cost several times
 * what parsing does. This reader builds the same records through their own constructors, so every
 * model rule still holds, the rules between records ({@link Career#problems}) included.
 *
 * <p>It accepts only what the strict Databind loader accepts, and less: on anything it does not
 * expect (an unknown or repeated property, a wrong type, a missing number, a record that rejects
 * its values) it gives up with {@link Unexpected}, and the loader reads the file again with
 * Databind, which says exactly what is wrong. So a valid file is read once, quickly, and a file
 * with a problem gets the strict loader's message. {@code herrera validate} uses Databind alone.
 */
final class StreamingReader {
    /** The file is not what this reader expects: read it with Databind instead. */
    static final class Unexpected extends Exception {
        private static final long serialVersionUID = 1L;

        Unexpected(String what) {
            super(what, null, false, false);
        }
    }

    /* Enum values, taken once: values() copies its array at every call. */
    private static final SourceKind[] SOURCE_KINDS = SourceKind.values();
    private static final TeamKind[] TEAM_KINDS = TeamKind.values();
    private static final Role[] ROLES = Role.values();
    private static final Departure[] DEPARTURES = Departure.values();
    private static final Stage[] STAGES = Stage.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final JsonParser p;
    private final StringCache strings = new StringCache();
    /** The last date read, and the string it was read from. */
    private String lastDateText;
    private PartialDate lastDate;

    private StreamingReader(JsonParser p) {
        this.p = p;
    }

    /** The career the file holds, or {@link Unexpected} when it is anything but a plain, valid dataset. */
    static Career read(byte[] json, int from) throws Unexpected {
        try {
            return read(factory().createParser(ObjectReadContext.empty(), json, from, json.length - from));
        } catch (RuntimeException e) {
            throw new Unexpected(String.valueOf(e));
        }
    }

    /**
     * As {@link #read(byte[], int)}, for a file read as it is parsed. {@code json} must already check
     * its bytes as UTF-8 ({@link Utf8#checking}): a failure to read it, that check's included, is
     * {@link Unexpected} too.
     */
    static Career read(InputStream json) throws Unexpected {
        try {
            // Making the parser reads the first bytes already.
            return read(factory().createParser(ObjectReadContext.empty(), json));
        } catch (RuntimeException e) {
            throw new Unexpected(String.valueOf(e));
        }
    }

    private static JsonFactory factory() {
        // No STRICT_DUPLICATE_DETECTION: each object's reader notes the properties it has read (once),
        // which costs a bit test instead of a hash set per object.
        return JsonFactory.builder()
                .streamReadConstraints(CareerLoader.constraints())
                .build();
    }

    private static Career read(JsonParser parser) throws Unexpected {
        try (JsonParser p = parser) {
            StreamingReader r = new StreamingReader(p);
            r.expect(p.nextToken(), JsonToken.START_OBJECT);
            Career career = r.career();
            if (p.nextToken() != null) {
                throw new Unexpected("content after the dataset");
            }
            return career;
        } catch (RuntimeException e) {
            // A syntax error, a failed read, a number out of range, or a record that rejected its values.
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
        int seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "person" -> { seen = once(seen, 0x1); person = t == JsonToken.VALUE_NULL ? null : person(t); }
                case "updated" -> { seen = once(seen, 0x2); updated = date(t); }
                case "sources" -> { seen = once(seen, 0x4); sources = list(t, this::source); }
                case "teams" -> { seen = once(seen, 0x8); teams = list(t, this::team); }
                case "stints" -> { seen = once(seen, 0x10); stints = list(t, this::stint); }
                case "matches" -> { seen = once(seen, 0x20); matches = list(t, this::match); }
                case "incidents" -> { seen = once(seen, 0x40); incidents = list(t, this::incident); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "name" -> { seen = once(seen, 0x1); name = text(v); }
                case "fullName" -> { seen = once(seen, 0x2); fullName = text(v); }
                case "nickname" -> { seen = once(seen, 0x4); nickname = text(v); }
                case "born" -> { seen = once(seen, 0x8); born = date(v); }
                case "sources" -> { seen = once(seen, 0x10); sources = texts(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { seen = once(seen, 0x1); id = text(v); }
                case "title" -> { seen = once(seen, 0x2); title = text(v); }
                case "language" -> { seen = once(seen, 0x4); language = text(v); }
                case "kind" -> { seen = once(seen, 0x8); kind = label(v, SOURCE_KINDS); }
                case "about" -> { seen = once(seen, 0x10); about = text(v); }
                case "publisher" -> { seen = once(seen, 0x20); publisher = text(v); }
                case "url" -> { seen = once(seen, 0x40); url = text(v); }
                case "published" -> { seen = once(seen, 0x80); published = date(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { seen = once(seen, 0x1); id = text(v); }
                case "name" -> { seen = once(seen, 0x2); name = text(v); }
                case "kind" -> { seen = once(seen, 0x4); kind = label(v, TEAM_KINDS); }
                case "country" -> { seen = once(seen, 0x8); country = text(v); }
                case "aliases" -> { seen = once(seen, 0x10); aliases = texts(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { seen = once(seen, 0x1); id = text(v); }
                case "team" -> { seen = once(seen, 0x2); team = text(v); }
                case "role" -> { seen = once(seen, 0x4); role = label(v, ROLES); }
                case "start" -> { seen = once(seen, 0x8); start = date(v); }
                case "end" -> { seen = once(seen, 0x10); end = date(v); }
                case "ended" -> { seen = once(seen, 0x20); ended = label(v, DEPARTURES); }
                case "predecessor" -> { seen = once(seen, 0x40); predecessor = text(v); }
                case "successor" -> { seen = once(seen, 0x80); successor = text(v); }
                case "note" -> { seen = once(seen, 0x100); note = text(v); }
                case "concurrent" -> { seen = once(seen, 0x200); concurrent = texts(v); }
                case "sources" -> { seen = once(seen, 0x400); sources = texts(v); }
                case "notes" -> { seen = once(seen, 0x800); notes = notes(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { seen = once(seen, 0x1); id = text(v); }
                case "date" -> { seen = once(seen, 0x2); date = date(v); }
                case "team" -> { seen = once(seen, 0x4); team = text(v); }
                case "competition" -> { seen = once(seen, 0x8); competition = text(v); }
                case "season" -> { seen = once(seen, 0x10); season = text(v); }
                case "stage" -> { seen = once(seen, 0x20); stage = label(v, STAGES); }
                case "opponent" -> { seen = once(seen, 0x40); opponent = text(v); }
                case "venue" -> { seen = once(seen, 0x80); venue = text(v); }
                case "score" -> { seen = once(seen, 0x100); score = v == JsonToken.VALUE_NULL ? null : score(v); }
                case "outcome" -> { seen = once(seen, 0x200); outcome = label(v, OUTCOMES); }
                case "note" -> { seen = once(seen, 0x400); note = text(v); }
                case "sources" -> { seen = once(seen, 0x800); sources = texts(v); }
                case "notes" -> { seen = once(seen, 0x1000); notes = notes(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "for" -> { seen = once(seen, 0x1); goalsFor = number(v); }
                case "against" -> { seen = once(seen, 0x2); against = number(v); }
                case "legs" -> { seen = once(seen, 0x4); legs = list(v, this::leg); }
                case "penalties" -> { seen = once(seen, 0x8); penalties = v == JsonToken.VALUE_NULL ? null : penalties(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "date" -> { seen = once(seen, 0x1); date = date(v); }
                case "for" -> { seen = once(seen, 0x2); goalsFor = number(v); }
                case "against" -> { seen = once(seen, 0x4); against = number(v); }
                case "venue" -> { seen = once(seen, 0x8); venue = text(v); }
                default -> throw unknown(field);
            }
        }
        return new Leg(date, required(goalsFor), required(against), venue);
    }

    private Penalties penalties(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        Integer goalsFor = null;
        Integer against = null;
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "for" -> { seen = once(seen, 0x1); goalsFor = number(v); }
                case "against" -> { seen = once(seen, 0x2); against = number(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { seen = once(seen, 0x1); id = text(v); }
                case "date" -> { seen = once(seen, 0x2); date = date(v); }
                case "title" -> { seen = once(seen, 0x4); title = text(v); }
                case "team" -> { seen = once(seen, 0x8); team = text(v); }
                case "place" -> { seen = once(seen, 0x10); place = text(v); }
                case "people" -> { seen = once(seen, 0x20); people = texts(v); }
                case "summary" -> { seen = once(seen, 0x40); summary = text(v); }
                case "consequence" -> { seen = once(seen, 0x80); consequence = text(v); }
                case "sources" -> { seen = once(seen, 0x100); sources = texts(v); }
                case "notes" -> { seen = once(seen, 0x200); notes = notes(v); }
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
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "about" -> { seen = once(seen, 0x1); about = text(v); }
                case "claims" -> { seen = once(seen, 0x2); claims = list(v, this::claim); }
                case "holds" -> { seen = once(seen, 0x4); holds = text(v); }
                case "why" -> { seen = once(seen, 0x8); why = text(v); }
                default -> throw unknown(field);
            }
        }
        return new Note(about, claims, holds, why);
    }

    private Claim claim(JsonToken t) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        String source = null;
        String says = null;
        int seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "source" -> { seen = once(seen, 0x1); source = text(v); }
                case "says" -> { seen = once(seen, 0x2); says = text(v); }
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
        return strings.share(p);
    }

    private PartialDate date(JsonToken t) throws Unexpected {
        String s = text(t);
        if (s == null) {
            return null;
        }
        // Records run in date order, so a date is mostly the one just read: the cache hands out the
        // same string for it, and the same (immutable) date serves again.
        if (s != lastDateText) {
            lastDate = PartialDate.parse(s);
            lastDateText = s;
        }
        return lastDate;
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

    /** Marks a property of the object being read as read, or gives up if it was read before. */
    private static int once(int seen, int property) throws Unexpected {
        if ((seen & property) != 0) {
            throw new Unexpected("a repeated property");
        }
        return seen | property;
    }

    private static Unexpected unknown(String field) {
        return new Unexpected("unknown property " + field);
    }
}
