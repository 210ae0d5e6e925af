package org.sectorscope.ui.common;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.sectorscope.model.Sector;

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

    /**
     * The rows of {@code now}: where the very same sector record stood in {@code was}, its row of
     * {@code rows} (made from {@code was}, in its order) is kept; other sectors get {@code row} of them.
     * An edit that adds and removes none leaves the lists in step, so they are compared place by place.
     */
    public static <R> List<R> keeping(List<Sector> was, List<R> rows, List<Sector> now, Function<Sector, R> row) {
        if (was.size() == now.size()) {
            return map(now.size(), i -> was.get(i) == now.get(i) ? rows.get(i) : row.apply(now.get(i)));
        }
        Map<Sector, R> kept = new IdentityHashMap<>();
        for (int i = 0; i < was.size(); i++) {
            kept.put(was.get(i), rows.get(i));
        }
        return map(now, s -> kept.containsKey(s) ? kept.get(s) : row.apply(s));
    }

    /** {@code row} of each index from 0 to {@code count}, in order; {@code row} must only read. */
    public static <R> List<R> map(int count, IntFunction<R> row) {
        IntStream indices = IntStream.range(0, count);
        return (count >= PARALLEL_FROM ? indices.parallel() : indices).mapToObj(row).toList();
    }
}
