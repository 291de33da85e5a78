package dev.herrera.model;

/** Where a match was played from Herrera's side: home, away or neutral. */
final class Venues {
    private Venues() {
    }

    static void check(String venue, String field) {
        if (venue != null && !(venue.equals("home") || venue.equals("away") || venue.equals("neutral"))) {
            throw new InvalidRecordException(field, "venue \"" + venue + "\" is not home, away or neutral");
        }
    }
}
