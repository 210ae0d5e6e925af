package org.sectorscope.session;

import java.util.function.LongSupplier;
import org.sectorscope.store.RecoveryJournal;

/**
 * Where and when unsaved work is copied for crash recovery: the journal (null: none), the clock the
 * autosave policy reads (milliseconds) and the ticker that asks it about once a second.
 */
public record Autosave(RecoveryJournal journal, LongSupplier clock, Ticker ticker) {
    /** No recovery copies: documents in tests of other things. */
    public static Autosave off() {
        return new Autosave(null, () -> 0, Ticker.NEVER);
    }
}
