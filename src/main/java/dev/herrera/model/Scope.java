package dev.herrera.model;

/** Which games a record counts: sources count differently, and only records of one scope add up. */
public enum Scope implements Label {
    /** Every competitive and friendly game. */
    ALL_GAMES,
    /** Every official game: league, play-offs, cups, continental and international competitions. */
    OFFICIAL,
    /** League and its play-offs (in Mexico, the regular season and the Liguilla). */
    LEAGUE_AND_PLAYOFFS,
    /** Regular-season league games only. */
    LEAGUE;
}
