package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A calendar date known to the precision its sources give: a year ({@code 2002}), a month
 * ({@code 2007-09}) or a day ({@code 2010-09-06}). It stands for the whole span it names, so a stint
 * ending {@code 2007-09} is still active on 2007-09-15.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    /** {@code month} and {@code day} are 0 when unknown. */
    public PartialDate {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is out of range (1800 to 2200)");
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
        // YYYY, YYYY-MM or YYYY-MM-DD, read by hand: a large dataset holds a million dates.
        int n = text.length();
        boolean shape = (n == 4 || n == 7 || n == 10) && digits(text, 0, 4)
                && (n < 7 || (text.charAt(4) == '-' && digits(text, 5, 7)))
                && (n < 10 || (text.charAt(7) == '-' && digits(text, 8, 10)));
        if (!shape) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = number(text, 0, 4);
        int mo = n >= 7 ? number(text, 5, 7) : 0;
        int d = n >= 10 ? number(text, 8, 10) : 0;
        if (n >= 7 && mo == 0) {
            throw new IllegalArgumentException("\"" + text + "\": month 00 is not 1-12");
        }
        if (n >= 10 && d == 0) {
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
            // Not YearMonth: its class builds a date parser when first used, a few milliseconds at start-up.
            LocalDate first = LocalDate.of(year, month, 1);
            return first.withDayOfMonth(first.lengthOfMonth());
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
        // Written out rather than with String.format, which costs when a listing has many dates.
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != 0) {
            pad(sb.append('-'), month, 2);
        }
        if (day != 0) {
            pad(sb.append('-'), day, 2);
        }
        return sb.toString();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
