package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.Claim;
import dev.herrera.model.Departure;
import dev.herrera.model.Honour;
import dev.herrera.model.Incident;
import dev.herrera.model.JobRecord;
import dev.herrera.model.Label;
import dev.herrera.model.Leg;
import dev.herrera.model.Match;
import dev.herrera.model.MediaRole;
import dev.herrera.model.Note;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Penalties;
import dev.herrera.model.Person;
import dev.herrera.model.Role;
import dev.herrera.model.Scope;
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
 *
 * <p>What it saves: a run on the bundled file that reads it with Databind takes 1.5 to 1.7 times as
 * long as one that reads it here. To measure again, make {@link CareerLoader#quick(byte[])} return
 * null (the Databind path), then in each build run {@code ./mvnw -q -DskipTests package} and
 * {@code src/bench/startup.sh 20}, and compare the {@code herrera stints} ratios; {@code
 * src/bench/scale.sh} does the same for large files.
 *
 * <p>One generic loop reads every record, driven by a small table ({@link Shape}) of each record's
 * properties; {@link #build} hands the values to the record's constructor. The table is made of
 * plain calls, and there is no lambda or stream here, because all of it runs at every start, where
 * each lambda costs its linking.
 */
final class StreamingReader {
    /** The file is not what this reader expects: read it with Databind instead. */
    static final class Unexpected extends Exception {
        private static final long serialVersionUID = 1L;

        Unexpected(String what) {
            super(what, null, false, false);
        }
    }

    /*
     * What the reader expects of each record: its properties, in the order of the record's components
     * (so a record is built from its values in that order), and how each value is read. This is the
     * one place the reader restates the model; StreamingReaderTest checks it against the records'
     * components, so a property added to the model and not here fails a test, not a user (until then
     * the reader would only give up on it, and Databind would read the file).
     */
    private static final Shape CLAIM = new Shape(Shape.CLAIM).text("source").text("says");
    private static final Shape NOTE = new Shape(Shape.NOTE).text("about").list("claims", CLAIM).text("holds")
            .text("why");
    private static final Shape PENALTIES = new Shape(Shape.PENALTIES).number("for").number("against");
    private static final Shape LEG = new Shape(Shape.LEG).date("date").number("for").number("against").text("venue");
    private static final Shape SCORE = new Shape(Shape.SCORE).number("for").number("against").list("legs", LEG)
            .object("penalties", PENALTIES);
    private static final Shape PERSON = new Shape(Shape.PERSON).text("name").text("fullName").text("nickname")
            .date("born").texts("sources");
    private static final Shape SOURCE = new Shape(Shape.SOURCE).text("id").text("title").text("language")
            .label("kind", SourceKind.values()).text("about").text("publisher").text("url").date("published");
    private static final Shape TEAM = new Shape(Shape.TEAM).text("id").text("name").label("kind", TeamKind.values())
            .text("country").texts("aliases");
    private static final Shape STINT = new Shape(Shape.STINT).text("id").text("team").label("role", Role.values())
            .date("start").date("end").label("ended", Departure.values()).text("predecessor").text("successor")
            .text("note").texts("concurrent").texts("sources").list("notes", NOTE);
    private static final Shape MATCH = new Shape(Shape.MATCH).text("id").date("date").text("team")
            .text("competition").text("season").label("stage", Stage.values()).text("opponent").text("venue")
            .object("score", SCORE).label("outcome", Outcome.values()).text("note").texts("sources")
            .list("notes", NOTE);
    private static final Shape INCIDENT = new Shape(Shape.INCIDENT).text("id").date("date").text("title")
            .text("team").text("place").texts("people").text("summary").text("consequence").texts("sources")
            .list("notes", NOTE);
    private static final Shape RECORD = new Shape(Shape.RECORD).text("id").text("stint").label("scope", Scope.values())
            .date("asOf").number("games").number("won").number("drawn").number("lost").number("goalsFor")
            .number("goalsAgainst").text("note").texts("sources").list("notes", NOTE);
    private static final Shape HONOUR = new Shape(Shape.HONOUR).text("id").date("date").text("title")
            .text("awardedBy").text("result").text("team").text("note").texts("sources").list("notes", NOTE);
    private static final Shape MEDIA = new Shape(Shape.MEDIA).text("id").text("employer").text("role").date("start")
            .date("end").text("note").texts("concurrent").texts("sources").list("notes", NOTE);
    static final Shape CAREER = new Shape(Shape.CAREER).object("person", PERSON).date("updated")
            .list("sources", SOURCE).list("teams", TEAM).list("stints", STINT).list("matches", MATCH)
            .list("incidents", INCIDENT).list("records", RECORD).list("honours", HONOUR).list("media", MEDIA);

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
            Career career = (Career) new StreamingReader(p).object(p.nextToken(), CAREER);
            if (p.nextToken() != null) {
                throw new Unexpected("content after the dataset");
            }
            return career;
        } catch (RuntimeException e) {
            // A syntax error, a failed read, a number out of range, or a record that rejected its values.
            throw new Unexpected(String.valueOf(e));
        }
    }

    /**
     * One record's properties and how to read each value; {@link #build} makes the record. Fields are
     * added in the order of the record's components. Plain calls, not lambdas, on purpose: this table
     * is built at every start, where each lambda costs its linking.
     */
    static final class Shape {
        static final int CAREER = 0;
        static final int PERSON = 1;
        static final int SOURCE = 2;
        static final int TEAM = 3;
        static final int STINT = 4;
        static final int MATCH = 5;
        static final int SCORE = 6;
        static final int LEG = 7;
        static final int PENALTIES = 8;
        static final int INCIDENT = 9;
        static final int NOTE = 10;
        static final int CLAIM = 11;
        static final int RECORD = 12;
        static final int HONOUR = 13;
        static final int MEDIA = 14;

        /* How a value is read. */
        static final byte TEXT = 0;
        static final byte DATE = 1;
        static final byte TEXTS = 2;
        static final byte NUMBER = 3;
        static final byte LABEL = 4;
        static final byte OBJECT = 5;
        static final byte LIST = 6;

        final int record;
        String[] names = new String[13];
        /** Each name's hash, compared before the name itself. */
        private int[] hashes = new int[13];
        byte[] kinds = new byte[13];
        /** A label's values, or the shape of an object or a list's elements. */
        Object[] parts = new Object[13];
        int size;

        Shape(int record) {
            this.record = record;
        }

        Shape text(String name) {
            return add(name, TEXT, null);
        }

        Shape date(String name) {
            return add(name, DATE, null);
        }

        Shape texts(String name) {
            return add(name, TEXTS, null);
        }

        Shape number(String name) {
            return add(name, NUMBER, null);
        }

        Shape label(String name, Label[] values) {
            return add(name, LABEL, values);
        }

        /** A nested record; JSON null reads as null. */
        Shape object(String name, Shape shape) {
            return add(name, OBJECT, shape);
        }

        /** A list of records; JSON null reads as null. */
        Shape list(String name, Shape shape) {
            return add(name, LIST, shape);
        }

        private Shape add(String name, byte kind, Object part) {
            if (size == names.length) {
                throw new IllegalStateException("a record of more than " + names.length + " properties");
            }
            names[size] = name;
            hashes[size] = name.hashCode();
            kinds[size] = kind;
            parts[size] = part;
            size++;
            return this;
        }

        /** The index of property {@code name}, or -1 when the record has none of that name. */
        int indexOf(String name) {
            int hash = name.hashCode();
            for (int i = 0; i < size; i++) {
                if (hashes[i] == hash && names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A JSON object read as the record {@code shape} describes; each property may come once, in any order. */
    private Object object(JsonToken t, Shape shape) throws Unexpected {
        expect(t, JsonToken.START_OBJECT);
        Object[] values = new Object[shape.size];
        int seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            int i = shape.indexOf(name);
            if (i < 0) {
                throw new Unexpected("unknown property " + name);
            }
            if ((seen & (1 << i)) != 0) {
                throw new Unexpected("a repeated property");
            }
            seen |= 1 << i;
            values[i] = value(p.nextToken(), shape.kinds[i], shape.parts[i]);
        }
        return build(shape.record, values);
    }

    private Object value(JsonToken t, byte kind, Object part) throws Unexpected {
        switch (kind) {
            case Shape.TEXT:
                return text(t);
            case Shape.DATE:
                return date(t);
            case Shape.TEXTS:
                return texts(t);
            case Shape.NUMBER:
                expect(t, JsonToken.VALUE_NUMBER_INT);
                return p.getIntValue();
            case Shape.LABEL:
                return label(t, (Label[]) part);
            case Shape.OBJECT:
                return t == JsonToken.VALUE_NULL ? null : object(t, (Shape) part);
            default:
                return list(t, (Shape) part);
        }
    }

    /** The record {@code record} of its values, in the order of its components. */
    @SuppressWarnings("unchecked")
    private static Object build(int record, Object[] v) throws Unexpected {
        switch (record) {
            case Shape.CAREER:
                return new Career((Person) v[0], (PartialDate) v[1], (List<Source>) v[2], (List<Team>) v[3],
                        (List<Stint>) v[4], (List<Match>) v[5], (List<Incident>) v[6], (List<JobRecord>) v[7],
                        (List<Honour>) v[8], (List<MediaRole>) v[9]);
            case Shape.RECORD:
                return new JobRecord((String) v[0], (String) v[1], (Scope) v[2], (PartialDate) v[3], (Integer) v[4],
                        (Integer) v[5], (Integer) v[6], (Integer) v[7], (Integer) v[8], (Integer) v[9], (String) v[10],
                        (List<String>) v[11], (List<Note>) v[12]);
            case Shape.HONOUR:
                return new Honour((String) v[0], (PartialDate) v[1], (String) v[2], (String) v[3], (String) v[4],
                        (String) v[5], (String) v[6], (List<String>) v[7], (List<Note>) v[8]);
            case Shape.MEDIA:
                return new MediaRole((String) v[0], (String) v[1], (String) v[2], (PartialDate) v[3],
                        (PartialDate) v[4], (String) v[5], (List<String>) v[6], (List<String>) v[7], (List<Note>) v[8]);
            case Shape.PERSON:
                return new Person((String) v[0], (String) v[1], (String) v[2], (PartialDate) v[3],
                        (List<String>) v[4]);
            case Shape.SOURCE:
                return new Source((String) v[0], (String) v[1], (String) v[2], (SourceKind) v[3], (String) v[4],
                        (String) v[5], (String) v[6], (PartialDate) v[7]);
            case Shape.TEAM:
                return new Team((String) v[0], (String) v[1], (TeamKind) v[2], (String) v[3], (List<String>) v[4]);
            case Shape.STINT:
                return new Stint((String) v[0], (String) v[1], (Role) v[2], (PartialDate) v[3], (PartialDate) v[4],
                        (Departure) v[5], (String) v[6], (String) v[7], (String) v[8], (List<String>) v[9],
                        (List<String>) v[10], (List<Note>) v[11]);
            case Shape.MATCH:
                return new Match((String) v[0], (PartialDate) v[1], (String) v[2], (String) v[3], (String) v[4],
                        (Stage) v[5], (String) v[6], (String) v[7], (Score) v[8], (Outcome) v[9], (String) v[10],
                        (List<String>) v[11], (List<Note>) v[12]);
            case Shape.SCORE:
                return new Score(number(v[0]), number(v[1]), (List<Leg>) v[2], (Penalties) v[3]);
            case Shape.LEG:
                return new Leg((PartialDate) v[0], number(v[1]), number(v[2]), (String) v[3]);
            case Shape.PENALTIES:
                return new Penalties(number(v[0]), number(v[1]));
            case Shape.INCIDENT:
                return new Incident((String) v[0], (PartialDate) v[1], (String) v[2], (String) v[3], (String) v[4],
                        (List<String>) v[5], (String) v[6], (String) v[7], (List<String>) v[8], (List<Note>) v[9]);
            case Shape.NOTE:
                return new Note((String) v[0], (List<Claim>) v[1], (String) v[2], (String) v[3]);
            default:
                return new Claim((String) v[0], (String) v[1]);
        }
    }

    /** A JSON array of records, or null for JSON null. */
    private List<Object> list(JsonToken t, Shape shape) throws Unexpected {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        List<Object> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            list.add(object(e, shape));
        }
        return list;
    }

    /** A list of strings, or null for JSON null. */
    private List<String> texts(JsonToken t) throws Unexpected {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        List<String> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            String s = text(e);
            if (s == null) {
                throw new Unexpected("null in a list of strings");
            }
            list.add(s);
        }
        return list;
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

    /** A required number: the records take an {@code int}, so a missing one is Databind's to report. */
    private static int number(Object n) throws Unexpected {
        if (n == null) {
            throw new Unexpected("a required number is missing");
        }
        return (Integer) n;
    }

    private Label label(JsonToken t, Label[] values) throws Unexpected {
        String s = text(t);
        if (s == null) {
            return null;
        }
        for (Label e : values) {
            if (Label.matches(e, s)) {
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
}
