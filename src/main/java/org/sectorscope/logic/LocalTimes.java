package org.sectorscope.logic;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the reader sees them: the file keeps every moment in UTC (ISO-8601), the window shows it in
 * the reader's own zone, named, so "2026-11-29 11:15 CET" cannot be taken for another zone's time.
 */
public final class LocalTimes {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private LocalTimes() {
    }

    /** {@code instant} (as stored) in {@code zone} with the zone's short name; text that is no instant as written. */
    public static String shown(String instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        try {
            return SHOWN.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeException e) {
            return instant;
        }
    }
}
