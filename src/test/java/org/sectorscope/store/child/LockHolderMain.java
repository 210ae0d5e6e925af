package org.sectorscope.store.child;

import java.nio.file.Path;
import org.sectorscope.store.ProjectLock;

/**
 * Child JVM for ProjectLockContentionTest: takes the lock on the project named by {@code args[0]},
 * prints "LOCKED" and sleeps until it is killed (so it never releases the lock).
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        ProjectLock lock = ProjectLock.acquire(Path.of(args[0]));
        System.out.println("LOCKED " + lock.holder().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
