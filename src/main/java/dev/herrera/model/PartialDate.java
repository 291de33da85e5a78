package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision its sources give: a year ({@code 2002}), a month
 * ({@code 2007-09}) or a day ({@code 2010-09-06}). It stands for the whole span it names, so a stint
 * ending {@code 2007-09} is still active on 2007-09-15.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** {@code month} and {@code day} are 0 when unknown. */
    public PartialDate {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is not 1-12");
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        String.format("%04d-%02d-%02d is not a calendar date", year, month, day), e);
            }
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    @JsonCreator
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("date is missing");
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && mo == 0) {
            throw new IllegalArgumentException("\"" + text + "\": month 00 is not 1-12");
        }
        if (m.group(3) != null && d == 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a calendar date");
        }
        return new PartialDate(y, mo, d);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    public boolean isExact() {
        return precision() == Precision.DAY;
    }

    /** The first day of the span this date names. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day of the span this date names. */
    public LocalDate lastDay() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        if (month != 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** Whether the span this date names and {@code other}'s share at least one day. */
    public boolean overlaps(PartialDate other) {
        return !firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(lastDay());
    }

    /** Whether this date's span could be the same as or after {@code other}'s: false only when it is surely before. */
    public boolean isSurelyBefore(PartialDate other) {
        return lastDay().isBefore(other.firstDay());
    }

    /** Orders by first day, then the more precise date first. */
    @Override
    public int compareTo(PartialDate o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : o.precision().compareTo(precision());
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
