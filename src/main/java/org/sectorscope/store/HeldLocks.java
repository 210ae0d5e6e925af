package org.sectorscope.store;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ProjectLock}s this process holds, released by a shutdown hook, so that ending Sectorscope with
 * SIGTERM (a logout, {@code kill PID}, a service manager) or leaving {@code main} leaves no lock file behind.
 * Only kill -9 and crashes still do; such a lock reads as stale and can be taken over.
 */
final class HeldLocks {
    private static final Set<ProjectLock> HELD = ConcurrentHashMap.newKeySet();

    private HeldLocks() {
    }

    static void remember(ProjectLock lock) {
        Hook.REGISTERED.getClass(); // registers the hook with the first lock taken, once
        HELD.add(lock);
    }

    static void forget(ProjectLock lock) {
        HELD.remove(lock);
    }

    private static final class Hook {
        static final Thread REGISTERED = register();

        private static Thread register() {
            Thread hook = new Thread(() -> List.copyOf(HELD).forEach(ProjectLock::release), "sectorscope-lock-release");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException | SecurityException e) {
                // Already shutting down: the lock reads as stale once this process is gone.
            }
            return hook;
        }
    }
}
