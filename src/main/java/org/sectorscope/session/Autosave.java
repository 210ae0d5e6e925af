package org.sectorscope.session;

import java.util.function.LongSupplier;
import org.sectorscope.store.RecoveryJournal;

/**
 * Where and when unsaved work is copied for crash recovery: the journal (null: none), the clock the
 * autosave policy reads (milliseconds) and the ticker that asks it about once a second.
 */
public record Autosave(RecoveryJournal journal, LongSupplier clock, Ticker ticker) {
    /**
     * The app's recovery journal, timed by a clock that never jumps back (the policy's deadlines would
     * otherwise stretch or collapse when the wall clock is set), ticking on a daemon thread.
     */
    public static Autosave inAppHome() {
        return new Autosave(RecoveryJournal.inAppHome(), () -> System.nanoTime() / 1_000_000, Ticker.onDaemonThread());
    }

    /** No recovery copies: documents in tests of other things. */
    public static Autosave off() {
        return new Autosave(null, () -> 0, Ticker.NEVER);
    }
}
