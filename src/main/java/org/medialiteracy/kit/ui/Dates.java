package org.medialiteracy.kit.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them, in the server's time zone. */
final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZoneId.systemDefault()));
    }
}
