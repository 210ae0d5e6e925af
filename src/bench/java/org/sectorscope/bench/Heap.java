package org.sectorscope.bench;

import java.lang.management.ManagementFactory;

/** Heap in use, measured after the collector has had its chance. */
final class Heap {
    private Heap() {
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
