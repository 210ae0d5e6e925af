package org.sectorscope.export;

import java.util.function.DoubleConsumer;

/** Progress reports (0 to 1) for large exports: sub-ranges for each step, never going backwards. */
final class Progress {
    static final DoubleConsumer NONE = p -> { };

    private Progress() {
    }

    /** Maps a step's own 0..1 onto {@code from..to} of the whole. */
    static DoubleConsumer range(DoubleConsumer whole, double from, double to) {
        return p -> whole.accept(from + (to - from) * Math.max(0, Math.min(1, p)));
    }

    /** Passes on only values that move forward, clamped to 0..1; null becomes a no-op. */
    static DoubleConsumer monotonic(DoubleConsumer target) {
        if (target == null) {
            return NONE;
        }
        return new DoubleConsumer() {
            private double last = -1;

            @Override
            public void accept(double value) {
                double v = Math.max(0, Math.min(1, value));
                if (v > last) {
                    last = v;
                    target.accept(v);
                }
            }
        };
    }
}
