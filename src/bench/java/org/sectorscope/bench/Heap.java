package org.sectorscope.bench;

import java.lang.management.ManagementFactory;

/** Heap in use, measured after the collector has had its chance. */
final class Heap {
    private Heap() {
    }

    /**
     * Used heap in MB once it has stopped shrinking: full collections a second apart until two agree within
     * a quarter megabyte (at most 20 s). A closed window is let go of only when its timers end (the status
     * line fades after 8 s), so a single collection can count an earlier window's leftovers.
     */
    static double settledMb() throws InterruptedException {
        double last = usedAfterGcMb();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(1000);
            double now = usedAfterGcMb();
            if (Math.abs(now - last) < 0.25) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Used heap in MB after three {@code System.gc()} (each a full collection with G1), a moment apart. */
    static double usedAfterGcMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
