package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    @Test
    void aStoredUtcMomentIsShownInTheReadersZoneWithItsName() {
        assertEquals("2026-11-29 11:15 CET", LocalTimes.shown("2026-11-29T10:15:30Z", ZoneId.of("Europe/Berlin")));
        assertEquals("2026-07-01 12:00 CEST", LocalTimes.shown("2026-07-01T10:00:00Z", ZoneId.of("Europe/Berlin")),
                "summer time is the zone's too");
        assertEquals("2026-11-29 05:15 EST", LocalTimes.shown("2026-11-29T10:15:00Z", ZoneId.of("America/New_York")));
        assertEquals("2026-11-30 00:15 AEDT", LocalTimes.shown("2026-11-29T13:15:00Z", ZoneId.of("Australia/Sydney")),
                "the day can change");
        assertEquals("2026-11-29 10:15 Z", LocalTimes.shown("2026-11-29T10:15:00Z", ZoneOffset.UTC));
    }

    @Test
    void textThatIsNoMomentIsShownAsWritten() {
        assertEquals("yesterday", LocalTimes.shown("yesterday", ZoneId.of("Europe/Berlin")));
        assertEquals("", LocalTimes.shown(null, ZoneId.of("Europe/Berlin")));
    }
}
