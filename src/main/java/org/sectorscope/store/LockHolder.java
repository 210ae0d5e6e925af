package org.sectorscope.store;

import java.time.Instant;

/**
 * Who holds a {@link ProjectLock}, as written in the lock file, and what became of them: still running,
 * gone (the lock is stale), on another computer (never assumed gone), or unknown because the lock file
 * cannot be read (treated as stale). Fields other than {@code status} are null (pid -1) when unknown.
 */
public record LockHolder(String user, String host, long pid, Instant since, String appVersion, Status status) {

    public enum Status {
        /** The holder's process is running on this computer. */
        RUNNING,
        /** The holder was on this computer and its process has ended: the lock is stale. */
        NOT_RUNNING,
        /** Made on another computer; whether it is still in use there cannot be told from here. */
        OTHER_COMPUTER,
        /** The lock file is empty or not a lock file (a crash while it was written): treated as stale. */
        UNREADABLE
    }

    static LockHolder unreadable() {
        return new LockHolder(null, null, -1, null, null, Status.UNREADABLE);
    }

    /** True when the lock may be taken over: its holder is known to be gone, or it cannot be read. */
    public boolean stale() {
        return status == Status.NOT_RUNNING || status == Status.UNREADABLE;
    }

    /** For the user, e.g. "alice on laptop (process 412, Sectorscope 0.1.0) since ...; it is still running". */
    public String describe() {
        return switch (status) {
            case RUNNING -> who() + "; it is still running";
            case NOT_RUNNING -> who() + "; that process has ended, so the lock is stale";
            case OTHER_COMPUTER -> who() + "; it was made on another computer, so Sectorscope cannot tell"
                    + " whether it is still open there";
            case UNREADABLE -> "an unknown program (the lock file cannot be read, so it is treated as stale)";
        };
    }

    private String who() {
        String app = appVersion == null ? "" : ", Sectorscope " + appVersion;
        String when = since == null ? "" : " since " + since;
        return (user == null ? "someone" : user) + " on " + (host == null ? "an unknown computer" : host)
                + " (process " + pid + app + ")" + when;
    }
}
