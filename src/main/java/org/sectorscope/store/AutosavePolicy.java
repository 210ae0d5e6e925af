package org.sectorscope.store;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * When to write the recovery copy of a project: once editing pauses for {@link #QUIET_PERIOD}, and
 * during continuous editing at the latest {@link #MAX_DELAY} after the oldest edit not yet written, so
 * a crash loses at most that much work. Pure: it holds no clock and does no I/O; every method takes the
 * caller's clock reading ({@code now}, in milliseconds of any one clock that does not jump back, such as
 * {@code System.nanoTime() / 1_000_000}). Not thread-safe: use it from one thread.
 */
public final class AutosavePolicy {
    public static final Duration QUIET_PERIOD = Duration.ofSeconds(2);
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final long quietMillis;
    private final long maxDelayMillis;
    private boolean unwritten;
    /** The time the oldest unwritten edit could have been made; the max-delay deadline counts from it. */
    private long oldestUnwritten;
    private long lastEdit;
    /** After a failed write, the next attempt waits a quiet period, so a full disk is not hammered. */
    private long notBefore = Long.MIN_VALUE;

    public AutosavePolicy() {
        this(QUIET_PERIOD, MAX_DELAY);
    }

    public AutosavePolicy(Duration quietPeriod, Duration maxDelay) {
        if (quietPeriod.isNegative() || maxDelay.compareTo(quietPeriod) < 0) {
            throw new IllegalArgumentException("need 0 <= quiet period <= max delay, not " + quietPeriod + ", " + maxDelay);
        }
        this.quietMillis = quietPeriod.toMillis();
        this.maxDelayMillis = maxDelay.toMillis();
    }

    /** An edit was made at {@code now}. */
    public void onEdit(long now) {
        if (!unwritten) {
            unwritten = true;
            oldestUnwritten = now;
        }
        lastEdit = now;
    }

    public boolean hasUnwrittenEdits() {
        return unwritten;
    }

    /** When the next write is due; empty when every edit is written. */
    public OptionalLong dueAt() {
        if (!unwritten) {
            return OptionalLong.empty();
        }
        long due = Math.min(lastEdit + quietMillis, oldestUnwritten + maxDelayMillis);
        return OptionalLong.of(Math.max(due, notBefore));
    }

    public boolean shouldWrite(long now) {
        OptionalLong due = dueAt();
        return due.isPresent() && now >= due.getAsLong();
    }

    /**
     * A copy of the project as it was at {@code snapshotTakenAt} has been written. Edits made after that
     * moment stay unwritten, and their deadline counts from the snapshot, since the policy does not know
     * exactly when the first of them came.
     */
    public void written(long snapshotTakenAt) {
        notBefore = Long.MIN_VALUE;
        if (lastEdit > snapshotTakenAt) {
            oldestUnwritten = snapshotTakenAt;
        } else {
            unwritten = false;
        }
    }

    /** A write attempted at {@code now} failed; the edits stay unwritten and the next try waits a quiet period. */
    public void writeFailed(long now) {
        notBefore = now + quietMillis;
    }
}
