package org.medialiteracy.kit.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How every export writes percentages and times, so CSV and JSON agree to the digit. */
final class ExportValues {

    private ExportValues() {
    }

    /** Two decimals, halves up: what gradebooks show, and enough to tell 66.67 from 66.66. */
    static BigDecimal percent(double percent) {
        return BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP);
    }

    /** ISO-8601 in UTC to the second, e.g. {@code 2026-09-01T08:00:00Z}; null stays null. */
    static String utc(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
