package org.sectorscope.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
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
        return map(items.size(), i -> row.apply(items.get(i)));
    }

    /** {@code row} of each index from 0 to {@code count}, in order; {@code row} must only read. */
    public static <R> List<R> map(int count, IntFunction<R> row) {
        IntStream indices = IntStream.range(0, count);
        return (count >= PARALLEL_FROM ? indices.parallel() : indices).mapToObj(row).toList();
    }
}
