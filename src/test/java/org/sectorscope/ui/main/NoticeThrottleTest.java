package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sectorscope.session.Notice;
import org.sectorscope.session.Notice.Kind;

/** Which notices pop up: one of a kind in ten seconds, so no storm. */
class NoticeThrottleTest {
    private final AtomicLong clock = new AtomicLong(5_000);
    private final NoticeThrottle throttle = new NoticeThrottle(clock::get);

    @Test
    void aKindPopsUpAgainOnlyAfterTenQuietSeconds() {
        assertTrue(throttle.admit(new Notice(Kind.SAVED, "Saved a")));
        for (int i = 0; i < 99; i++) { // a hundred saves in under ten seconds
            clock.addAndGet(99);
            assertFalse(throttle.admit(new Notice(Kind.SAVED, "Saved a")), "save " + i);
        }
        assertTrue(throttle.admit(new Notice(Kind.CHANGED_ON_DISK, "a was changed")), "another kind is not held back");
        clock.set(5_000 + NoticeThrottle.QUIET_MILLIS - 1);
        assertFalse(throttle.admit(new Notice(Kind.SAVED, "Saved a")));
        clock.set(5_000 + NoticeThrottle.QUIET_MILLIS);
        assertTrue(throttle.admit(new Notice(Kind.SAVED, "Saved a")), "ten seconds after the one shown");
        assertFalse(throttle.admit(new Notice(Kind.SAVED, "Saved b")));
    }
}
