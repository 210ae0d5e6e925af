package org.sectorscope.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.sectorscope.session.Notice;

/**
 * Which of the document's notices pop up: one of a kind at most every ten seconds, so saving again and
 * again, or a file another program keeps rewriting, never piles notices up. What is not shown is still
 * in the status line. Needs no toolkit; the clock (milliseconds, never jumping back) is given.
 */
final class NoticeThrottle {
    static final long QUIET_MILLIS = 10_000;

    private final LongSupplier clock;
    private final Map<Notice.Kind, Long> lastShown = new EnumMap<>(Notice.Kind.class);

    NoticeThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** True when {@code notice} should pop up now; counted as shown. */
    boolean admit(Notice notice) {
        long now = clock.getAsLong();
        Long last = lastShown.get(notice.kind());
        if (last != null && now - last < QUIET_MILLIS) {
            return false;
        }
        lastShown.put(notice.kind(), now);
        return true;
    }
}
