package org.sectorscope.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A pane's rows, one per sector, made on every core for a long list: each row is a pure function of the
 * immutable project, and opening 10,000 sectors made them one after another on the FX thread.
 */
public final class RowsInParallel {
    /** From this many items on; below, starting the threads costs more than it saves. */
    static final int PARALLEL_FROM = 512;

    private RowsInParallel() {
    }

    /** {@code row} of each item, in order; {@code row} must only read what it is given. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> row) {
        IntStream indices = IntStream.range(0, items.size());
        return (items.size() >= PARALLEL_FROM ? indices.parallel() : indices).mapToObj(i -> row.apply(items.get(i))).toList();
    }
}
